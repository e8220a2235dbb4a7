package org.courtdesk.app.ui.preservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.model.preservation.PreservationView;
import org.courtdesk.model.request.RequestKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The queue's order (least time left on top, the overdue first), its words for time left, and its query conditions. */
class PreservationQueueProcessorTest {

    static List<PreservationRow> all;

    @BeforeAll
    static void load() {
        Messages.use(Messages.CHINESE);
        FakeWorkspace ws = PreservationSamples.workspace();
        all = PreservationQueueProcessor.rows(ws.requests(RequestKind.PRESERVATION, PreservationView.class),
                PreservationSamples.NOW, Samples.ZONE);
    }

    private static List<Long> ids(List<PreservationRow> rows) {
        return rows.stream().map(PreservationRow::id).toList();
    }

    @Test
    void overdueOnTopThenLeastTimeLeftThenTheDecidedNewestFirst() {
        List<PreservationRow> rows = PreservationQueueProcessor.apply(all, PreservationQuery.DEFAULT, Samples.ZONE);
        assertThat(ids(rows)).containsExactly(4L, 1L, 2L, 5L, 3L, 6L, 8L, 7L);
        assertThat(rows.stream().map(r -> PreservationFormat.timeLeft(r.clock())).toList())
                .containsExactly("超时 1 天", "超时 5 小时", "剩 8 小时", "剩 14 小时", "剩 28 小时", "剩 4 天", "—", "—");
        assertThat(PreservationQueueProcessor.waiting(all)).isEqualTo(6);
    }

    @Test
    void queryByStatusCaseNumberAndDate() {
        assertThat(ids(PreservationQueueProcessor.apply(all,
                PreservationQuery.DEFAULT.withStatus(PreservationStatusFilter.ACCEPTED), Samples.ZONE))).containsExactly(7L);
        assertThat(ids(PreservationQueueProcessor.apply(all, PreservationQuery.DEFAULT.withText("粤01民初303"),
                Samples.ZONE))).containsExactly(3L);
        // 申请日期 2022-05-16 .. 05-17: #1 (05-16 04:30), #2 (05-16 17:30), #3 and #6 (05-17)
        assertThat(ids(PreservationQueueProcessor.apply(all, PreservationQuery.DEFAULT.withDates(
                LocalDate.of(2022, 5, 16), LocalDate.of(2022, 5, 17)), Samples.ZONE))).containsExactly(1L, 2L, 3L, 6L);
    }

    @Test
    void anUnsentDecisionStopsTheClockAndShowsItsStatus() throws Exception {
        FakeWorkspace ws = PreservationSamples.workspace();
        ws.saveAction(PreservationSamples.ref(1), PreservationOps.ACCEPT,
                new org.courtdesk.model.preservation.PreservationAccept(null, 0, null));
        PreservationRow row = PreservationRow.of(ws.request(PreservationSamples.ref(1), PreservationView.class).orElseThrow(),
                PreservationSamples.NOW, Samples.ZONE);
        assertThat(row.shownStatus()).isEqualTo(org.courtdesk.model.request.RequestStatus.ACCEPTED);
        assertThat(row.sync()).isEqualTo(PreservationRow.Sync.PENDING);
        assertThat(row.clock()).isNull();
        assertThat(row.decidable()).isFalse();
        assertThat(PreservationFormat.status(row)).isEqualTo("已接收 · 待同步");
    }
}
