package org.courtdesk.model.evidence;

import java.time.LocalDate;

/**
 * An exchange's time limits: the 举证期限 of each side (the third party's null = the defendant's) and the 质证期限.
 */
public record EvidenceDeadlines(LocalDate plaintiff, LocalDate defendant, LocalDate thirdParty, LocalDate crossExamination) {

    /** The 举证期限 of {@code side}. */
    public LocalDate evidence(EvidenceSide side) {
        return switch (side) {
            case PLAINTIFF -> plaintiff;
            case DEFENDANT -> defendant;
            case THIRD_PARTY -> thirdParty != null ? thirdParty : defendant;
        };
    }

    /** The last 举证期限 of any side: after it the exchange is in 质证. */
    public LocalDate lastEvidence() {
        LocalDate last = plaintiff;
        for (LocalDate d : new LocalDate[] {defendant, thirdParty}) {
            if (d != null && (last == null || d.isAfter(last))) {
                last = d;
            }
        }
        return last;
    }

    /** Whether the two sides' 举证期限 differ (the catalogue shows one date otherwise). */
    public boolean perSide() {
        return !plaintiff.equals(defendant) || (thirdParty != null && !thirdParty.equals(defendant));
    }
}
