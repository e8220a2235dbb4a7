package org.courtdesk.app.workspace;

import org.courtdesk.model.api.ReadingRequestView;

/** A 409 from the server: the judge's own draft beside the request's current state on the server. */
public record Conflict(long requestId, PendingDecision mine, ReadingRequestView current) {}
