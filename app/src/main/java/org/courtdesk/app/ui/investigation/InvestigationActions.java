package org.courtdesk.app.ui.investigation;

import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.workspace.DecisionRejectedException;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.investigation.InvestigationIssue;
import org.courtdesk.model.investigation.InvestigationReturn;
import org.courtdesk.model.investigation.InvestigationRules;

/**
 * The decisions of the 调查令 queue without controls: the shared rules, then the outbox ({@link Workspace#saveAction}).
 * May block: callers run it off the FX thread.
 */
public final class InvestigationActions {

    /** What became of a decision: saved, or why not. */
    public record Outcome(boolean saved, String problem) {}

    private final Workspace workspace;

    public InvestigationActions(Workspace workspace) {
        this.workspace = workspace;
    }

    public static List<String> returnProblems(String reason) {
        return InvestigationRules.checkReturn(reason).stream().map(v -> Messages.error(v.code())).toList();
    }

    public Outcome returnOne(InvestigationRow row, String reason) {
        List<String> problems = returnProblems(reason);
        if (!problems.isEmpty()) {
            return new Outcome(false, String.join("；", problems));
        }
        return save(row, () -> workspace.saveAction(row.ref(), InvestigationOps.RETURN,
                new InvestigationReturn(null, 0, reason.trim())));
    }

    /** 接收: the server issues the order (number, validity, PDF) when the action arrives. */
    public Outcome issue(InvestigationRow row) {
        return save(row, () -> workspace.saveAction(row.ref(), InvestigationOps.ISSUE, new InvestigationIssue(null, 0)));
    }

    private interface Save {
        void run() throws DecisionRejectedException;
    }

    private static Outcome save(InvestigationRow row, Save save) {
        if (!row.decidable()) {
            return new Outcome(false, Messages.format("investigation.notDecidable", Messages.status(row.shownStatus())));
        }
        try {
            save.run();
            return new Outcome(true, null);
        } catch (DecisionRejectedException e) {
            return new Outcome(false, String.join("；", e.problems().stream().map(Messages::error).toList()));
        } catch (RuntimeException e) {
            return new Outcome(false, Messages.format("investigation.saveFailed", String.valueOf(e.getMessage())));
        }
    }
}
