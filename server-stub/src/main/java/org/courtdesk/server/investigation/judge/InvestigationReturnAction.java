package org.courtdesk.server.investigation.judge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.investigation.InvestigationReturn;
import org.courtdesk.model.investigation.InvestigationRules;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.investigation.InvestigationAudit;
import org.courtdesk.server.investigation.InvestigationNotices;
import org.courtdesk.server.investigation.InvestigationRefusals;
import org.courtdesk.server.investigation.InvestigationRepository;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/** 退回: 提交/待处理 → 退回 with the reason, which the lawyer gets by SMS. */
final class InvestigationReturnAction extends InvestigationStaffAction<InvestigationReturn> {

    @Override
    public String name() {
        return "INVESTIGATION_RETURN";
    }

    @Override
    public Class<InvestigationReturn> bodyType() {
        return InvestigationReturn.class;
    }

    @Override
    public UUID idempotencyKey(InvestigationReturn b) {
        return b.idempotencyKey();
    }

    @Override
    public long baseVersion(InvestigationReturn b) {
        return b.baseVersion();
    }

    @Override
    public Optional<RequestStatus> target(InvestigationReturn b, InvestigationRepository.Stored s) {
        return Optional.of(RequestStatus.RETURNED);
    }

    @Override
    public void validate(Handle h, InvestigationReturn b, InvestigationRepository.Stored s, StaffCall call) {
        InvestigationRefusals.refuseIfBroken(InvestigationRules.checkReturn(b.reason()));
    }

    @Override
    public Effect apply(Handle h, InvestigationReturn b, InvestigationRepository.Stored s, StaffCall call) {
        String reason = b.reason().trim();
        InvestigationRepository.returned(h, s.id(), call.user().id(), call.instant(), reason);
        return new Effect(List.of(new AuditLine(InvestigationAudit.RETURN, "退回理由：" + reason)),
                List.of(new Notice(s.applicantId(),
                        InvestigationNotices.returned(s.applicationNo(), s.caseNumber(), s.courtName(), reason))));
    }
}
