package org.courtdesk.app.ui.main;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.workspace.SyncStatus;

/** The status bar's and banners' words, from a {@link SyncStatus} and the clock (no JavaFX). */
public final class StatusFormat {

    /** The cache counts as stale (Caseflow's banner) after this long without a successful sync. */
    public static final Duration STALE_AFTER = Duration.ofHours(4);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private StatusFormat() {}

    public static String online(SyncStatus s) {
        return Messages.get(s.online() ? "status.online" : "status.offline");
    }

    public static String lastSync(SyncStatus s, Clock clock) {
        Instant t = s.lastSuccessfulSync();
        if (t == null) {
            return Messages.get("status.lastSync.never");
        }
        ZonedDateTime at = t.atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        String when = at.toLocalDate().equals(today) ? TIME.format(at) : DATE_TIME.format(at);
        return Messages.format("status.lastSync", when);
    }

    public static String pending(SyncStatus s) {
        return Messages.format("status.pendingUploads", s.pendingUploads());
    }

    public static String conflicts(SyncStatus s) {
        return Messages.format("status.conflicts", s.conflicts());
    }

    /** Whether the cache is older than {@link #STALE_AFTER} (or was never synced). */
    public static boolean stale(SyncStatus s, Clock clock) {
        Instant t = s.lastSuccessfulSync();
        return t == null || Duration.between(t, clock.instant()).compareTo(STALE_AFTER) > 0;
    }

    public static String staleBanner(SyncStatus s, Clock clock) {
        Instant t = s.lastSuccessfulSync();
        if (t == null) {
            return Messages.get("banner.stale.never");
        }
        long hours = Duration.between(t, clock.instant()).toHours();
        if (hours >= 48) {
            return Messages.format("banner.stale.days", hours / 24);
        }
        return Messages.format("banner.stale.hours", hours);
    }
}
