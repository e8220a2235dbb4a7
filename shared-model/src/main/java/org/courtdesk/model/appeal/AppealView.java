package org.courtdesk.model.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * An appeal (提起上诉, spec-004 §3) as both sides see it. {@code specialAuthorityMissing}: filed by a lawyer whose
 * authorisation for the appellant (case_agent.authority) is not 特别授权 — flagged to the judge, not refused (民事诉讼法
 * 第62条: an agent files an appeal only with special authorisation). The appeal period and the next steps are not
 * carried: each side computes them ({@link AppealRules}). {@code audit} only in detail responses.
 */
@JsonTypeName("APPEAL")
public record AppealView(
        long id,
        String applicationNo,
        String caseNumber,
        String caseTitle,
        String courtCode,
        String courtName,
        long applicantId,
        String applicantName,
        Role applicantRole,
        Instant submittedAt,
        AppealParty appellant,
        List<AppealParty> appellees,
        DecisionType decisionType,
        LocalDate servedOn,
        String claims,
        String reasons,
        boolean specialAuthorityMissing,
        RequestStatus status,
        long version,
        String judgeName,
        AppealReview review,
        List<AppealMaterialRef> materials,
        List<AuditEntry> audit) implements RequestView {

    @Override
    public RequestKind kind() {
        return RequestKind.APPEAL;
    }
}
