package org.courtdesk.server.investigation.judge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.investigation.InvestigationIssue;
import org.courtdesk.model.investigation.InvestigationRules;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.investigation.InvestigationAudit;
import org.courtdesk.server.investigation.InvestigationNotices;
import org.courtdesk.server.investigation.InvestigationOrderPdf;
import org.courtdesk.server.investigation.InvestigationRepository;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/**
 * 接收: 提交/待处理 → 已接收, issuing the order: the court's next number of the year, valid from today for the court's
 * validity days, written as a PDF (stored like a material) and sent to the lawyer by SMS with number and validity.
 */
final class InvestigationIssueAction extends InvestigationStaffAction<InvestigationIssue> {

    @Override
    public String name() {
        return "INVESTIGATION_ISSUE";
    }

    @Override
    public Class<InvestigationIssue> bodyType() {
        return InvestigationIssue.class;
    }

    @Override
    public UUID idempotencyKey(InvestigationIssue b) {
        return b.idempotencyKey();
    }

    @Override
    public long baseVersion(InvestigationIssue b) {
        return b.baseVersion();
    }

    @Override
    public Optional<RequestStatus> target(InvestigationIssue b, InvestigationRepository.Stored s) {
        return Optional.of(RequestStatus.ACCEPTED);
    }

    @Override
    public void validate(Handle h, InvestigationIssue b, InvestigationRepository.Stored s, StaffCall call) {
        // nothing beyond the transition: the order's contents are the application's
    }

    @Override
    public Effect apply(Handle h, InvestigationIssue b, InvestigationRepository.Stored s, StaffCall call) {
        LocalDate today = call.today();
        int serial = InvestigationRepository.nextOrderSerial(h, s.courtCode(), today.getYear());
        String orderNo = InvestigationRules.orderNo(today.getYear(), s.courtCode(), serial);
        LocalDate validUntil = InvestigationRules.validUntil(today, s.validityDays());
        String judge = call.user().account().displayName();
        byte[] pdf = InvestigationOrderPdf.write(s, orderNo, today, validUntil, judge);
        InvestigationRepository.issued(h, s.id(), call.user().id(), call.instant(), today.getYear(), serial, orderNo,
                today, validUntil, pdf);
        return new Effect(List.of(new AuditLine(InvestigationAudit.ISSUE, "调查令" + orderNo + "，有效期至" + validUntil)),
                List.of(new Notice(s.applicantId(), InvestigationNotices.issued(s.applicationNo(), s.caseNumber(),
                        s.courtName(), orderNo, validUntil))));
    }
}
