package org.courtdesk.app.workspace;

import java.util.LinkedHashSet;
import java.util.Set;

import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;

/** Called from the sync thread; screens hop to the FX thread themselves. */
public interface WorkspaceListener {

    /**
     * These requests, of any kind, changed in the cache (pulled, decided, confirmed, conflicted, opened). By
     * default the 阅卷申请 among them go on to {@link #requestsChanged}.
     */
    default void changed(Set<RequestRef> requests) {
        Set<Long> reading = new LinkedHashSet<>();
        for (RequestRef r : requests) {
            if (r.kind() == RequestKind.CASE_FILE_READING) {
                reading.add(r.id());
            }
        }
        if (!reading.isEmpty()) {
            requestsChanged(reading);
        }
    }

    /** These 阅卷申请 (by id) changed in the cache. */
    default void requestsChanged(Set<Long> requestIds) {}

    default void statusChanged(SyncStatus status) {}
}
