package org.courtdesk.app.ui.preservation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.model.preservation.PreservationClock;
import org.courtdesk.model.preservation.PreservationView;

/** The words and numbers of the 诉讼保全 queue, from the bundles. */
public final class PreservationFormat {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private PreservationFormat() {}

    /**
     * 剩余时间: "剩 5 小时" / "超时 3 小时" on the 48-hour clock (whole hours, rounded down; under an hour says so); on the
     * 5-day clock whole days while a day or more is left or over, then hours. "—" when the clock does not run.
     */
    public static String timeLeft(PreservationClock clock) {
        if (clock == null) {
            return "—";
        }
        boolean over = clock.overdue();
        Duration d = over ? clock.left().negated() : clock.left();
        String side = over ? "over" : "left";
        if (!clock.hourly() && d.toDays() >= 1) {
            return Messages.format("preservation." + side + ".days", d.toDays());
        }
        if (d.toHours() < 1) {
            return Messages.get("preservation." + side + ".underHour");
        }
        return Messages.format("preservation." + side + ".hours", d.toHours());
    }

    /** The limit and its due time, for the cell's tooltip and the detail. */
    public static String dueText(PreservationClock clock, ZoneId zone) {
        if (clock == null) {
            return "";
        }
        return Messages.format(clock.hourly() ? "preservation.due.hourly" : "preservation.due.daily",
                FULL.format(clock.dueAt().atZone(zone)));
    }

    /** 诉前 / 诉讼中, with 紧急 when urgent. */
    public static String stage(PreservationView v) {
        String s = Messages.get("preservation.stage." + v.stage().name());
        return v.urgent() ? s + " · " + Messages.get("preservation.urgent") : s;
    }

    public static String shortDateTime(Instant t, ZoneId zone) {
        return t == null ? "" : SHORT.format(t.atZone(zone));
    }

    public static String dateTime(Instant t, ZoneId zone) {
        return t == null ? "" : FULL.format(t.atZone(zone));
    }

    /** 300,000.00 元 */
    public static String money(BigDecimal amount) {
        return amount == null ? "—" : Messages.format("preservation.money", String.format("%,.2f", amount));
    }

    public static String status(PreservationRow row) {
        String s = Messages.status(row.shownStatus());
        return switch (row.sync()) {
            case NONE -> s;
            case PENDING -> s + " · " + Messages.get("sync.mark.pending");
            case CONFLICT -> s + " · " + Messages.get("sync.mark.conflict");
            case REFUSED -> s + " · " + Messages.get("preservation.sync.refused");
        };
    }
}
