package org.courtdesk.model.evidence;

import java.time.Instant;
import java.util.List;

import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * An evidence exchange (证据交换, spec-004 §7) as the judge and the parties' lawyers see it. {@code applicantName} is the
 * judge who made it (a judge-created kind); {@code status} is the effective one (举证中 turns 质证中 once the last
 * 举证期限 has passed, {@link EvidenceRules#effectiveStatus}). Items are in catalogue order (side, 序号).
 * {@code audit} only in detail responses and the feed.
 */
@JsonTypeName("EVIDENCE_EXCHANGE")
public record EvidenceExchangeView(
        long id,
        String applicationNo,
        String caseNumber,
        String caseTitle,
        String courtCode,
        String courtName,
        long applicantId,
        String applicantName,
        Instant submittedAt,
        EvidenceProcedure procedure,
        EvidenceDeadlines deadlines,
        java.time.LocalDate exchangeDay,
        RequestStatus status,
        long version,
        String judgeName,
        List<String> plaintiffs,
        List<String> defendants,
        List<EvidenceItem> items,
        List<DeadlineChange> deadlineChanges,
        EvidenceReviewRecord review,
        List<AuditEntry> audit) implements org.courtdesk.model.api.RequestView {

    @Override
    public RequestKind kind() {
        return RequestKind.EVIDENCE_EXCHANGE;
    }

    /** The catalogue of one pane: the plaintiff's (left), or the defendant's and third party's (right). */
    public List<EvidenceItem> catalogue(boolean left) {
        return items == null ? List.of() : items.stream().filter(i -> i.side().left() == left).toList();
    }
}
