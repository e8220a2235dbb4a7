package org.courtdesk.app.ui;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

import org.courtdesk.app.settings.Settings;
import org.courtdesk.app.sync.SyncConfig;

/**
 * The workstation's clock runs in the court's zone, not the machine's (issue 13): every date the screens compute —
 * days waiting, validity left, deadlines, "today" — follows the court's calendar (Asia/Shanghai), also on a machine
 * set to UTC, where 08:20 in Guangzhou is still yesterday. IT may name another zone in the settings ({@link #KEY_ZONE}).
 */
public final class CourtClock {

    /** Settings key of the court's zone (an IANA id); Asia/Shanghai when absent or unreadable. */
    public static final String KEY_ZONE = "court.zone";

    private CourtClock() {}

    /** The court's zone named in {@code settings}, else {@link SyncConfig#CHINA}. */
    public static ZoneId zone(Settings settings) {
        String v = settings == null ? null : settings.get(KEY_ZONE).orElse(null);
        if (v == null || v.isBlank()) {
            return SyncConfig.CHINA;
        }
        try {
            return ZoneId.of(v.strip());
        } catch (DateTimeException e) {
            return SyncConfig.CHINA;
        }
    }

    /** {@code base}'s instants, read in the court's zone (whatever zone {@code base} or the machine has). */
    public static Clock of(Clock base, ZoneId courtZone) {
        return base.withZone(courtZone);
    }

    /** The system clock in the court's zone. */
    public static Clock system(Settings settings) {
        return of(Clock.systemUTC(), zone(settings));
    }
}
