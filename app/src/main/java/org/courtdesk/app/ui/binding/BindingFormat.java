package org.courtdesk.app.ui.binding;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.model.binding.BindingView;
import org.courtdesk.model.request.RequestStatus;

/** The words and numbers of the binding queue, from the bundles. */
public final class BindingFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private BindingFormat() {}

    public static String status(RequestStatus s) {
        return s == null ? Messages.get("binding.filter.all") : Messages.get("binding.status." + s.name());
    }

    /** The status, with 待同步 while our decision waits for upload and 需处理 when the server refused it. */
    public static String statusText(BindingRow r) {
        String s = status(r.shownStatus());
        if (r.refused()) {
            return s + " · " + Messages.get("binding.sync.refused");
        }
        return r.unsent() ? s + " · " + Messages.get("binding.sync.pending") : s;
    }

    public static String party(BindingView v) {
        return Messages.get("binding.party." + v.partyRole().name()) + " " + v.partyName();
    }

    public static String authority(BindingView v) {
        return v.authority() == null ? "" : Messages.get("binding.authority." + v.authority().name());
    }

    /** 授权 in the list: 一般授权 / 特别授权, "General" / "Special" in English (the detail says it whole). */
    public static String authorityShort(BindingView v) {
        return v.authority() == null ? "" : Messages.get("binding.authority.short." + v.authority().name());
    }

    public static String days(BindingRow r) {
        return Messages.format("binding.days", r.daysWaiting());
    }

    public static String dateTime(Instant at, ZoneId zone) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone));
    }
}
