package org.courtdesk.server.evidence;

import java.util.List;

import org.courtdesk.model.evidence.EvidenceRules;
import org.courtdesk.server.http.ApiException;

/** EvidenceRules' violations as the API's refusal: the first decides status and detail, every code in errors. */
public final class EvidenceRefusals {

    private EvidenceRefusals() {}

    public static void refuseIfBroken(List<EvidenceRules.Violation> broken) {
        if (!broken.isEmpty()) {
            EvidenceRules.Violation first = broken.get(0);
            throw ApiException.ofAll(first.code(), first.message(),
                    broken.stream().map(EvidenceRules.Violation::code).toList());
        }
    }
}
