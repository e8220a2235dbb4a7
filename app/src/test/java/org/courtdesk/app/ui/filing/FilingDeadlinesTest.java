package org.courtdesk.app.ui.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.deadline.Deadline;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.Test;

/** 网上立案 in the 今日到期 view: 收 and 符 run the 7 days, due at the end of day 7, warned from day 5; 退 and 立 do not. */
class FilingDeadlinesTest {

    @Test
    void eachRunningFilingIsDueAtTheEndOfItsSeventhDay() {
        FakeWorkspace ws = FilingSamples.workspace(FilingSamples.judge());
        LocalDateTime now = Samples.TODAY.atTime(10, 30);
        List<Deadline> list = new FilingDeadlines().deadlines(ws, now, Samples.ZONE);
        list = list.stream().sorted(Comparator.comparing(Deadline::dueAt)).toList();

        // 8 + 1 in 收 and 2 in 符 run; 退 and 立 do not.
        assertThat(list).hasSize(11);
        assertThat(list).allSatisfy(d -> assertThat(d.dueAt().toLocalTime()).isEqualTo(LocalTime.MAX));
        // Received 9 days ago: overdue since the end of day 7; 8 days ago too; 7 days ago: due today; 5-6: soon.
        assertThat(list.get(0).urgency()).isEqualTo(Deadline.Urgency.OVERDUE);
        assertThat(list.get(0).dueAt().toLocalDate()).isEqualTo(Samples.TODAY.minusDays(2));
        assertThat(list).filteredOn(d -> d.urgency() == Deadline.Urgency.DUE_TODAY).isEmpty();
        assertThat(list).filteredOn(d -> d.urgency() == Deadline.Urgency.OVERDUE).hasSize(2);
        assertThat(list).filteredOn(d -> d.urgency() == Deadline.Urgency.DUE_SOON).hasSize(3); // 收 6 and 5, 符 6
        assertThat(list.get(0).label()).startsWith("WSLA2022");
        assertThat(list.get(0).what()).contains("7");
        assertThat(list.get(list.size() - 1).urgency()).isEqualTo(Deadline.Urgency.LATER);

        // A filing received 7 days ago is due today.
        FilingSamples.put(ws, FilingSamples.filing(99, RequestStatus.FILING_RECEIVED, 7));
        assertThat(new FilingDeadlines().deadlines(ws, now, Samples.ZONE))
                .filteredOn(d -> d.request().id() == 99).singleElement()
                .satisfies(d -> assertThat(d.urgency()).isEqualTo(Deadline.Urgency.DUE_TODAY));
    }
}
