package org.courtdesk.app.workspace;

import java.time.Instant;

import org.courtdesk.model.api.ReviewDecision;

/** A decision in the outbox: the judge's draft, when it was saved, and whether the server has refused it. */
public record PendingDecision(long requestId, ReviewDecision decision, Instant savedAt, boolean conflict,
                              String lastError) {}
