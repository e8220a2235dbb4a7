package org.courtdesk.server.request;

import org.courtdesk.model.api.DecisionResult;
import org.courtdesk.model.api.RequestView;

/**
 * The answer to a staff action: the request's new state ({@code V} is the kind's view); {@code replayed} when the
 * idempotency key was seen before and nothing was applied again. Serialises as {@code {"request":…,"replayed":…}}.
 */
public record ActionResult<V extends RequestView>(V request, boolean replayed) {

    /** The API's answer to the action, whatever the kind. */
    public DecisionResult answer() {
        return new DecisionResult(request, replayed);
    }
}
