package org.courtdesk.app.ui.queue;

import org.courtdesk.app.i18n.Messages;

/** The 同步 query condition every queue has (issue 13): all rows, those waiting for upload, or those in conflict. */
public enum SyncFilter {
    ALL, PENDING, CONFLICT;

    public boolean matches(QueueSync s) {
        return switch (this) {
            case ALL -> true;
            case PENDING -> s == QueueSync.PENDING;
            case CONFLICT -> s.needsUser();
        };
    }

    public String label() {
        return Messages.get("kindqueue.sync." + name());
    }
}
