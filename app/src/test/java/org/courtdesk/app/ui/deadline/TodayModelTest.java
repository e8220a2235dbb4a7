package org.courtdesk.app.ui.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;

import org.courtdesk.app.testing.MutableClock;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.adjournment.AdjournmentDeadlines;
import org.courtdesk.app.ui.filing.FilingDeadlines;
import org.courtdesk.app.ui.filing.FilingTestAccess;
import org.courtdesk.app.ui.investigation.InvestigationDeadlines;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/**
 * 今日到期 after a sync (issue 14): a change of one request reads that request's deadline again and puts it in place;
 * no kind is read whole again (counted through the workspace), and the result is what a full read gives.
 */
class TodayModelTest {

    private final FakeWorkspace ws = FilingTestAccess.workspaceOfJudge();
    private final List<DeadlineSource> sources = List.of(new FilingDeadlines(), new AdjournmentDeadlines(),
            new InvestigationDeadlines(), DeadlineSource.none(RequestKind.CASE_FILE_READING));

    private TodayModel model() {
        return new TodayModel(ws, Samples.CLOCK, sources, Runnable::run, Runnable::run);
    }

    private static void settle(TodayModel m) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!m.settled()) {
            assertThat(System.nanoTime()).as("settled in time").isLessThan(deadline);
            LockSupport.parkNanos(1_000_000);
        }
    }

    @Test
    void aSyncOfOneChangeReadsThatRequestOnlyNotEveryKind() {
        TodayModel model = model();
        model.reload();
        settle(model);
        int kindsRead = ws.kindReads.get();
        assertThat(kindsRead).as("the first read reads every kind with deadlines").isEqualTo(3);
        assertThat(model.fullReads()).isEqualTo(1);
        List<Deadline> before = List.copyOf(model.rows());
        assertThat(before).isNotEmpty();

        // A running filing is decided (立案): its deadline goes.
        Deadline first = before.get(0);
        long goneId = first.request().id();
        ws.kindViews.put(first.request(), FilingTestAccess.filing(goneId, RequestStatus.FILING_FILED, 3, List.of()));
        model.changed(Set.of(first.request()));
        settle(model);
        assertThat(ws.kindReads.get()).as("no kind read whole again").isEqualTo(kindsRead);
        assertThat(model.fullReads()).isEqualTo(1);
        assertThat(model.partialReads()).isEqualTo(1);
        assertThat(model.rows()).noneMatch(d -> d.request().equals(first.request()));
        assertThat(model.rows()).hasSize(before.size() - 1);

        // A new filing received 7 days ago arrives: due today, in its place.
        RequestRef fresh = RequestRef.of(RequestKind.ONLINE_FILING, 990);
        ws.kindViews.put(fresh, FilingTestAccess.filing(990, RequestStatus.FILING_RECEIVED, 7, List.of()));
        // …and a 阅卷 request (no deadlines) changes with it: nothing to read for it.
        model.changed(Set.of(fresh, RequestRef.of(RequestKind.CASE_FILE_READING, 5)));
        settle(model);
        assertThat(ws.kindReads.get()).as("no kind read whole again").isEqualTo(kindsRead);
        assertThat(model.rows()).filteredOn(d -> d.request().equals(fresh)).singleElement()
                .satisfies(d -> assertThat(d.urgency()).isEqualTo(Deadline.Urgency.DUE_TODAY));

        // The same as a full read of every kind gives, counts too.
        TodayModel full = model();
        full.reload();
        settle(full);
        assertThat(List.copyOf(model.rows())).isEqualTo(List.copyOf(full.rows()));
        assertThat(model.countsProperty().get()).isEqualTo(full.countsProperty().get());
        assertThat(model.pressingProperty().get()).isEqualTo(full.pressingProperty().get());

        // The minute's tick within the hour of the last full read shows the deadlines again without reading a kind.
        int reads = ws.kindReads.get();
        model.tick();
        settle(model);
        assertThat(ws.kindReads.get()).as("a tick within the hour reads nothing").isEqualTo(reads);
        assertThat(model.fullReads()).isEqualTo(1);
        assertThat(List.copyOf(model.rows())).isEqualTo(List.copyOf(full.rows()));
    }

    @Test
    void theTickReadsEveryKindOnceTheHourHasMovedOn() {
        MutableClock clock = MutableClock.at(Samples.CLOCK);
        TodayModel model = new TodayModel(ws, clock, sources, Runnable::run, Runnable::run);
        model.tick(); // nothing read yet: a full read
        settle(model);
        assertThat(model.fullReads()).isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        model.tick();
        settle(model);
        assertThat(model.fullReads()).isEqualTo(2);
    }
}
