package org.courtdesk.server.filing.judge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.filing.FilingOpinionSave;
import org.courtdesk.model.filing.FilingRules;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.filing.FilingAudit;
import org.courtdesk.server.filing.FilingRefusals;
import org.courtdesk.server.filing.FilingRepository;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/** 审查 step 1: save the 审查意见及理由 (only while 收; no status move, no SMS). */
final class FilingOpinionAction extends FilingStaffAction<FilingOpinionSave> {

    @Override
    public String name() {
        return "FILING_OPINION";
    }

    @Override
    public Class<FilingOpinionSave> bodyType() {
        return FilingOpinionSave.class;
    }

    @Override
    public UUID idempotencyKey(FilingOpinionSave b) {
        return b.idempotencyKey();
    }

    @Override
    public long baseVersion(FilingOpinionSave b) {
        return b.baseVersion();
    }

    @Override
    public Optional<RequestStatus> target(FilingOpinionSave b, FilingRepository.Stored s) {
        return Optional.empty();
    }

    @Override
    public void validate(Handle h, FilingOpinionSave b, FilingRepository.Stored s, StaffCall call) {
        requireReviewer(s, call);
        FilingRefusals.refuseIfBroken(FilingRules.checkOpinion(b, s.status()));
    }

    @Override
    public Effect apply(Handle h, FilingOpinionSave b, FilingRepository.Stored s, StaffCall call) {
        FilingRepository.saveOpinion(h, s.id(), call.user().id(), b.opinion(), call.instant());
        return new Effect(List.of(new AuditLine(FilingAudit.OPINION, "审查意见及理由：" + b.opinion().trim())), List.of());
    }
}
