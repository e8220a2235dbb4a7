package org.courtdesk.app.ui.queue;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.request.Transitions;

/**
 * What a kind's queue lists and counts as still to do: one definition for the number in its line of the list of queues,
 * whether its view is built or not (issue 13). The kind's plug-in declares it once — its view answers
 * {@link KindQueueView#counting} with it (the core makes the view's rows, listing and title count from it) and its
 * entry in the window's list of queues carries the same object for the count before the view is built.
 *
 * @param listed whether a cached request is one of the queue's rows
 * @param row    the kind's row of a cached request on the clock (days left, urgency…)
 * @param open   whether a row is still to do: counted in the title
 */
public record QueueCount<V extends RequestView, R>(RequestKind kind, Class<V> type, Predicate<KindRow<V>> listed,
                                                   BiFunction<KindRow<V>, Clock, R> row, Predicate<R> open) {

    public QueueCount {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(listed, "listed");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(open, "open");
    }

    /** Listed unless the server removed it (the core's default listing). */
    public static <V extends RequestView, R> QueueCount<V, R> of(RequestKind kind, Class<V> type,
                                                                 BiFunction<KindRow<V>, Clock, R> row, Predicate<R> open) {
        return new QueueCount<>(kind, type, s -> !s.removed(), row, open);
    }

    /** The requests of the kind still to do now: what the queue's title says. Off the FX thread. */
    public int count(Workspace workspace, Clock clock) {
        int n = 0;
        for (KindRow<V> k : workspace.requests(kind, type)) {
            if (listed.test(k) && open.test(row.apply(k, clock))) {
                n++;
            }
        }
        return n;
    }

    /**
     * For a queue not on the core (its view counts in its own way): listed (not removed), nothing of the user's waiting
     * for upload, and in a status a decision leads out of that the request reaches from its first one by time alone (the
     * first status; for 证据交换 also 质证中).
     */
    public static QueueCount<RequestView, RequestView> byStatus(RequestKind kind) {
        Set<RequestStatus> open = openStatuses(kind);
        return new QueueCount<>(kind, RequestView.class, s -> !s.removed() && !s.hasUnsent(), (s, clock) -> s.view(),
                v -> open.contains(v.status()));
    }

    static Set<RequestStatus> openStatuses(RequestKind kind) {
        Set<RequestStatus> reached = EnumSet.of(Transitions.initial(kind));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Transitions.Transition t : Transitions.transitions(kind)) {
                if (t.trigger() == Transitions.Trigger.CLOCK && reached.contains(t.from()) && reached.add(t.to())) {
                    grew = true;
                }
            }
        }
        reached.removeIf(s -> Transitions.decisionsFrom(kind, s).isEmpty());
        return reached;
    }
}
