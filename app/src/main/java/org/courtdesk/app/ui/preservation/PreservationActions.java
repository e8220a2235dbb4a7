package org.courtdesk.app.ui.preservation;

import java.util.List;
import java.util.function.IntConsumer;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.batch.BatchRun;
import org.courtdesk.app.workspace.DecisionRejectedException;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.preservation.PreservationAccept;
import org.courtdesk.model.preservation.PreservationReturn;
import org.courtdesk.model.preservation.PreservationRules;

/**
 * The decisions of the 诉讼保全 queue without controls: checks with the shared rules, then saves to the outbox through
 * {@link Workspace#saveAction} (a fresh key and base version each). Every method may block: callers run it off the FX
 * thread. Batch 接收 saves each selected application as its own action, one after the other, and reports per row.
 */
public final class PreservationActions {

    /** What became of one row: saved, or why not (the kind-neutral batch outcome). */
    private final Workspace workspace;

    public PreservationActions(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The rule problems of a 退回 reason, as the bundle words them; empty = may be saved. */
    public static List<String> returnProblems(String reason) {
        return PreservationRules.checkReturn(reason).stream().map(v -> Messages.error(v.code())).toList();
    }

    /** The rule problems of a 接收's ruling reference; empty = may be saved. */
    public static List<String> acceptProblems(String rulingReference) {
        return PreservationRules.checkAccept(rulingReference).stream().map(v -> Messages.error(v.code())).toList();
    }

    /** 退回 with the reason; the outcome says why not when the rules or the row refuse it. */
    public BatchRun.Outcome<PreservationRow> returnOne(PreservationRow row, String reason) {
        List<String> problems = returnProblems(reason);
        if (!problems.isEmpty()) {
            return BatchRun.Outcome.refused(row, String.join("；", problems));
        }
        return save(row, () -> workspace.saveAction(row.ref(), PreservationOps.RETURN,
                new PreservationReturn(null, 0, reason.trim())));
    }

    /** 接收, with the ruling's reference if one is given. */
    public BatchRun.Outcome<PreservationRow> acceptOne(PreservationRow row, String rulingReference) {
        List<String> problems = acceptProblems(rulingReference);
        if (!problems.isEmpty()) {
            return BatchRun.Outcome.refused(row, String.join("；", problems));
        }
        String ref = rulingReference == null || rulingReference.isBlank() ? null : rulingReference.trim();
        return save(row, () -> workspace.saveAction(row.ref(), PreservationOps.ACCEPT, new PreservationAccept(null, 0, ref)));
    }

    /**
     * 批量接收: each row its own action with its own key, in order; {@code progress} gets the count done after each.
     * A row that is not waiting, or that the workspace refuses, is reported and the others go on.
     */
    public List<BatchRun.Outcome<PreservationRow>> acceptAll(List<PreservationRow> rows, IntConsumer progress) {
        return BatchRun.run(rows, row -> acceptOne(row, null), progress);
    }

    private interface Save {
        void run() throws DecisionRejectedException;
    }

    private static BatchRun.Outcome<PreservationRow> save(PreservationRow row, Save save) {
        if (!row.decidable()) {
            return BatchRun.Outcome.refused(row, Messages.format("preservation.notDecidable", Messages.status(row.shownStatus())));
        }
        try {
            save.run();
            return BatchRun.Outcome.ok(row);
        } catch (DecisionRejectedException e) {
            return BatchRun.Outcome.refused(row, String.join("；", e.problems().stream().map(Messages::error).toList()));
        } catch (RuntimeException e) {
            return BatchRun.Outcome.refused(row, Messages.format("preservation.saveFailed", String.valueOf(e.getMessage())));
        }
    }
}
