package org.courtdesk.model.filing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A 网上立案 as both sides see it (spec-004 §2 Fields). {@code applicationNo} is the 流水号 (the list's link to the
 * detail, fig. 180); {@code caseNumber} is the 案号, null until 立. {@code lastSupplementAt} restarts the 7-day limit
 * ({@link FilingRules#timeLimit}), which each side computes for its own today rather than carrying a stale count.
 * {@code review} is null until an opinion was saved; {@code filedAt} (收案) null until 立; {@code audit} only in
 * detail responses. In JSON it carries {@code "kind": "ONLINE_FILING"} ({@link RequestView}).
 */
@JsonTypeName("ONLINE_FILING")
public record FilingView(
        long id,
        String applicationNo,
        String caseNumber,
        String courtCode,
        String courtName,
        long applicantId,
        String applicantName,
        Role applicantRole,
        Instant submittedAt,
        Instant lastSupplementAt,
        List<FilingParty> parties,
        String causeOfAction,
        String claims,
        String factsAndReasons,
        BigDecimal amountInDispute,
        RequestStatus status,
        long version,
        String judgeName,
        FilingReview review,
        Instant filedAt,
        List<FilingMaterialRef> materials,
        List<FilingMessage> messages,
        List<AuditEntry> audit) implements RequestView {

    public FilingView {
        amountInDispute = FilingForm.twoDecimals(amountInDispute);
    }

    @Override
    public RequestKind kind() {
        return RequestKind.ONLINE_FILING;
    }

    /** 流水号: this kind's name for its application number. */
    public String serialNo() {
        return applicationNo;
    }
}
