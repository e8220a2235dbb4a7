package org.courtdesk.app.ui.transfer;

import java.util.List;
import java.util.function.IntConsumer;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.batch.BatchRun;
import org.courtdesk.app.workspace.DecisionRejectedException;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.transfer.TransferReceive;

/**
 * The 接收 of the 材料转接 queue without controls: saved to the outbox through {@link Workspace#saveAction} (a fresh key
 * and base version each). Every method may block: callers run it off the FX thread. 批量接收 saves each selected
 * material as its own action ({@link BatchRun}) and reports per row.
 */
public final class TransferActions {

    private final Workspace workspace;

    public TransferActions(Workspace workspace) {
        this.workspace = workspace;
    }

    /** 接收 of one material; the outcome says why not when the row is not 未接收 or the workspace refuses. */
    public BatchRun.Outcome<TransferRow> receiveOne(TransferRow row) {
        if (!row.receivable()) {
            return BatchRun.Outcome.refused(row, Messages.format("transfer.notReceivable",
                    Messages.status(row.shownStatus())));
        }
        try {
            workspace.saveAction(row.ref(), TransferOps.RECEIVE, new TransferReceive(null, 0));
            return BatchRun.Outcome.ok(row);
        } catch (DecisionRejectedException e) {
            return BatchRun.Outcome.refused(row, String.join("；", e.problems().stream().map(Messages::error).toList()));
        } catch (RuntimeException e) {
            return BatchRun.Outcome.refused(row, Messages.format("transfer.saveFailed", String.valueOf(e.getMessage())));
        }
    }

    /** 批量接收: each row its own action with its own key, in order; {@code progress} gets the count done after each. */
    public List<BatchRun.Outcome<TransferRow>> receiveAll(List<TransferRow> rows, IntConsumer progress) {
        return BatchRun.run(rows, this::receiveOne, progress);
    }
}
