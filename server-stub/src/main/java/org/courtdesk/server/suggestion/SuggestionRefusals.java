package org.courtdesk.server.suggestion;

import java.util.List;

import org.courtdesk.model.suggestion.SuggestionRules;
import org.courtdesk.server.http.ApiException;

/** SuggestionRules' violations as the API's refusal: the first decides status and detail, every code goes in errors. */
public final class SuggestionRefusals {

    private SuggestionRefusals() {}

    public static void refuseIfBroken(List<SuggestionRules.Violation> broken) {
        if (!broken.isEmpty()) {
            SuggestionRules.Violation first = broken.get(0);
            throw ApiException.ofAll(first.code(), first.message(),
                    broken.stream().map(SuggestionRules.Violation::code).toList());
        }
    }
}
