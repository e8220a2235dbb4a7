package org.courtdesk.app.ui.appeal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.model.appeal.AppealView;
import org.courtdesk.model.request.RequestStatus;

/**
 * The appeal queue's arithmetic, pure and off the FX thread: rows on {@code today}, the query, and the order — rows
 * with a next step first, by its due date (soonest first), then the rest newest first.
 */
public final class AppealQueueProcessor {

    static final Comparator<AppealRow> ORDER = Comparator
            .comparing((AppealRow r) -> r.next() == null)
            .thenComparing(r -> r.next() == null ? LocalDate.MAX : r.next().due())
            .thenComparing((AppealRow r) -> r.view().submittedAt(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(AppealRow::id);

    private AppealQueueProcessor() {}

    public static List<AppealRow> rows(List<KindRow<AppealView>> kind, LocalDate today, ZoneId zone) {
        return kind.stream().map(r -> AppealRow.of(r, today, zone)).toList();
    }

    /** Still to decide (the tab's count). */
    public static int submitted(List<AppealRow> rows) {
        return (int) rows.stream().filter(r -> r.shownStatus() == RequestStatus.SUBMITTED).count();
    }

    public static List<AppealRow> apply(List<AppealRow> rows, AppealQuery q, ZoneId zone) {
        return rows.stream().filter(r -> matches(r, q, zone)).sorted(ORDER).toList();
    }

    /** The queue's order: the judge's next step, soonest first. */
    public static Comparator<AppealRow> order() {
        return ORDER;
    }

    public static boolean matches(AppealRow r, AppealQuery q, ZoneId zone) {
        String text = q.text() == null ? "" : q.text().strip().toLowerCase(Locale.ROOT);
        return q.status().accepts(r.shownStatus()) && within(submitted(r, zone), q.from(), q.to())
                && (text.isEmpty() || haystack(r).contains(text));
    }

    static LocalDate submitted(AppealRow r, ZoneId zone) {
        return r.view().submittedAt() == null ? null : r.view().submittedAt().atZone(zone).toLocalDate();
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        if (d == null) {
            return from == null && to == null;
        }
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    private static String haystack(AppealRow r) {
        AppealView v = r.view();
        StringBuilder sb = new StringBuilder();
        for (String s : new String[] {v.applicationNo(), v.caseNumber(), v.caseTitle(), v.applicantName(),
                v.appellant() == null ? null : v.appellant().name(), v.claims()}) {
            sb.append(s == null ? "" : s).append('\n');
        }
        v.appellees().forEach(p -> sb.append(p.name()).append('\n'));
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
