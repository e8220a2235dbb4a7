package org.courtdesk.server.preservation.judge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.preservation.PreservationReturn;
import org.courtdesk.model.preservation.PreservationRules;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.preservation.PreservationAudit;
import org.courtdesk.server.preservation.PreservationNotices;
import org.courtdesk.server.preservation.PreservationRefusals;
import org.courtdesk.server.preservation.PreservationRepository;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/** 退回: 提交/待处理 → 退回, with the reason, which the applicant gets by SMS. */
final class PreservationReturnAction extends PreservationStaffAction<PreservationReturn> {

    @Override
    public String name() {
        return "PRESERVATION_RETURN";
    }

    @Override
    public Class<PreservationReturn> bodyType() {
        return PreservationReturn.class;
    }

    @Override
    public UUID idempotencyKey(PreservationReturn b) {
        return b.idempotencyKey();
    }

    @Override
    public long baseVersion(PreservationReturn b) {
        return b.baseVersion();
    }

    @Override
    public Optional<RequestStatus> target(PreservationReturn b, PreservationRepository.Stored s) {
        return Optional.of(RequestStatus.RETURNED);
    }

    @Override
    public void validate(Handle h, PreservationReturn b, PreservationRepository.Stored s, StaffCall call) {
        PreservationRefusals.refuseIfBroken(PreservationRules.checkReturn(b.reason()));
    }

    @Override
    public Effect apply(Handle h, PreservationReturn b, PreservationRepository.Stored s, StaffCall call) {
        String reason = b.reason().trim();
        PreservationRepository.decide(h, s.id(), call.user().id(), call.instant(), reason, null);
        return new Effect(List.of(new AuditLine(PreservationAudit.RETURN, "退回理由：" + reason)),
                List.of(new Notice(s.applicantId(),
                        PreservationNotices.returned(s.applicationNo(), s.caseNumber(), s.courtName(), reason))));
    }
}
