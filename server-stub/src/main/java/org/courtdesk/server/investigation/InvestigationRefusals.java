package org.courtdesk.server.investigation;

import java.util.List;

import org.courtdesk.model.investigation.InvestigationRules;
import org.courtdesk.server.http.ApiException;

/** InvestigationRules' violations as the API's refusal: the first decides status and detail, every code in errors. */
public final class InvestigationRefusals {

    private InvestigationRefusals() {}

    public static void refuseIfBroken(List<InvestigationRules.Violation> broken) {
        if (!broken.isEmpty()) {
            InvestigationRules.Violation first = broken.get(0);
            throw ApiException.ofAll(first.code(), first.message(),
                    broken.stream().map(InvestigationRules.Violation::code).toList());
        }
    }
}
