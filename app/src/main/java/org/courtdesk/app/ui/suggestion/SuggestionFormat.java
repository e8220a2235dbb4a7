package org.courtdesk.app.ui.suggestion;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.suggestion.SuggestionCategory;

/** The words of the 意见建议 queue, from the bundles. */
public final class SuggestionFormat {

    private SuggestionFormat() {}

    public static String status(RequestStatus s) {
        return s == null ? Messages.get("suggestion.filter.all") : Messages.get("suggestion.status." + s.name());
    }

    public static String category(SuggestionCategory c) {
        return c == null ? Messages.get("suggestion.filter.all") : Messages.get("suggestion.category." + c.name());
    }

    /** The status, with 待同步 while our reply waits for upload and 被拒 when the server refused it. */
    public static String statusText(SuggestionRow r) {
        String s = status(r.shownStatus());
        return switch (r.sync()) {
            case NONE -> s;
            case PENDING -> s + " · " + Messages.get("suggestion.sync.pending");
            case CONFLICT, REFUSED -> s + " · " + Messages.get("suggestion.sync.refused");
        };
    }

    /** Days left to the last reply day, or overdue; empty once answered. */
    public static String left(SuggestionRow r) {
        if (r.urgency() == null) {
            return "";
        }
        return switch (r.urgency()) {
            case OVERDUE -> Messages.format("suggestion.left.overdue", -r.daysLeft());
            case DUE_TODAY -> Messages.get("suggestion.left.today");
            default -> Messages.format("suggestion.left.days", r.daysLeft());
        };
    }

    public static String role(String role) {
        return role == null ? "" : Messages.get("suggestion.role." + role);
    }
}
