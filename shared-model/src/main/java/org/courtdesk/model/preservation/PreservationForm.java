package org.courtdesk.model.preservation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The applicant's preservation application (spec-004 §5 Fields), the JSON part {@code preservation} of the multipart
 * submission; each material is a file part named after its {@link PreservationMaterialType}. {@code caseNumber} for
 * 诉讼中 (the court is the case's); {@code courtCode} for 诉前 (no case yet). {@code urgent} with its reason asks for
 * the 48-hour ruling of 第103条. Amounts in yuan with at most two decimals; {@code guaranteeAmount} null with
 * {@link GuaranteeKind#NONE}.
 */
public record PreservationForm(PreservationStage stage, String caseNumber, String courtCode, boolean urgent,
                               String urgentReason, List<PreservationParty> parties, List<PropertyClue> propertyClues,
                               BigDecimal amount, GuaranteeKind guaranteeKind, BigDecimal guaranteeAmount) {

    public PreservationForm {
        amount = twoDecimals(amount);
        guaranteeAmount = twoDecimals(guaranteeAmount);
    }

    /**
     * 1234.5 and 1234.50 are the same amount in 分: written with two decimals so equal amounts compare, store and travel
     * alike (as a decimal number in JSON). An amount finer than 分 is kept as sent, for the rules to refuse.
     */
    static BigDecimal twoDecimals(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException finerThanFen) {
            return amount;
        }
    }
}
