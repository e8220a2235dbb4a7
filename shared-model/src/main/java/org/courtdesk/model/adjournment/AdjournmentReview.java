package org.courtdesk.model.adjournment;

import java.time.Instant;
import java.time.LocalDateTime;

/** The decision on a 延期开庭申请: who, when, the conclusion, the opinion and (approved) the new hearing time. */
public record AdjournmentReview(String reviewerName, AdjournmentConclusion conclusion, String opinion,
                                LocalDateTime newHearingAt, Instant decidedAt) {}
