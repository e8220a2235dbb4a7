package org.courtdesk.model.filing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The applicant's online filing (spec-004 §2 Fields): the court, the parties, 案由, 诉讼请求, 事实与理由 and 标的额 in
 * yuan (0 when nothing is claimed in money). Sent as the JSON part {@code filing} of the multipart submission; each
 * material is a file part named after its {@link FilingMaterialType}.
 */
public record FilingForm(String courtCode, List<FilingParty> parties, String causeOfAction, String claims,
                         String factsAndReasons, BigDecimal amountInDispute) {

    public FilingForm {
        amountInDispute = FilingForm.twoDecimals(amountInDispute);
    }

    /**
     * 1234.5, 1234.50 and 1E+3 are amounts in 分: written with two decimals so equal amounts compare and store alike.
     * An amount finer than 分 is kept as sent, for {@link FilingRules#checkForm} to refuse rather than round.
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
