package org.courtdesk.app.ui.contact;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.model.request.RequestStatus;

/** The words of the 预约法官 queue, from the bundles. */
public final class ContactFormat {

    private ContactFormat() {}

    public static String status(RequestStatus s) {
        return s == null ? Messages.get("contact.filter.all") : Messages.get("contact.status." + s.name());
    }

    /** The status (with the result once answered), 待同步 while our reply waits for upload, 被拒 when refused. */
    public static String statusText(ContactRow r) {
        String s = shownStatus(r);
        return switch (r.sync()) {
            case NONE -> s;
            case PENDING -> s + " · " + Messages.get("contact.sync.pending");
            case CONFLICT, REFUSED -> s + " · " + Messages.get("contact.sync.refused");
        };
    }

    /** The status with the result once answered (the queue's 状态 cell adds the sync badge itself). */
    public static String shownStatus(ContactRow r) {
        String s = status(r.shownStatus());
        if (r.shownResult() != null) {
            s += " · " + Messages.get("contact.result." + r.shownResult().name());
        }
        return s;
    }

    /** Days left to the last reply day, or overdue; empty once answered. */
    public static String left(ContactRow r) {
        if (r.urgency() == null) {
            return "";
        }
        return switch (r.urgency()) {
            case OVERDUE -> Messages.format("contact.left.overdue", -r.daysLeft());
            case DUE_TODAY -> Messages.get("contact.left.today");
            default -> Messages.format("contact.left.days", r.daysLeft());
        };
    }

    public static String role(String role) {
        return role == null ? "" : Messages.get("contact.role." + role);
    }
}
