package org.courtdesk.app.ui.reading;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.request.RequestStatus;

/** How a queue row's derived values are computed and written (plain, testable without JavaFX). */
public final class RowFormat {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    public static final String NONE = "—";

    private RowFormat() {}

    /** Days a request has waited for review; null once it is decided. */
    public static Integer daysWaiting(ReadingQueueRow r, LocalDate today, ZoneId zone) {
        if (r.status() != RequestStatus.PENDING_REVIEW) {
            return null;
        }
        LocalDate since = waitingSince(r, zone);
        if (since == null) {
            return null;
        }
        return (int) Math.max(0, ChronoUnit.DAYS.between(since, today));
    }

    /** The day a request began to wait for review (its days waiting count from it; the clock does not move it). */
    static LocalDate waitingSince(ReadingQueueRow r, ZoneId zone) {
        return r.submittedAt() != null ? r.submittedAt().atZone(zone).toLocalDate() : r.applicationDate();
    }

    /**
     * Days until the validity date (online) or the on-site window's end; negative once passed; null when none, and
     * for an on-site visit recorded as attended (是否到场 = 是): nothing is left to run out.
     */
    public static Integer daysLeft(ReadingQueueRow r, LocalDate today) {
        if (r.status() != RequestStatus.APPROVED && r.status() != RequestStatus.EXPIRED) {
            return null;
        }
        if (attendedOnSite(r)) {
            return null;
        }
        LocalDate end = leftUntil(r);
        if (end == null) {
            return null;
        }
        return (int) ChronoUnit.DAYS.between(today, end);
    }

    /** The day the time left runs out (the validity date, or the on-site window's end), whether or not it counts. */
    static LocalDate leftUntil(ReadingQueueRow r) {
        return r.validUntil() != null ? r.validUntil() : r.onSiteEnd();
    }

    public static String daysWaitingText(ReadingQueueRow r, LocalDate today, ZoneId zone) {
        Integer d = daysWaiting(r, today, zone);
        if (d == null) {
            return NONE;
        }
        return d == 0 ? Messages.get("queue.waiting.today") : Messages.format("queue.waiting.days", d);
    }

    /** An approved on-site visit the reading room recorded as attended: it stays 审查通过, not 已过期 (seed 002). */
    static boolean attendedOnSite(ReadingQueueRow r) {
        return r.attended() && r.status() == RequestStatus.APPROVED && shownMode(r) == ReadingMode.ON_SITE;
    }

    public static String timeLeftText(ReadingQueueRow r, LocalDate today) {
        if (attendedOnSite(r)) {
            return Messages.get("queue.left.attended");
        }
        Integer d = daysLeft(r, today);
        if (d == null) {
            return NONE;
        }
        if (d < 0 || r.status() == RequestStatus.EXPIRED) {
            return Messages.get("queue.left.expired");
        }
        if (d == 0) {
            return Messages.get("queue.left.today");
        }
        LocalDate end = r.validUntil() != null ? r.validUntil() : r.onSiteEnd();
        return Messages.format("queue.left.days", d, DATE.format(end));
    }

    /**
     * The 查阅方式 column's mode: once approved, the 阅卷方式 the judge granted (the judge may change the requested one,
     * seed 000 §3.5), else the one the applicant asked for.
     */
    public static ReadingMode shownMode(ReadingQueueRow r) {
        return r.grantedMode() != null ? r.grantedMode() : r.requestedMode();
    }

    /**
     * The 查阅方式 cell: the granted mode once approved, else the requested one. A change is marked by the cell's style
     * ({@link #modeChanged}) and said in the tooltip, so the narrow column keeps its width.
     */
    public static String modeText(ReadingQueueRow r) {
        return Messages.mode(shownMode(r));
    }

    /** The 查阅方式 tooltip: what was asked for and, once approved, what was granted. */
    public static String modeTooltip(ReadingQueueRow r) {
        String requested = Messages.mode(r.requestedMode());
        return r.grantedMode() == null ? Messages.format("queue.mode.requested", requested)
                : Messages.format("queue.mode.granted", requested, Messages.mode(r.grantedMode()));
    }

    /** The judge granted another 阅卷方式 than the applicant asked for (e.g. not scanned: on site instead of online). */
    public static boolean modeChanged(ReadingQueueRow r) {
        return r.grantedMode() != null && r.requestedMode() != null && r.grantedMode() != r.requestedMode();
    }

    /**
     * A court's name as the table shows it: "广东省广州市中级人民法院" → "广州中院", "广州市天河区人民法院" → "天河区法院".
     * The full name stays in the tooltip, the detail pane and the sort order.
     */
    public static String courtShort(String name) {
        if (name == null || name.isBlank()) {
            return NONE;
        }
        String s = name.strip();
        int province = s.indexOf('省');
        if (province > 0 && s.indexOf('市', province) > province) {
            s = s.substring(province + 1);
        }
        int city = s.indexOf('市');
        if (city > 0 && city < s.length() - 1) {
            String rest = s.substring(city + 1);
            if (rest.startsWith("中级人民法院")) {
                return s.substring(0, city) + "中院";
            }
            if (rest.matches("^.{1,6}[区县]人民法院$")) {
                s = rest;
            }
        }
        return s.replace("高级人民法院", "高院").replace("中级人民法院", "中院").replace("人民法院", "法院");
    }

    /**
     * What separates the items of a 申请内容 list as applicants type it: 、 ， , ； ; and line breaks, except between
     * two numerals, where 、 lists numbers inside one item ("第一、二册卷宗").
     */
    private static final Pattern CONTENT_SEPARATORS = Pattern.compile(
            "(?<![0-9０-９一二三四五六七八九十])[、，,；;\\n]|[、，,；;\\n](?![0-9０-９一二三四五六七八九十])");

    /** The items of a 申请内容 text, e.g. "起诉状、答辩状、庭审笔录" → [起诉状, 答辩状, 庭审笔录]; empty when blank. */
    public static List<String> contentItems(String content) {
        if (content == null || content.isBlank()) {
            return List.of();
        }
        return Arrays.stream(CONTENT_SEPARATORS.split(content.strip())).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /**
     * 申请内容 as the table shows it: one item as it is, a list as its first item and the count ("起诉状等4项"),
     * so the narrow column never cuts it off. The full text stays in the tooltip, the detail pane and the sort order.
     */
    public static String contentSummary(String content) {
        List<String> items = contentItems(content);
        if (items.isEmpty()) {
            return NONE;
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return Messages.format("queue.content.summary", items.get(0), items.size(), items.size() - 1);
    }

    public static String date(LocalDate d) {
        return d == null ? NONE : DATE.format(d);
    }

    /** The status cell's text: the status plus a 待同步 or 冲突 mark. */
    public static String statusText(ReadingQueueRow r) {
        String s = Messages.status(r.status());
        return switch (r.syncState() == null ? ReadingQueueRow.SyncState.SYNCED : r.syncState()) {
            case PENDING -> s + " · " + Messages.get("sync.mark.pending");
            case CONFLICT -> s + " · " + Messages.get("sync.mark.conflict");
            case SYNCED -> s;
        };
    }
}
