package org.courtdesk.app.ui.binding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.model.binding.BindingView;

/** Builds, filters and orders the queue's rows: pure functions, run off the FX thread. */
public final class BindingQueueProcessor {

    private BindingQueueProcessor() {}

    /**
     * Still to decide on top, the longest waiting first (the lawyer cannot read the case until bound); then the decided
     * ones, newest application first. Ties by id.
     */
    public static Comparator<BindingRow> defaultOrder() {
        Comparator<BindingRow> openFirst = Comparator.comparingInt(r -> r.open() ? 0 : 1);
        return openFirst.thenComparing((a, b) -> {
            Comparator<Instant> when = a.open() ? Comparator.naturalOrder() : Comparator.reverseOrder();
            return Comparator.nullsLast(when).compare(a.view().submittedAt(), b.view().submittedAt());
        }).thenComparingLong(BindingRow::id);
    }

    public static List<BindingRow> rows(List<KindRow<BindingView>> loaded, LocalDate today, ZoneId zone) {
        List<BindingRow> out = new ArrayList<>(loaded.size());
        for (KindRow<BindingView> k : loaded) {
            if (!k.removed()) {
                out.add(BindingRow.of(k, today, zone));
            }
        }
        return out;
    }

    public static List<BindingRow> apply(List<BindingRow> all, BindingQuery query) {
        List<BindingRow> out = new ArrayList<>();
        for (BindingRow r : all) {
            if (query.matches(r)) {
                out.add(r);
            }
        }
        out.sort(defaultOrder());
        return out;
    }

    /** Rows still to decide: the count in the tab's title. */
    public static int open(List<BindingRow> all) {
        return (int) all.stream().filter(BindingRow::open).count();
    }
}
