package org.courtdesk.server.preservation.judge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.preservation.PreservationAccept;
import org.courtdesk.model.preservation.PreservationRules;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.preservation.PreservationAudit;
import org.courtdesk.server.preservation.PreservationNotices;
import org.courtdesk.server.preservation.PreservationRefusals;
import org.courtdesk.server.preservation.PreservationRepository;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/**
 * 接收: 提交/待处理 → 已接收, recording when (the ruling limit's end) and, if given, the 保全裁定's reference; the
 * applicant gets an SMS.
 */
final class PreservationAcceptAction extends PreservationStaffAction<PreservationAccept> {

    @Override
    public String name() {
        return "PRESERVATION_ACCEPT";
    }

    @Override
    public Class<PreservationAccept> bodyType() {
        return PreservationAccept.class;
    }

    @Override
    public UUID idempotencyKey(PreservationAccept b) {
        return b.idempotencyKey();
    }

    @Override
    public long baseVersion(PreservationAccept b) {
        return b.baseVersion();
    }

    @Override
    public Optional<RequestStatus> target(PreservationAccept b, PreservationRepository.Stored s) {
        return Optional.of(RequestStatus.ACCEPTED);
    }

    @Override
    public void validate(Handle h, PreservationAccept b, PreservationRepository.Stored s, StaffCall call) {
        PreservationRefusals.refuseIfBroken(PreservationRules.checkAccept(b.rulingReference()));
    }

    @Override
    public Effect apply(Handle h, PreservationAccept b, PreservationRepository.Stored s, StaffCall call) {
        String ref = b.rulingReference() == null || b.rulingReference().isBlank() ? null : b.rulingReference().trim();
        PreservationRepository.decide(h, s.id(), call.user().id(), call.instant(), null, ref);
        return new Effect(List.of(new AuditLine(PreservationAudit.ACCEPT, ref == null ? "已接收" : "已接收，保全裁定文号：" + ref)),
                List.of(new Notice(s.applicantId(),
                        PreservationNotices.accepted(s.applicationNo(), s.caseNumber(), s.courtName(), ref))));
    }
}
