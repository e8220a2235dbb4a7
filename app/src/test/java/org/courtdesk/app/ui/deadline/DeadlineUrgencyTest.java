package org.courtdesk.app.ui.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The one mapping every kind's deadlines use: overdue first, then the warning period, due today on its last day. */
class DeadlineUrgencyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    @Test
    void overdueWinsThenTheWarningPeriodSplitsOnTheLastDay() {
        assertThat(Deadline.Urgency.of(true, true, TODAY, TODAY)).isEqualTo(Deadline.Urgency.OVERDUE);
        assertThat(Deadline.Urgency.of(false, true, TODAY, TODAY)).isEqualTo(Deadline.Urgency.DUE_TODAY);
        assertThat(Deadline.Urgency.of(false, true, TODAY.plusDays(1), TODAY)).isEqualTo(Deadline.Urgency.DUE_SOON);
        assertThat(Deadline.Urgency.of(false, false, TODAY.plusDays(9), TODAY)).isEqualTo(Deadline.Urgency.LATER);
    }

    @Test
    void aLastDayOutsideTheWarningPeriodOrAnHourlyLimitIsNeverDueToday() {
        assertThat(Deadline.Urgency.of(false, false, TODAY, TODAY)).isEqualTo(Deadline.Urgency.LATER);
        assertThat(Deadline.Urgency.of(false, true, null, TODAY)).isEqualTo(Deadline.Urgency.DUE_SOON);
    }
}
