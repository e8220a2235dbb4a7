package org.courtdesk.model.preservation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A 诉讼保全 application as both sides see it (spec-004 §5 Fields). {@code caseNumber} is null for a 诉前 application
 * (no case yet). The time limit is not carried: each side computes it for its own now from {@code submittedAt},
 * {@code stage} and {@code urgent} ({@link PreservationRules#timeLimit}). {@code decision} is null while 提交/待处理;
 * {@code audit} only in detail responses. In JSON it carries {@code "kind": "PRESERVATION"}.
 */
@JsonTypeName("PRESERVATION")
public record PreservationView(
        long id,
        String applicationNo,
        String caseNumber,
        String courtCode,
        String courtName,
        long applicantId,
        String applicantName,
        Instant submittedAt,
        PreservationStage stage,
        boolean urgent,
        String urgentReason,
        List<PreservationParty> parties,
        List<PropertyClue> propertyClues,
        BigDecimal amount,
        GuaranteeKind guaranteeKind,
        BigDecimal guaranteeAmount,
        RequestStatus status,
        long version,
        String judgeName,
        PreservationDecision decision,
        List<PreservationMaterialRef> materials,
        List<AuditEntry> audit) implements RequestView {

    public PreservationView {
        amount = PreservationForm.twoDecimals(amount);
        guaranteeAmount = PreservationForm.twoDecimals(guaranteeAmount);
    }

    @Override
    public RequestKind kind() {
        return RequestKind.PRESERVATION;
    }

    /** The names of one side, joined: 张三、李四. */
    public String names(PreservationPartyRole role) {
        return parties == null ? "" : String.join("、", parties.stream().filter(p -> p.role() == role)
                .map(PreservationParty::name).toList());
    }
}
