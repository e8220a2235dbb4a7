package org.courtdesk.app.ui.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.model.contact.ContactView;

/** Builds, filters and orders the queue's rows: pure functions, run off the FX thread. */
public final class ContactQueueProcessor {

    private ContactQueueProcessor() {}

    /**
     * Still to answer on top, the least time left first (the overdue above all); then the answered ones, newest
     * request first. Ties by id.
     */
    public static Comparator<ContactRow> defaultOrder() {
        Comparator<ContactRow> openFirst = Comparator.comparingInt(r -> r.urgency() != null ? 0 : 1);
        return openFirst.thenComparing((a, b) -> {
            if (a.urgency() != null) {
                return Long.compare(a.daysLeft(), b.daysLeft());
            }
            return 0;
        }).thenComparing((a, b) -> {
            Comparator<Instant> when = a.urgency() != null ? Comparator.naturalOrder() : Comparator.reverseOrder();
            return Comparator.nullsLast(when).compare(a.view().submittedAt(), b.view().submittedAt());
        }).thenComparingLong(ContactRow::id);
    }

    public static List<ContactRow> rows(List<KindRow<ContactView>> loaded, LocalDate today) {
        List<ContactRow> out = new ArrayList<>(loaded.size());
        for (KindRow<ContactView> k : loaded) {
            if (!k.removed()) {
                out.add(ContactRow.of(k, today));
            }
        }
        return out;
    }

    public static List<ContactRow> apply(List<ContactRow> all, ContactQuery query, ZoneId zone) {
        List<ContactRow> out = new ArrayList<>();
        for (ContactRow r : all) {
            if (query.matches(r, zone)) {
                out.add(r);
            }
        }
        out.sort(defaultOrder());
        return out;
    }

    /** Requests still to answer: the count in the tab's title. */
    public static int open(List<ContactRow> all) {
        return (int) all.stream().filter(r -> r.urgency() != null).count();
    }
}
