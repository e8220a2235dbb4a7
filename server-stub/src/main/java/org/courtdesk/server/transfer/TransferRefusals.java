package org.courtdesk.server.transfer;

import java.util.List;

import org.courtdesk.model.transfer.TransferRules;
import org.courtdesk.server.http.ApiException;

/** TransferRules' violations as the API's refusal: the first decides status and detail, every code goes in errors. */
public final class TransferRefusals {

    private TransferRefusals() {}

    public static void refuseIfBroken(List<TransferRules.Violation> broken) {
        if (!broken.isEmpty()) {
            TransferRules.Violation first = broken.get(0);
            throw ApiException.ofAll(first.code(), first.message(),
                    broken.stream().map(TransferRules.Violation::code).toList());
        }
    }
}
