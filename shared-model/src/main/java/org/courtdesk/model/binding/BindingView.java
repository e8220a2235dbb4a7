package org.courtdesk.model.binding;

import java.time.Instant;
import java.util.List;

import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A 案件绑定申请 as both sides see it (spec-004 §8 Fields). The lawyer's 律所 and 执业证号 are as the form gave them;
 * {@code applicantPhone} is the 手机号 the SMS goes to. {@code reviewerName}, {@code decidedAt} are null while
 * 待审核; {@code rejectionReason} only for 审核不通过; {@code audit} only in detail responses. In JSON it carries
 * {@code "kind": "CASE_BINDING"}.
 */
@JsonTypeName("CASE_BINDING")
public record BindingView(
        long id,
        String applicationNo,
        String courtCode,
        String courtName,
        String caseNumber,
        String caseTitle,
        long applicantId,
        String applicantName,
        String applicantPhone,
        Instant submittedAt,
        BindingPartyRole partyRole,
        String partyName,
        String licenceNo,
        String lawFirm,
        BindingAuthority authority,
        RequestStatus status,
        long version,
        String judgeName,
        String reviewerName,
        Instant decidedAt,
        String rejectionReason,
        List<BindingMaterialRef> materials,
        List<AuditEntry> audit) implements RequestView {

    @Override
    public RequestKind kind() {
        return RequestKind.CASE_BINDING;
    }
}
