package org.courtdesk.app.ui.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.model.filing.FilingConclusion;
import org.courtdesk.model.filing.FilingConclusionDecision;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

/** Ordering by the 7 days, warn/overdue words, the query conditions and the 待同步 overlay, off any FX thread. */
class FilingQueueProcessorTest {

    private FakeWorkspace ws;

    @BeforeEach
    void setUp() {
        Messages.use(Messages.CHINESE);
        ws = FilingSamples.workspace(FilingSamples.judge());
    }

    private List<FilingRow> rows(FilingQuery q) {
        var loaded = ws.requests(RequestKind.ONLINE_FILING, FilingView.class);
        return FilingQueueProcessor.apply(FilingQueueProcessor.rows(loaded, Samples.TODAY, Samples.ZONE), q, Samples.ZONE);
    }

    @Test
    void receivedFirstMostDaysOnTopThenTheRestNewestFirst() {
        List<FilingRow> rows = rows(FilingQuery.DEFAULT);
        assertThat(rows).hasSize(15);
        List<RequestStatus> statuses = rows.stream().map(FilingRow::shownStatus).toList();
        assertThat(statuses.subList(0, 9)).containsOnly(RequestStatus.FILING_RECEIVED);
        assertThat(rows.subList(0, 9).stream().map(r -> r.limit().daysElapsed()).toList())
                .containsExactly(9L, 8L, 6L, 5L, 4L, 3L, 2L, 1L, 0L);
        // The rest by 提交时间, newest first: 符 3 days, 退 4, 符 6, 立 10, 退 12, 立 15.
        assertThat(rows.subList(9, 15).stream().map(r -> r.view().id()).toList())
                .containsExactly(9L, 11L, 10L, 13L, 12L, 14L);
    }

    @Test
    void warnsFromDayFiveAndIsOverdueAfterDaySevenInWords() {
        List<FilingRow> rows = rows(FilingQuery.DEFAULT);
        assertThat(FilingFormat.daysText(rows.get(0).limit())).isEqualTo("9天 · 已超期");
        assertThat(FilingFormat.daysText(rows.get(1).limit())).isEqualTo("8天 · 已超期");
        assertThat(FilingFormat.daysText(rows.get(2).limit())).isEqualTo("6天 · 即将到期");
        assertThat(FilingFormat.daysText(rows.get(3).limit())).isEqualTo("5天 · 即将到期");
        assertThat(FilingFormat.daysText(rows.get(4).limit())).isEqualTo("4天");
        // 符 keeps counting (not filed yet); 退 and 立 do not.
        FilingRow conforms = rows.stream().filter(r -> r.view().id() == 10).findFirst().orElseThrow();
        assertThat(FilingFormat.daysText(conforms.limit())).isEqualTo("6天 · 即将到期");
        FilingRow returned = rows.stream().filter(r -> r.view().id() == 12).findFirst().orElseThrow();
        assertThat(returned.limit()).isNull();
        assertThat(FilingFormat.daysText(returned.limit())).isEqualTo("—");
    }

    @Test
    void filtersByStatusTextAndSubmissionDates() {
        assertThat(rows(FilingQuery.DEFAULT.withStatus(FilingStatusFilter.FILED)))
                .extracting(r -> r.view().id()).containsExactlyInAnyOrder(13L, 14L);
        assertThat(rows(FilingQuery.DEFAULT.withStatus(FilingStatusFilter.RECEIVED))).hasSize(9);
        // 流水号, 案号 with either parentheses, a party, a 案由.
        assertThat(rows(FilingQuery.DEFAULT.withText("wsla2022000003"))).extracting(r -> r.view().id()).containsExactly(3L);
        assertThat(rows(FilingQuery.DEFAULT.withText("(2022)粤01民初1013号"))).extracting(r -> r.view().id())
                .containsExactly(13L);
        assertThat(rows(FilingQuery.DEFAULT.withText("恒发贸易"))).isNotEmpty()
                .allMatch(r -> r.defendants().contains("广州恒发贸易有限公司"));
        assertThat(rows(FilingQuery.DEFAULT.withText("物业服务"))).isNotEmpty()
                .allMatch(r -> r.view().causeOfAction().equals("物业服务合同纠纷"));
        assertThat(rows(FilingQuery.DEFAULT.withText("没有这个人"))).isEmpty();
        // Submitted between 6 and 4 days ago (inclusive).
        assertThat(rows(FilingQuery.DEFAULT.withDates(Samples.TODAY.minusDays(6), Samples.TODAY.minusDays(4))))
                .extracting(r -> r.view().id()).containsExactlyInAnyOrder(3L, 5L, 8L, 10L, 11L);
    }

    @Test
    void anUnsentConclusionShowsAsTheNewStatusWaitingForUpload() throws Exception {
        ws.saveAction(FilingSamples.ref(2), FilingOps.CONCLUSION, new FilingConclusionDecision(null, 0,
                FilingConclusion.CONFORMS, null, null, null, null));
        List<FilingRow> rows = rows(FilingQuery.DEFAULT);
        FilingRow row = rows.stream().filter(r -> r.view().id() == 2).findFirst().orElseThrow();
        assertThat(row.shownStatus()).isEqualTo(RequestStatus.FILING_CONFORMS);
        assertThat(FilingFormat.statusText(row)).isEqualTo("符 · 待同步");
        // No longer among the 收 on top.
        assertThat(rows.subList(0, 8)).extracting(r -> r.view().id()).doesNotContain(2L);
        assertThat(rows(FilingQuery.DEFAULT.withStatus(FilingStatusFilter.RECEIVED))).hasSize(8);
    }

    @Test
    void amountsAndApplicantsReadLikeTheForm() {
        FilingRow row = rows(FilingQuery.DEFAULT.withText("WSLA2022000002")).get(0);
        assertThat(FilingFormat.amount(row.view().amountInDispute())).isEqualTo("¥52,000.50");
        assertThat(FilingFormat.applicant(row.view())).isEqualTo("何丽萍 · 代理律师");
        assertThat(row.plaintiffs()).isEqualTo("陈志强");
    }
}
