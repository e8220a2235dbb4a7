package org.courtdesk.model.investigation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A 调查令 application as both sides see it (spec-004 §6). {@code applicantName} and {@code lawFirm} are the lawyer who
 * will hold the order. {@code evidenceDeadline} is the case's 举证期限 (null when the case has none);
 * {@code decisionDays} the court's setting for the decision period, from which each side computes the due day
 * ({@link InvestigationRules#dueDate}). {@code decision} is null while 提交/待处理; {@code audit} only in detail responses.
 */
@JsonTypeName("INVESTIGATION_ORDER")
public record InvestigationView(
        long id,
        String applicationNo,
        String caseNumber,
        String courtCode,
        String courtName,
        long applicantId,
        String applicantName,
        String lawFirm,
        Instant submittedAt,
        String subject,
        String subjectAddress,
        String evidence,
        String factToProve,
        String reasonUnobtainable,
        LocalDate evidenceDeadline,
        int decisionDays,
        RequestStatus status,
        long version,
        String judgeName,
        InvestigationDecision decision,
        List<InvestigationMaterialRef> materials,
        List<AuditEntry> audit) implements RequestView {

    @Override
    public RequestKind kind() {
        return RequestKind.INVESTIGATION_ORDER;
    }
}
