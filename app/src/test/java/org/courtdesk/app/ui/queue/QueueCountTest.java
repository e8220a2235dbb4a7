package org.courtdesk.app.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.deadline.DeadlineSource;
import org.courtdesk.app.ui.main.QueueTabs;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/** A kind's count rule: what it lists and counts as still to do, and a queue's line refusing another kind's rule. */
class QueueCountTest {

    private static FakeWorkspace notes() {
        FakeWorkspace ws = new FakeWorkspace(Samples.CLOCK);
        RequestStatus[] statuses = {RequestStatus.AWAITING_REPLY, RequestStatus.AWAITING_REPLY, RequestStatus.REPLIED};
        for (int i = 1; i <= 3; i++) {
            ws.kindViews.put(RequestRef.of(RequestKind.SUGGESTION, i), new KindQueueViewTest.Note(i, "（2022）粤0106民初30"
                    + i + "号", "王丽娟", Samples.CLOCK.instant(), statuses[i - 1], 1));
        }
        return ws;
    }

    @Test
    void countsTheListedRowsStillToDo() {
        FakeWorkspace ws = notes();
        QueueCount<KindQueueViewTest.Note, KindQueueViewTest.Note> awaiting = QueueCount.of(RequestKind.SUGGESTION,
                KindQueueViewTest.Note.class, (s, clock) -> s.view(), n -> n.status() == RequestStatus.AWAITING_REPLY);
        assertThat(awaiting.count(ws, Samples.CLOCK)).isEqualTo(2);
        QueueCount<KindQueueViewTest.Note, KindQueueViewTest.Note> notFirst = new QueueCount<>(RequestKind.SUGGESTION,
                KindQueueViewTest.Note.class, s -> s.view().id() != 1, (s, clock) -> s.view(),
                n -> n.status() == RequestStatus.AWAITING_REPLY);
        assertThat(notFirst.count(ws, Samples.CLOCK)).as("a request not listed is not counted").isEqualTo(1);
    }

    @Test
    void aQueueLineTakesOnlyItsOwnKindsRule() {
        QueueCount<KindQueueViewTest.Note, KindQueueViewTest.Note> suggestions = QueueCount.of(RequestKind.SUGGESTION,
                KindQueueViewTest.Note.class, (s, clock) -> s.view(), n -> true);
        assertThatThrownBy(() -> new QueueTabs.Entry(RequestKind.CONTACT_JUDGE, EnumSet.of(Role.JUDGE), "tab-contact",
                MaterialDesignC.CALENDAR_ACCOUNT_OUTLINE, (ws, clock, host) -> null,
                DeadlineSource.none(RequestKind.CONTACT_JUDGE), suggestions))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SUGGESTION");
        assertThat(new QueueTabs.Entry(RequestKind.SUGGESTION, EnumSet.of(Role.JUDGE), "tab-suggestion",
                MaterialDesignC.CALENDAR_ACCOUNT_OUTLINE, (ws, clock, host) -> null,
                DeadlineSource.none(RequestKind.SUGGESTION), suggestions).count()).isSameAs(suggestions);
    }
}
