package org.courtdesk.server.adjournment;

import java.util.List;

import org.courtdesk.model.adjournment.AdjournmentRules;
import org.courtdesk.server.http.ApiException;

/** AdjournmentRules' violations as the API's refusal: the first decides status and detail, every code goes in errors. */
public final class AdjournmentRefusals {

    private AdjournmentRefusals() {}

    public static void refuseIfBroken(List<AdjournmentRules.Violation> broken) {
        if (!broken.isEmpty()) {
            AdjournmentRules.Violation first = broken.get(0);
            throw ApiException.ofAll(first.code(), first.message(),
                    broken.stream().map(AdjournmentRules.Violation::code).toList());
        }
    }
}
