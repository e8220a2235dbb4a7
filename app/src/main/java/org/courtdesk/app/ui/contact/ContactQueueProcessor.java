package org.courtdesk.app.ui.contact;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;


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

    /** Requests still to answer: the count in the tab's title. */
    public static int open(List<ContactRow> all) {
        return (int) all.stream().filter(r -> r.urgency() != null).count();
    }
}
