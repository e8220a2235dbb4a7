package org.courtdesk.server.filing;

import java.util.List;

import org.courtdesk.model.filing.FilingRules;
import org.courtdesk.server.http.ApiException;

/** FilingRules' violations as the API's refusal: the first decides status and detail, every code goes in errors. */
public final class FilingRefusals {

    private FilingRefusals() {}

    public static void refuseIfBroken(List<FilingRules.Violation> broken) {
        if (!broken.isEmpty()) {
            throw of(broken);
        }
    }

    public static ApiException of(List<FilingRules.Violation> broken) {
        FilingRules.Violation first = broken.get(0);
        return ApiException.ofAll(first.code(), first.message(), broken.stream().map(FilingRules.Violation::code).toList());
    }
}
