package org.courtdesk.app.workspace;

import java.time.Instant;

import org.courtdesk.app.i18n.Text;

/**
 * What the status bar shows at all times. {@code progress} is 0..1 while a long pull or download runs, else
 * -1. {@code lastError} is the latest failure in plain words (null when the last attempt worked);
 * {@code progressLabel} and {@code lastError} are put into the user's language by the status bar.
 */
public record SyncStatus(boolean online, Instant lastSuccessfulSync, int pendingUploads, int conflicts,
                         double progress, Text progressLabel, boolean sessionExpired, Text lastError) {

    public boolean busy() {
        return progress >= 0;
    }
}
