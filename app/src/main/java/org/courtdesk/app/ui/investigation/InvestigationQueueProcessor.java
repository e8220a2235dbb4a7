package org.courtdesk.app.ui.investigation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.model.investigation.InvestigationView;

/** Builds, filters and orders the queue's rows: pure functions, run off the FX thread. */
public final class InvestigationQueueProcessor {

    private InvestigationQueueProcessor() {}

    /** The waiting ones first by days left (the overdue on top, oldest receipt first), then the decided, newest first. */
    public static Comparator<InvestigationRow> defaultOrder() {
        Comparator<InvestigationRow> waiting = Comparator.comparingInt(r -> r.due() == null ? 1 : 0);
        return waiting.thenComparing((a, b) -> {
            if (a.due() != null && b.due() != null) {
                int c = Long.compare(a.daysLeft(), b.daysLeft());
                return c != 0 ? c : Comparator.nullsLast(Comparator.<Instant>naturalOrder())
                        .compare(a.view().submittedAt(), b.view().submittedAt());
            }
            return Comparator.nullsLast(Comparator.<Instant>reverseOrder())
                    .compare(a.view().submittedAt(), b.view().submittedAt());
        }).thenComparingLong(InvestigationRow::id);
    }

    public static List<InvestigationRow> rows(List<KindRow<InvestigationView>> loaded, LocalDate today, ZoneId zone) {
        List<InvestigationRow> out = new ArrayList<>(loaded.size());
        for (KindRow<InvestigationView> k : loaded) {
            out.add(InvestigationRow.of(k, today, zone));
        }
        return out;
    }

    public static List<InvestigationRow> apply(List<InvestigationRow> all, InvestigationQuery query, ZoneId zone) {
        List<InvestigationRow> out = new ArrayList<>();
        for (InvestigationRow r : all) {
            if (query.matches(r, zone)) {
                out.add(r);
            }
        }
        out.sort(defaultOrder());
        return out;
    }

    public static int waiting(List<InvestigationRow> all) {
        return (int) all.stream().filter(r -> r.due() != null).count();
    }
}
