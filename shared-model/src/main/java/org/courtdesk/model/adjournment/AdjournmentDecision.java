package org.courtdesk.model.adjournment;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * 填写审查意见 (spec-004 §4, fig. 276): the conclusion and the opinion; approving also sets the new hearing time
 * (court-local), which must leave the 3 days' notice of 民事诉讼法 第139条. Rejecting needs the opinion: it is the reason
 * the applicant is told.
 */
public record AdjournmentDecision(UUID idempotencyKey, long baseVersion, AdjournmentConclusion conclusion, String opinion,
                                  LocalDateTime newHearingAt) {}
