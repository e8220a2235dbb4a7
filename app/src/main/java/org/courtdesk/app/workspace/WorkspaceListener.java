package org.courtdesk.app.workspace;

import java.util.Set;

/** Called from the sync thread; screens hop to the FX thread themselves. */
public interface WorkspaceListener {

    /** These requests changed in the cache (pulled, decided, confirmed, conflicted). */
    default void requestsChanged(Set<Long> requestIds) {}

    default void statusChanged(SyncStatus status) {}
}
