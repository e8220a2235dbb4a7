package org.courtdesk.app.ui.preservation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.model.preservation.PreservationView;

/** Builds, filters and orders the queue's rows: pure functions, run off the FX thread. */
public final class PreservationQueueProcessor {

    private PreservationQueueProcessor() {}

    /**
     * By time left (spec-004 §5 Queue [I]): the waiting ones first, least time left on top, so the overdue ones lead
     * (most overdue first); then the decided ones, newest submission first; ties by id.
     */
    public static Comparator<PreservationRow> defaultOrder() {
        Comparator<PreservationRow> waiting = Comparator.comparingInt(r -> r.clock() == null ? 1 : 0);
        return waiting.thenComparing((a, b) -> {
            if (a.clock() != null && b.clock() != null) {
                Duration la = a.clock().left();
                Duration lb = b.clock().left();
                return la.compareTo(lb);
            }
            return Comparator.nullsLast(Comparator.<Instant>reverseOrder())
                    .compare(a.view().submittedAt(), b.view().submittedAt());
        }).thenComparingLong(PreservationRow::id);
    }

    public static List<PreservationRow> rows(List<KindRow<PreservationView>> loaded, Instant now, ZoneId zone) {
        List<PreservationRow> out = new ArrayList<>(loaded.size());
        for (KindRow<PreservationView> k : loaded) {
            out.add(PreservationRow.of(k, now, zone));
        }
        return out;
    }

    public static List<PreservationRow> apply(List<PreservationRow> all, PreservationQuery query, ZoneId zone) {
        List<PreservationRow> out = new ArrayList<>();
        for (PreservationRow r : all) {
            if (query.matches(r, zone)) {
                out.add(r);
            }
        }
        out.sort(defaultOrder());
        return out;
    }

    /** Applications still waiting (the tab's count). */
    public static int waiting(List<PreservationRow> all) {
        return (int) all.stream().filter(r -> r.clock() != null).count();
    }
}
