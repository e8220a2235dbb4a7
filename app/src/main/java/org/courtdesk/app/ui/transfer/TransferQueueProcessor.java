package org.courtdesk.app.ui.transfer;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.courtdesk.model.request.RequestStatus;

/** Builds, filters and orders the 材料转接 queue's rows: pure functions, run off the FX thread. */
public final class TransferQueueProcessor {

    private TransferQueueProcessor() {}

    /** 未接收 first, the longest waiting on top; then the received ones, newest first; ties by id. */
    public static Comparator<TransferRow> defaultOrder() {
        Comparator<TransferRow> waitingFirst = Comparator.comparingInt(r -> r.shownStatus() == RequestStatus.NOT_RECEIVED
                ? 0 : 1);
        return waitingFirst.thenComparing((a, b) -> {
            Instant x = a.view().submittedAt();
            Instant y = b.view().submittedAt();
            Comparator<Instant> c = a.shownStatus() == RequestStatus.NOT_RECEIVED ? Comparator.naturalOrder()
                    : Comparator.reverseOrder();
            return Comparator.nullsLast(c).compare(x, y);
        }).thenComparingLong(TransferRow::id);
    }

    /** Materials not yet received (the tab's count). */
    public static int waiting(List<TransferRow> all) {
        return (int) all.stream().filter(r -> r.shownStatus() == RequestStatus.NOT_RECEIVED).count();
    }
}
