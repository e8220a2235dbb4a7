package org.courtdesk.app.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.courtdesk.app.cache.LocalCache;
import org.courtdesk.app.i18n.Text;
import org.courtdesk.app.outbox.Outbox;
import org.courtdesk.app.workspace.SyncStatus;

/** Holds the status bar's {@link SyncStatus} and tells a listener whenever it changes. Thread-safe. */
public final class StatusTracker {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StatusTracker.class);

    private SyncStatus status;
    private final Consumer<SyncStatus> onChange;

    public StatusTracker(SyncStatus initial, Consumer<SyncStatus> onChange) {
        this.status = initial;
        this.onChange = onChange;
    }

    public static SyncStatus initial(boolean online, Instant lastSync) {
        return new SyncStatus(online, lastSync, 0, 0, -1, null, false, null);
    }

    public synchronized SyncStatus get() {
        return status;
    }

    public void update(UnaryOperator<SyncStatus> change) {
        SyncStatus after;
        synchronized (this) {
            SyncStatus before = status;
            after = change.apply(before);
            if (Objects.equals(before, after)) {
                return;
            }
            status = after;
            logTransition(before, after);
        }
        onChange.accept(after);
    }

    /**
     * What IT reads in the log afterwards (issue 13: a morning's work left one line): going offline and back, the
     * session expiring and renewed, the first sync, and each new error; never the routine progress.
     */
    private static void logTransition(SyncStatus before, SyncStatus after) {
        if (before.online() != after.online()) {
            if (after.online()) {
                LOG.info("server reachable again");
            } else {
                LOG.warn("server unreachable: {}", words(after.lastError()));
            }
        }
        if (before.sessionExpired() != after.sessionExpired()) {
            LOG.info(after.sessionExpired() ? "session expired: a new login is needed" : "session renewed");
        }
        if (before.lastSuccessfulSync() == null && after.lastSuccessfulSync() != null) {
            LOG.info("first sync done");
        }
        if (after.lastError() != null && !after.lastError().equals(before.lastError()) && after.online()
                && before.sessionExpired() == after.sessionExpired()) {
            LOG.warn("sync problem: {}", words(after.lastError()));
        }
        if (before.conflicts() != after.conflicts()) {
            LOG.info("actions refused by the server and waiting for the user: {} (was {})", after.conflicts(),
                    before.conflicts());
        }
    }

    private static String words(Text t) {
        return t == null ? "-" : org.courtdesk.app.i18n.Messages.text(t);
    }

    public void online(boolean online, Text lastError) {
        update(s -> new SyncStatus(online, s.lastSuccessfulSync(), s.pendingUploads(), s.conflicts(), s.progress(),
                s.progressLabel(), s.sessionExpired(), lastError));
    }

    public void synced(Instant at) {
        update(s -> new SyncStatus(true, at, s.pendingUploads(), s.conflicts(), s.progress(), s.progressLabel(),
                false, null));
    }

    public void progress(double progress, Text label) {
        update(s -> new SyncStatus(s.online(), s.lastSuccessfulSync(), s.pendingUploads(), s.conflicts(),
                Math.max(0, Math.min(1, progress)), label, s.sessionExpired(), s.lastError()));
    }

    public void idle() {
        update(s -> new SyncStatus(s.online(), s.lastSuccessfulSync(), s.pendingUploads(), s.conflicts(), -1, null,
                s.sessionExpired(), s.lastError()));
    }

    public void sessionExpired(boolean expired, Text message) {
        update(s -> new SyncStatus(expired ? s.online() : true, s.lastSuccessfulSync(), s.pendingUploads(),
                s.conflicts(), s.progress(), s.progressLabel(), expired, expired ? message : null));
    }

    public void error(Text message) {
        update(s -> new SyncStatus(s.online(), s.lastSuccessfulSync(), s.pendingUploads(), s.conflicts(),
                s.progress(), s.progressLabel(), s.sessionExpired(), message));
    }

    /** Re-reads how many decisions wait and how many need the judge. */
    public void refreshCounts(LocalCache cache) {
        int[] counts = cache.read(h -> new int[] {Outbox.countPending(h), Outbox.countNeedingJudge(h)});
        update(s -> new SyncStatus(s.online(), s.lastSuccessfulSync(), counts[0], counts[1], s.progress(),
                s.progressLabel(), s.sessionExpired(), s.lastError()));
    }
}
