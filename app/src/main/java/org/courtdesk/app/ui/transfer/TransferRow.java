package org.courtdesk.app.ui.transfer;

import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.transfer.MaterialTransferView;
import org.courtdesk.model.transfer.TransferRules;

/**
 * One 材料转接 as the queue shows it: the status with the user's unsent 接收 laid over the server's, and whether it waits
 * for upload or was refused by the server.
 */
public record TransferRow(KindRow<MaterialTransferView> source, RequestStatus shownStatus, Sync sync) {

    /** What the 状态 chip adds: nothing, 待同步, or the server's refusal (冲突 for a 409, 被拒 otherwise). */
    public enum Sync { NONE, PENDING, CONFLICT, REFUSED }

    public static TransferRow of(KindRow<MaterialTransferView> row) {
        RequestStatus shown = row.view().status();
        Sync sync = Sync.NONE;
        for (PendingAction a : row.pending()) {
            if (a.needsUser()) {
                sync = a.state() == OutboxState.CONFLICT ? Sync.CONFLICT : Sync.REFUSED;
            } else {
                if (sync == Sync.NONE) {
                    sync = Sync.PENDING;
                }
                if (a.is(TransferOps.RECEIVE)) {
                    shown = RequestStatus.RECEIVED;
                }
            }
        }
        return new TransferRow(row, shown, sync);
    }

    public MaterialTransferView view() {
        return source.view();
    }

    public long id() {
        return source.view().id();
    }

    public RequestRef ref() {
        return RequestRef.of(RequestKind.MATERIAL_TRANSFER, id());
    }

    public boolean opened() {
        return source.opened();
    }

    /** Whether 接收 may be pressed: 未接收 on the server and nothing of this user's pending or refused. */
    public boolean receivable() {
        return TransferRules.receivable(shownStatus) && sync == Sync.NONE;
    }

    TransferRow opened(boolean opened) {
        KindRow<MaterialTransferView> s = source;
        return new TransferRow(new KindRow<>(s.view(), opened, s.removed(), s.pending()), shownStatus, sync);
    }
}
