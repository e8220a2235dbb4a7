package org.courtdesk.app.ui.filing;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.filing.FilingConclusion;
import org.courtdesk.model.filing.FilingMaterialType;
import org.courtdesk.model.filing.FilingRules;
import org.courtdesk.model.filing.FilingTimeLimit;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.filing.PartyRole;
import org.courtdesk.model.filing.PartyType;
import org.courtdesk.model.filing.ReturnKind;

/** The 网上立案 screens' words and numbers, all from the bundles (the shared model's Chinese labels are not shown). */
public final class FilingFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SHORT_DATE_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private FilingFormat() {}

    /** 状态 with its chip: "收", "符 · 待同步", "符 · 被拒". */
    public static String statusText(FilingRow row) {
        String status = Messages.status(row.shownStatus());
        return switch (row.sync()) {
            case NONE -> status;
            case PENDING -> status + " · " + Messages.get("sync.mark.pending");
            case CONFLICT -> status + " · " + Messages.get("sync.mark.conflict");
            case REFUSED -> status + " · " + Messages.get("filing.sync.refused");
        };
    }

    /** 已过天数: "3天", "6天 · 即将到期", "9天 · 已超期"; "—" when the 7 days do not run (退, 立). */
    public static String daysText(FilingTimeLimit limit) {
        if (limit == null) {
            return "—";
        }
        return switch (limit.urgency()) {
            case OK -> Messages.format("filing.days", limit.daysElapsed());
            case WARN -> Messages.format("filing.days.warn", limit.daysElapsed());
            case OVERDUE -> Messages.format("filing.days.overdue", limit.daysElapsed());
        };
    }

    /** The tooltip of 已过天数: from when the 7 days run and their last day. */
    public static String daysTooltip(FilingTimeLimit limit) {
        return limit == null ? null : Messages.format("filing.days.tooltip", date(limit.clockStart()), date(limit.dueDate()),
                FilingRules.DECISION_DAYS);
    }

    /** 申请人 with the side they file as: "王律师 · 代理律师". */
    public static String applicant(FilingView v) {
        String name = v.applicantName() == null ? "" : v.applicantName();
        return v.applicantRole() == null ? name : name + " · " + applicantRole(v.applicantRole());
    }

    public static String applicantRole(Role role) {
        return role == null ? "" : Messages.get("filing.applicantRole." + role.name());
    }

    public static String partyRole(PartyRole role) {
        return role == null ? "" : Messages.get("filing.partyRole." + role.name());
    }

    public static String partyType(PartyType type) {
        return type == null ? "" : Messages.get("filing.partyType." + type.name());
    }

    public static String materialType(FilingMaterialType type) {
        return type == null ? "" : Messages.get("filing.material." + type.name());
    }

    public static String conclusion(FilingConclusion c) {
        return c == null ? "" : Messages.get("filing.conclusion." + c.name());
    }

    public static String returnKind(ReturnKind k) {
        return k == null ? "" : Messages.get("filing.returnKind." + k.name());
    }

    /** 标的额: "¥12,345.00"; "—" when none. */
    public static String amount(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return "¥" + f.format(amount);
    }

    public static String dateTime(Instant at, ZoneId zone) {
        return at == null ? "—" : DATE_TIME.format(at.atZone(zone));
    }

    /** "05-12 10:15": the queue's 提交时间. */
    public static String shortDateTime(Instant at, ZoneId zone) {
        return at == null ? "—" : SHORT_DATE_TIME.format(at.atZone(zone));
    }

    public static String date(LocalDate d) {
        return d == null ? "—" : DATE.format(d);
    }

    /** 12 KB, 1.4 MB. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return Messages.format("filing.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return Messages.format("filing.size.kb", Math.round(bytes / 1024.0));
        }
        return Messages.format("filing.size.mb", String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)));
    }

    /**
     * A broken rule in the user's words: the error code's sentence from the bundle; in Chinese, the shared rules'
     * more precise detail when they give one (e.g. which limit a text exceeds).
     */
    public static String violation(FilingRules.Violation v) {
        if (v.detail() != null && Messages.CHINESE.getLanguage().equals(Messages.locale().getLanguage())) {
            return v.detail();
        }
        return Messages.error(v.code());
    }
}
