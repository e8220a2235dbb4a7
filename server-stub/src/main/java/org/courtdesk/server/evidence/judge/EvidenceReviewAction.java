package org.courtdesk.server.evidence.judge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.evidence.EvidenceReview;
import org.courtdesk.model.evidence.EvidenceRules;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.evidence.EvidenceAudit;
import org.courtdesk.server.evidence.EvidenceRefusals;
import org.courtdesk.server.evidence.EvidenceRepository;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/** 审查: the judge's review opinion; 举证中 or 质证中 → 已审查, after which nothing more is submitted to the exchange. */
final class EvidenceReviewAction extends EvidenceStaffAction<EvidenceReview> {

    @Override
    public String name() {
        return "EVIDENCE_REVIEW";
    }

    @Override
    public Class<EvidenceReview> bodyType() {
        return EvidenceReview.class;
    }

    @Override
    public UUID idempotencyKey(EvidenceReview b) {
        return b.idempotencyKey();
    }

    @Override
    public long baseVersion(EvidenceReview b) {
        return b.baseVersion();
    }

    @Override
    public Optional<RequestStatus> target(EvidenceReview b, EvidenceRepository.Stored s) {
        return Optional.of(RequestStatus.EVIDENCE_REVIEWED);
    }

    @Override
    public void validate(Handle h, EvidenceReview b, EvidenceRepository.Stored s, StaffCall call) {
        EvidenceRefusals.refuseIfBroken(EvidenceRules.checkReview(b.opinion()));
    }

    @Override
    public Effect apply(Handle h, EvidenceReview b, EvidenceRepository.Stored s, StaffCall call) {
        EvidenceRepository.reviewed(h, s.id(), call.user().id(), call.instant(), b.opinion());
        return new Effect(List.of(new AuditLine(EvidenceAudit.REVIEW, b.opinion().trim())), List.of());
    }
}
