package org.courtdesk.server.appeal;

import java.util.List;

import org.courtdesk.model.appeal.AppealRules;
import org.courtdesk.server.http.ApiException;

/** AppealRules' violations as the API's refusal: the first decides status and detail, every code goes in errors. */
public final class AppealRefusals {

    private AppealRefusals() {}

    public static void refuseIfBroken(List<AppealRules.Violation> broken) {
        if (!broken.isEmpty()) {
            AppealRules.Violation first = broken.get(0);
            throw ApiException.ofAll(first.code(), first.message(),
                    broken.stream().map(AppealRules.Violation::code).toList());
        }
    }
}
