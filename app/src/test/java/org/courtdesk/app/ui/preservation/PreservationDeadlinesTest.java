package org.courtdesk.app.ui.preservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.deadline.Deadline;
import org.courtdesk.model.preservation.PreservationStage;
import org.courtdesk.model.preservation.PreservationView;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.Test;

/**
 * 诉讼保全's deadlines with a fixed now. Asia/Shanghai has had no daylight saving time since 1991, so every day has 24
 * hours and "48 hours" over a weekend is exactly two calendar days later at the same hour.
 */
class PreservationDeadlinesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** A workspace with one urgent application received Friday 2022-05-20 18:00 and one decided one. */
    private static FakeWorkspace friday() {
        FakeWorkspace ws = new FakeWorkspace(Samples.CLOCK);
        PreservationView base = PreservationSamples.view(1, PreservationStage.IN_LITIGATION, true, 0, RequestStatus.SUBMITTED);
        PreservationView received = new PreservationView(base.id(), base.applicationNo(), base.caseNumber(), base.courtCode(),
                base.courtName(), base.applicantId(), base.applicantName(),
                LocalDateTime.of(2022, 5, 20, 18, 0).atZone(SHANGHAI).toInstant(), base.stage(), true, base.urgentReason(),
                base.parties(), base.propertyClues(), base.amount(), base.guaranteeKind(), base.guaranteeAmount(),
                base.status(), base.version(), base.judgeName(), null, base.materials(), List.of());
        PreservationSamples.put(ws, received);
        PreservationSamples.put(ws, PreservationSamples.view(2, PreservationStage.IN_LITIGATION, false, 2,
                RequestStatus.ACCEPTED));
        return ws;
    }

    @Test
    void theFortyEightHoursRunThroughTheWeekend() {
        Messages.use(Messages.CHINESE);
        PreservationDeadlines source = new PreservationDeadlines();
        List<Deadline> saturday = source.deadlines(friday(), LocalDateTime.of(2022, 5, 21, 12, 0), SHANGHAI);
        assertThat(saturday).hasSize(1); // the decided one has no running deadline
        Deadline d = saturday.get(0);
        assertThat(d.dueAt()).isEqualTo(LocalDateTime.of(2022, 5, 22, 18, 0)); // Sunday, not Tuesday
        assertThat(d.urgency()).isEqualTo(Deadline.Urgency.LATER);
        assertThat(d.what()).isEqualTo("保全裁定（48 小时）");
        assertThat(d.label()).startsWith("（2022）粤01民初301号");
        assertThat(source.deadlines(friday(), LocalDateTime.of(2022, 5, 22, 6, 0), SHANGHAI).get(0).urgency())
                .isEqualTo(Deadline.Urgency.DUE_SOON);
        assertThat(source.deadlines(friday(), LocalDateTime.of(2022, 5, 22, 5, 59), SHANGHAI).get(0).urgency())
                .isEqualTo(Deadline.Urgency.LATER);
        assertThat(source.deadlines(friday(), LocalDateTime.of(2022, 5, 23, 9, 0), SHANGHAI).get(0).urgency())
                .isEqualTo(Deadline.Urgency.OVERDUE);
    }

    @Test
    void theFiveDaysEndWithTheLastDayAndAnUnsentDecisionStopsThem() throws Exception {
        Messages.use(Messages.CHINESE);
        FakeWorkspace ws = PreservationSamples.workspace();
        List<Deadline> all = new PreservationDeadlines().deadlines(ws, LocalDateTime.now(Samples.CLOCK), Samples.ZONE);
        assertThat(all).hasSize(6);
        Deadline lastDay = all.stream().filter(d -> d.request().id() == 5).findFirst().orElseThrow();
        assertThat(lastDay.dueAt()).isEqualTo(LocalDateTime.of(2022, 5, 19, 0, 0));
        assertThat(lastDay.urgency()).isEqualTo(Deadline.Urgency.DUE_SOON);
        assertThat(all.stream().filter(d -> d.request().id() == 4).findFirst().orElseThrow().urgency())
                .isEqualTo(Deadline.Urgency.OVERDUE);
        assertThat(all.stream().filter(d -> d.request().id() == 6).findFirst().orElseThrow().urgency())
                .isEqualTo(Deadline.Urgency.LATER);
        ws.saveAction(PreservationSamples.ref(4), PreservationOps.RETURN,
                new org.courtdesk.model.preservation.PreservationReturn(null, 0, "材料不全"));
        assertThat(new PreservationDeadlines().deadlines(ws, LocalDateTime.now(Samples.CLOCK), Samples.ZONE))
                .extracting(d -> d.request().id()).doesNotContain(4L).hasSize(5);
    }
}
