package org.courtdesk.server.evidence.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.evidence.EvidenceDeadlineChange;
import org.courtdesk.model.evidence.EvidenceDeadlines;
import org.courtdesk.model.evidence.EvidenceRules;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.evidence.EvidenceAudit;
import org.courtdesk.server.evidence.EvidenceNotices;
import org.courtdesk.server.evidence.EvidenceRefusals;
import org.courtdesk.server.evidence.EvidenceRepository;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/**
 * 修改 of the deadlines: each changed date recorded with who, old → new and why (evidence_deadline_change and the
 * audit), every lawyer of the case told by SMS. Moves no status: the effective status follows the new dates.
 */
final class EvidenceDeadlineAction extends EvidenceStaffAction<EvidenceDeadlineChange> {

    @Override
    public String name() {
        return "EVIDENCE_DEADLINES";
    }

    @Override
    public Class<EvidenceDeadlineChange> bodyType() {
        return EvidenceDeadlineChange.class;
    }

    @Override
    public UUID idempotencyKey(EvidenceDeadlineChange b) {
        return b.idempotencyKey();
    }

    @Override
    public long baseVersion(EvidenceDeadlineChange b) {
        return b.baseVersion();
    }

    @Override
    public Optional<RequestStatus> target(EvidenceDeadlineChange b, EvidenceRepository.Stored s) {
        return Optional.empty();
    }

    @Override
    public void validate(Handle h, EvidenceDeadlineChange b, EvidenceRepository.Stored s, StaffCall call) {
        EvidenceRefusals.refuseIfBroken(EvidenceRules.checkChange(s.deadlines(), b, s.status(), call.today()));
    }

    @Override
    public Effect apply(Handle h, EvidenceDeadlineChange b, EvidenceRepository.Stored s, StaffCall call) {
        EvidenceDeadlines next = EvidenceRules.changed(s.deadlines(), b);
        List<String> lines = EvidenceRepository.changeDeadlines(h, s.id(), s.deadlines(), next, call.user().id(),
                call.instant(), b.reason());
        List<Notice> notices = new ArrayList<>();
        for (long lawyer : EvidenceRepository.lawyersOf(h, s.caseId())) {
            notices.add(new Notice(lawyer, EvidenceNotices.changed(s.caseNumber(), s.courtName(), lines, b.reason())));
        }
        return new Effect(List.of(new AuditLine(EvidenceAudit.CHANGE, String.join("；", lines) + "。理由：" + b.reason().trim())),
                notices);
    }
}
