package org.courtdesk.model.adjournment;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A 延期开庭申请 as both sides see it (spec-004 §4): the hearing as it stands now ({@code hearing}; an approval moves
 * it), the hearing time the request was made for ({@code requestedHearingAt}), the 延期原因 and materials, and the
 * decision ({@code review}, null while 待审查). The time left before the hearing is not carried: each side computes it
 * for its own now ({@link AdjournmentRules#timeLimit}). {@code audit} only in detail responses.
 */
@JsonTypeName("ADJOURNMENT")
public record AdjournmentView(
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
        AdjournmentHearing hearing,
        LocalDateTime requestedHearingAt,
        String reason,
        RequestStatus status,
        long version,
        String judgeName,
        AdjournmentReview review,
        List<AdjournmentMaterialRef> materials,
        List<AuditEntry> audit) implements RequestView {

    @Override
    public RequestKind kind() {
        return RequestKind.ADJOURNMENT;
    }
}
