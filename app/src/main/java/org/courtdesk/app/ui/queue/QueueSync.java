package org.courtdesk.app.ui.queue;

import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;

/**
 * What a queue row shows of the user's own actions on it, whatever the kind: nothing, saved here and waiting for upload
 * (待同步), refused by the server with 409 (冲突), or refused by a rule (被拒). The one the user must look at wins.
 */
public enum QueueSync {
    NONE, PENDING, CONFLICT, REFUSED;

    public static QueueSync of(KindRow<?> row) {
        QueueSync s = NONE;
        for (PendingAction a : row.pending()) {
            if (a.needsUser()) {
                return a.state() == OutboxState.CONFLICT ? CONFLICT : REFUSED;
            }
            s = PENDING;
        }
        return s;
    }

    /** A refusal the user must answer (the conflict dialog). */
    public boolean needsUser() {
        return this == CONFLICT || this == REFUSED;
    }
}
