package org.courtdesk.server.preservation;

import java.util.List;

import org.courtdesk.model.preservation.PreservationRules;
import org.courtdesk.server.http.ApiException;

/** PreservationRules' violations as the API's refusal: the first decides status and detail, every code goes in errors. */
public final class PreservationRefusals {

    private PreservationRefusals() {}

    public static void refuseIfBroken(List<PreservationRules.Violation> broken) {
        if (!broken.isEmpty()) {
            PreservationRules.Violation first = broken.get(0);
            throw ApiException.ofAll(first.code(), first.message(),
                    broken.stream().map(PreservationRules.Violation::code).toList());
        }
    }
}
