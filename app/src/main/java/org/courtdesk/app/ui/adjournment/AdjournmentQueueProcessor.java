package org.courtdesk.app.ui.adjournment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.model.adjournment.AdjournmentView;
import org.courtdesk.model.request.RequestStatus;

/**
 * The 延期开庭 queue's arithmetic, pure and off the FX thread: rows from the cache at {@code now}, then the query's
 * filter and the order — undecided requests first, each group by hearing time, soonest first (spec-004 §4 "sort by
 * 开庭时间"), so the overdue and the due-soon ones lead.
 */
public final class AdjournmentQueueProcessor {

    static final Comparator<AdjournmentRow> ORDER = Comparator
            .comparing((AdjournmentRow r) -> r.shownStatus() != RequestStatus.PENDING_REVIEW)
            .thenComparing(r -> r.view().hearing().startsAt())
            .thenComparing(AdjournmentRow::id);

    private AdjournmentQueueProcessor() {}

    public static List<AdjournmentRow> rows(List<KindRow<AdjournmentView>> kind, LocalDateTime now) {
        return kind.stream().filter(r -> r.view().hearing() != null).map(r -> AdjournmentRow.of(r, now)).toList();
    }

    /** How many are still to decide (the tab's count). */
    public static int pending(List<AdjournmentRow> rows) {
        return (int) rows.stream().filter(r -> r.shownStatus() == RequestStatus.PENDING_REVIEW).count();
    }

    public static List<AdjournmentRow> apply(List<AdjournmentRow> rows, AdjournmentQuery q, ZoneId zone) {
        return rows.stream().filter(r -> matches(r, q, zone)).sorted(ORDER).toList();
    }

    /** The queue's order: hearing time, undecided first. */
    public static Comparator<AdjournmentRow> order() {
        return ORDER;
    }

    public static boolean matches(AdjournmentRow r, AdjournmentQuery q, ZoneId zone) {
        String text = q.text() == null ? "" : q.text().strip().toLowerCase(Locale.ROOT);
        return q.status().accepts(r.shownStatus())
                && within(r.view().hearing().startsAt().toLocalDate(), q.hearingFrom(), q.hearingTo())
                && within(applied(r, zone), q.appliedFrom(), q.appliedTo())
                && (text.isEmpty() || haystack(r).contains(text));
    }

    static LocalDate applied(AdjournmentRow r, ZoneId zone) {
        return r.view().submittedAt() == null ? null : r.view().submittedAt().atZone(zone).toLocalDate();
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        if (d == null) {
            return from == null && to == null;
        }
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    private static String haystack(AdjournmentRow r) {
        AdjournmentView v = r.view();
        return String.join("\n", nz(v.applicationNo()), nz(v.caseNumber()), nz(v.caseTitle()), nz(v.applicantName()),
                nz(v.reason())).toLowerCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
