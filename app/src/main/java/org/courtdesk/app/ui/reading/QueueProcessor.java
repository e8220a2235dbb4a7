package org.courtdesk.app.ui.reading;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.courtdesk.app.workspace.ReadingQueueRow;

/** Filters and sorts the queue: a pure function, run off the FX thread. */
public final class QueueProcessor {

    private QueueProcessor() {}

    /** Oldest waiting first: by submission time, then application date, then id. */
    public static Comparator<ReadingQueueRow> defaultOrder() {
        return Comparator.comparing(ReadingQueueRow::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ReadingQueueRow::applicationDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(ReadingQueueRow::id);
    }

    public static Comparator<ReadingQueueRow> comparator(List<SortKey> sort, LocalDate today, ZoneId zone) {
        Comparator<ReadingQueueRow> c = null;
        for (SortKey k : sort) {
            Comparator<ReadingQueueRow> next = comparator(k, today, zone);
            c = c == null ? next : c.thenComparing(next);
        }
        return c == null ? defaultOrder() : c.thenComparing(defaultOrder());
    }

    /** The order of one sort key, descending keeping empty values last where a column has them. */
    public static Comparator<ReadingQueueRow> comparator(SortKey k, LocalDate today, ZoneId zone) {
        Comparator<ReadingQueueRow> next = k.column().comparator(today, zone);
        return k.ascending() ? next : reverseKeepingNullsLast(k.column(), next, today, zone);
    }

    private static Comparator<ReadingQueueRow> reverseKeepingNullsLast(QueueColumn col, Comparator<ReadingQueueRow> asc,
                                                                       LocalDate today, ZoneId zone) {
        // Rows without a value stay at the bottom in both directions: "—" is never the most urgent.
        return (a, b) -> {
            boolean na = isEmpty(col, a, today, zone);
            boolean nb = isEmpty(col, b, today, zone);
            if (na || nb) {
                return na == nb ? 0 : (na ? 1 : -1);
            }
            return asc.compare(b, a);
        };
    }

    private static boolean isEmpty(QueueColumn col, ReadingQueueRow r, LocalDate today, ZoneId zone) {
        return switch (col) {
            case DAYS_WAITING -> RowFormat.daysWaiting(r, today, zone) == null;
            case TIME_LEFT -> RowFormat.daysLeft(r, today) == null;
            case APPLICATION_DATE -> r.applicationDate() == null;
            default -> false;
        };
    }

    public static List<ReadingQueueRow> apply(List<ReadingQueueRow> all, QueueQuery query, List<SortKey> sort,
                                              LocalDate today, ZoneId zone) {
        List<ReadingQueueRow> out = new ArrayList<>();
        for (ReadingQueueRow r : all) {
            if (query.matches(r)) {
                out.add(r);
            }
        }
        out.sort(comparator(sort, today, zone));
        return out;
    }

    /** 待审查 count for the tab title. */
    public static int pendingReview(List<ReadingQueueRow> all) {
        int n = 0;
        for (ReadingQueueRow r : all) {
            if (r.status() == org.courtdesk.model.request.RequestStatus.PENDING_REVIEW) {
                n++;
            }
        }
        return n;
    }
}
