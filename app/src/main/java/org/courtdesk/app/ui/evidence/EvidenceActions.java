package org.courtdesk.app.ui.evidence;

import java.time.LocalDate;
import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.workspace.DecisionRejectedException;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.evidence.EvidenceDeadlineChange;
import org.courtdesk.model.evidence.EvidenceExchangeCreate;
import org.courtdesk.model.evidence.EvidenceExchangeView;
import org.courtdesk.model.evidence.EvidenceReview;
import org.courtdesk.model.evidence.EvidenceRules;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/**
 * The judge's 证据交换 operations without controls: the shared rules, then the outbox (a 新增 through
 * {@link Workspace#saveCreation}, 修改 and 审查 through {@link Workspace#saveAction}), so each works offline and is sent
 * once. May block: callers run it off the FX thread.
 */
public final class EvidenceActions {

    /** What became of an operation: saved, or why not (in the user's language). */
    public record Outcome(boolean saved, String problem) {}

    private final Workspace workspace;

    public EvidenceActions(Workspace workspace) {
        this.workspace = workspace;
    }

    public Outcome create(EvidenceExchangeCreate body, LocalDate today) {
        List<String> problems = EvidenceRules.checkCreate(body, today).stream().map(EvidenceActions::words).toList();
        if (!problems.isEmpty()) {
            return new Outcome(false, String.join("；", problems));
        }
        try {
            workspace.saveCreation(RequestKind.EVIDENCE_EXCHANGE, EvidenceOps.CREATE, body);
            return new Outcome(true, null);
        } catch (RuntimeException e) {
            return new Outcome(false, Messages.format("evidence.saveFailed", String.valueOf(e.getMessage())));
        }
    }

    public Outcome changeDeadlines(EvidenceExchangeView v, EvidenceDeadlineChange change, LocalDate today) {
        List<String> problems = EvidenceRules.checkChange(v.deadlines(), change, v.status(), today).stream()
                .map(EvidenceActions::words).toList();
        if (!problems.isEmpty()) {
            return new Outcome(false, String.join("；", problems));
        }
        return save(v, EvidenceOps.DEADLINES, change);
    }

    public Outcome review(EvidenceExchangeView v, String opinion) {
        if (v.status() == RequestStatus.EVIDENCE_REVIEWED) {
            return new Outcome(false, Messages.error(org.courtdesk.model.api.ErrorCode.EVIDENCE_EXCHANGE_CLOSED));
        }
        List<String> problems = EvidenceRules.checkReview(opinion).stream().map(EvidenceActions::words).toList();
        if (!problems.isEmpty()) {
            return new Outcome(false, String.join("；", problems));
        }
        return save(v, EvidenceOps.REVIEW, new EvidenceReview(null, 0, opinion.trim()));
    }

    private Outcome save(EvidenceExchangeView v, org.courtdesk.app.workspace.StaffOp op, Object body) {
        try {
            workspace.saveAction(RequestRef.of(RequestKind.EVIDENCE_EXCHANGE, v.id()), op, body);
            return new Outcome(true, null);
        } catch (DecisionRejectedException e) {
            return new Outcome(false, String.join("；", e.problems().stream().map(Messages::error).toList()));
        } catch (RuntimeException e) {
            return new Outcome(false, Messages.format("evidence.saveFailed", String.valueOf(e.getMessage())));
        }
    }

    /** A rule's words: the rules' own Chinese detail in Chinese, the code's bundle sentence otherwise. */
    static String words(EvidenceRules.Violation v) {
        return Messages.locale().getLanguage().equals("zh") ? v.message() : Messages.error(v.code());
    }
}
