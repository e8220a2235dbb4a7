package org.courtdesk.app.workspace;

import java.time.Instant;

/**
 * What the status bar shows at all times. {@code progress} is 0..1 while a long pull or download runs, else
 * -1. {@code lastError} is the latest failure in plain words (null when the last attempt worked).
 */
public record SyncStatus(boolean online, Instant lastSuccessfulSync, int pendingUploads, int conflicts,
                         double progress, String progressLabel, boolean sessionExpired, String lastError) {

    public boolean busy() {
        return progress >= 0;
    }
}
