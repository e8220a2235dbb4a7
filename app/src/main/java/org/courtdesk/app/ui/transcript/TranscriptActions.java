package org.courtdesk.app.ui.transcript;

import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.workspace.DecisionRejectedException;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.transcript.TranscriptDecision;
import org.courtdesk.model.transcript.TranscriptRules;

/**
 * The answer to a 申请补正 without controls: checked with the shared rules, then saved to the outbox through
 * {@link Workspace#saveAction} (fresh key and base version). May block: callers run it off the FX thread.
 */
public final class TranscriptActions {

    /** Saved, or the problems in the user's language. */
    public record Outcome(boolean saved, List<String> problems) {}

    private final Workspace workspace;

    public TranscriptActions(Workspace workspace) {
        this.workspace = workspace;
    }

    public static List<String> problems(boolean agree, String reason) {
        return TranscriptRules.checkDecision(agree, reason).stream().map(v -> Messages.error(v.code())).toList();
    }

    public Outcome answer(TranscriptRow row, boolean agree, String reason) {
        if (!row.answerable()) {
            return new Outcome(false, List.of(Messages.format("transcript.notAnswerable",
                    Messages.status(row.shownStatus()))));
        }
        List<String> problems = problems(agree, reason);
        if (!problems.isEmpty()) {
            return new Outcome(false, problems);
        }
        try {
            workspace.saveAction(row.ref(), TranscriptOps.DECIDE, new TranscriptDecision(null, 0, agree,
                    reason == null || reason.isBlank() ? null : reason.trim()));
            return new Outcome(true, List.of());
        } catch (DecisionRejectedException e) {
            return new Outcome(false, e.problems().stream().map(Messages::error).toList());
        } catch (RuntimeException e) {
            return new Outcome(false, List.of(Messages.format("transcript.saveFailed", String.valueOf(e.getMessage()))));
        }
    }
}
