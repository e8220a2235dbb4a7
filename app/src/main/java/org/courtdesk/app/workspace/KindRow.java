package org.courtdesk.app.workspace;

import java.util.List;

import org.courtdesk.model.api.RequestView;

/**
 * A request of a kind stored as a view ({@link Workspace#requests}): the server's state as last pulled, whether this
 * user opened it, and the user's actions on it still in the outbox (oldest first), from which the kind's screens show
 * what is saved but not yet uploaded. {@code removed}: the server no longer shows it to this user; it is kept while
 * an action of theirs refers to it.
 */
public record KindRow<V extends RequestView>(V view, boolean opened, boolean removed, List<PendingAction> pending) {

    public KindRow {
        pending = List.copyOf(pending);
    }

    /** Whether an action of the user waits for upload. */
    public boolean hasUnsent() {
        return pending.stream().anyMatch(p -> !p.needsUser());
    }

    /** Whether the server refused an action of the user (a 409 or a rule): they must look at it. */
    public boolean needsUser() {
        return pending.stream().anyMatch(PendingAction::needsUser);
    }
}
