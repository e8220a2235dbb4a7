package org.courtdesk.model.api;

import java.time.LocalDate;
import java.util.UUID;

import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;

/**
 * A judge's review of a 阅卷申请. {@code idempotencyKey} is made by the client once per decision: the server
 * applies it once however often it is sent. {@code baseVersion} is the version the judge saw; if the request
 * changed since, the server answers 409 VERSION_CONFLICT with the current state.
 * For 同意 the judge sets (and may change) the reading mode with validUntil (online) or the on-site window.
 */
public record ReviewDecision(UUID idempotencyKey, long baseVersion, ReviewOpinion opinion, String explanation,
                             ReadingMode mode, LocalDate validUntil, LocalDate onSiteStart, LocalDate onSiteEnd,
                             String replyNote) {}
