package org.courtdesk.app.ui.investigation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.courtdesk.app.i18n.Messages;

/** The words and numbers of the 调查令 queue, from the bundles. */
public final class InvestigationFormat {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private InvestigationFormat() {}

    /** 剩余时间: "剩 3 天", "今日到期", "超期 2 天"; "—" once decided. */
    public static String daysLeft(InvestigationRow row) {
        if (row.due() == null) {
            return "—";
        }
        long d = row.daysLeft();
        return d > 0 ? Messages.format("investigation.left.days", d)
                : d == 0 ? Messages.get("investigation.left.today") : Messages.format("investigation.over.days", -d);
    }

    public static String status(InvestigationRow row) {
        String s = Messages.status(row.shownStatus());
        return switch (row.sync()) {
            case NONE -> s;
            case PENDING -> s + " · " + Messages.get("sync.mark.pending");
            case CONFLICT -> s + " · " + Messages.get("sync.mark.conflict");
            case REFUSED -> s + " · " + Messages.get("investigation.sync.refused");
        };
    }

    public static String shortDateTime(Instant t, ZoneId zone) {
        return t == null ? "" : SHORT.format(t.atZone(zone));
    }

    public static String dateTime(Instant t, ZoneId zone) {
        return t == null ? "" : FULL.format(t.atZone(zone));
    }
}
