package org.courtdesk.app.ui.evidence;

import org.courtdesk.app.workspace.OutgoingFile;
import org.courtdesk.model.evidence.EvidenceEntry;
import org.courtdesk.model.evidence.EvidenceSide;

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

    /** 修改后重发: a refused (or not yet sent) 新增 replaced by {@code body}, under the same key (see ActionChange). */
    public Outcome revise(org.courtdesk.app.workspace.PendingAction sent, EvidenceExchangeCreate body, LocalDate today) {
        List<String> problems = EvidenceRules.checkCreate(body, today).stream().map(EvidenceActions::words).toList();
        if (!problems.isEmpty()) {
            return new Outcome(false, String.join("；", problems));
        }
        try {
            workspace.reviseAction(sent.id(), body);
            return new Outcome(true, null);
        } catch (org.courtdesk.app.workspace.ActionChangeRefusedException e) {
            return new Outcome(false, Messages.get(e.messageKey()));
        } catch (RuntimeException e) {
            return new Outcome(false, Messages.format("evidence.saveFailed", String.valueOf(e.getMessage())));
        }
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

    /**
     * 纸质代传: the catalogue entry (with the side) checked by the shared rules, the file read and checked (a PDF, JPEG or
     * PNG by its content; not empty, not over the limit), then queued with the file; it joins the side's catalogue
     * marked 纸质 once the server has it.
     */
    public Outcome paper(EvidenceExchangeView v, EvidenceEntry entry, java.nio.file.Path file) {
        if (v.status() == RequestStatus.EVIDENCE_REVIEWED) {
            return new Outcome(false, Messages.error(org.courtdesk.model.api.ErrorCode.EVIDENCE_EXCHANGE_CLOSED));
        }
        List<String> problems = new java.util.ArrayList<>(EvidenceRules.checkEntry(entry).stream()
                .map(EvidenceActions::words).toList());
        if (entry != null && entry.side() == null) {
            problems.add(Messages.get("evidence.paper.side.required"));
        }
        if (entry != null && entry.side() != null && v.items().stream()
                .anyMatch(i -> i.side() == entry.side() && i.seq() == entry.seq())) {
            problems.add(Messages.error(org.courtdesk.model.api.ErrorCode.EVIDENCE_SEQ_TAKEN));
        }
        if (file == null) {
            problems.add(Messages.text(org.courtdesk.app.i18n.Text.of("outbox.file.none")));
        }
        if (!problems.isEmpty()) {
            return new Outcome(false, String.join("；", problems));
        }
        byte[] bytes;
        try {
            long max = workspace.maxFileBytes(); // the server's limit, as it last told
            if (java.nio.file.Files.size(file) > max) {
                return new Outcome(false, Messages.text(org.courtdesk.app.i18n.Text.of("outbox.file.tooLarge",
                        file.getFileName().toString(), OutgoingFile.megabytes(java.nio.file.Files.size(file)),
                        OutgoingFile.megabytes(max))));
            }
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            return new Outcome(false, Messages.format("evidence.paper.unreadable", file.getFileName()));
        }
        String type = OutgoingFile.contentTypeOf(bytes);
        if (type == null && bytes.length > 0) {
            return new Outcome(false, Messages.format("evidence.paper.type", file.getFileName()));
        }
        try {
            workspace.saveUpload(RequestRef.of(RequestKind.EVIDENCE_EXCHANGE, v.id()), EvidenceOps.PAPER, entry,
                    List.of(new OutgoingFile(EvidenceOps.PAPER_FILE, file.getFileName().toString(), type, bytes)));
            return new Outcome(true, null);
        } catch (org.courtdesk.app.workspace.FileRejectedException e) {
            return new Outcome(false, Messages.text(e.text()));
        } catch (DecisionRejectedException e) {
            return new Outcome(false, String.join("；", e.problems().stream().map(Messages::error).toList()));
        } catch (RuntimeException e) {
            return new Outcome(false, Messages.format("evidence.saveFailed", String.valueOf(e.getMessage())));
        }
    }

    /** The next free 序号 of a side's catalogue (what the 纸质代传 form proposes), counting queued paper evidence too. */
    public static int nextSeq(EvidenceExchangeView v, EvidenceSide side, List<EvidenceEntry> queued) {
        int max = 0;
        for (var i : v.items()) {
            if (i.side() == side) {
                max = Math.max(max, i.seq());
            }
        }
        for (EvidenceEntry e : queued) {
            if (e.side() == side) {
                max = Math.max(max, e.seq());
            }
        }
        return max + 1;
    }

    /** Sends a refused 纸质代传 again as saved (same key and file). */
    public boolean retry(long actionId) {
        return workspace.retryAction(actionId);
    }

    /** Drops a queued or refused 纸质代传 and its file. */
    public void discard(long actionId) {
        workspace.discardAction(actionId);
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
