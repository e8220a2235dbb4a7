package org.courtdesk.server.binding;

import java.util.List;

import org.courtdesk.model.binding.BindingRules;
import org.courtdesk.server.http.ApiException;

/** BindingRules' violations as the API's refusal: the first decides status and detail, every code goes in errors. */
public final class BindingRefusals {

    private BindingRefusals() {}

    public static void refuseIfBroken(List<BindingRules.Violation> broken) {
        if (!broken.isEmpty()) {
            BindingRules.Violation first = broken.get(0);
            throw ApiException.ofAll(first.code(), first.message(),
                    broken.stream().map(BindingRules.Violation::code).toList());
        }
    }
}
