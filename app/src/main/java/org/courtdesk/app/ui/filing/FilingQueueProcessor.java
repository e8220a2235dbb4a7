package org.courtdesk.app.ui.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.request.RequestStatus;

/** Builds, filters and orders the queue's rows: pure functions, run off the FX thread. */
public final class FilingQueueProcessor {

    private FilingQueueProcessor() {}

    /**
     * The most urgent on top (spec-004 §2 Queue): 收 first, by days since receipt or supplement, most first; then
     * everything else, newest submission first. Ties: older submission first among 收, then id.
     */
    public static Comparator<FilingRow> defaultOrder() {
        Comparator<FilingRow> received = Comparator.comparingInt(r -> r.shownStatus() == RequestStatus.FILING_RECEIVED ? 0 : 1);
        return received.thenComparing((a, b) -> {
            if (a.shownStatus() != RequestStatus.FILING_RECEIVED) {
                return Comparator.nullsLast(Comparator.<Instant>reverseOrder())
                        .compare(a.view().submittedAt(), b.view().submittedAt());
            }
            long da = a.limit() == null ? -1 : a.limit().daysElapsed();
            long db = b.limit() == null ? -1 : b.limit().daysElapsed();
            if (da != db) {
                return Long.compare(db, da);
            }
            return Comparator.nullsLast(Comparator.<Instant>naturalOrder())
                    .compare(a.view().submittedAt(), b.view().submittedAt());
        }).thenComparingLong(FilingRow::id);
    }

    public static List<FilingRow> rows(List<KindRow<FilingView>> loaded, LocalDate today, ZoneId zone) {
        List<FilingRow> out = new ArrayList<>(loaded.size());
        for (KindRow<FilingView> k : loaded) {
            out.add(FilingRow.of(k, today, zone));
        }
        return out;
    }

    public static List<FilingRow> apply(List<FilingRow> all, FilingQuery query, ZoneId zone) {
        List<FilingRow> out = new ArrayList<>();
        for (FilingRow r : all) {
            if (query.matches(r, zone)) {
                out.add(r);
            }
        }
        out.sort(defaultOrder());
        return out;
    }

    /** 收 rows: the count in the tab's title. */
    public static int received(List<FilingRow> all) {
        int n = 0;
        for (FilingRow r : all) {
            if (r.shownStatus() == RequestStatus.FILING_RECEIVED) {
                n++;
            }
        }
        return n;
    }
}
