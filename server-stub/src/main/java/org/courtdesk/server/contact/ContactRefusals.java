package org.courtdesk.server.contact;

import java.util.List;

import org.courtdesk.model.contact.ContactRules;
import org.courtdesk.server.http.ApiException;

/** ContactRules' violations as the API's refusal: the first decides status and detail, every code goes in errors. */
public final class ContactRefusals {

    private ContactRefusals() {}

    public static void refuseIfBroken(List<ContactRules.Violation> broken) {
        if (!broken.isEmpty()) {
            ContactRules.Violation first = broken.get(0);
            throw ApiException.ofAll(first.code(), first.message(),
                    broken.stream().map(ContactRules.Violation::code).toList());
        }
    }
}
