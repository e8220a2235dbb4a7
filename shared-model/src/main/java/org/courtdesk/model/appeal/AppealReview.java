package org.courtdesk.model.appeal;

import java.time.Instant;

/** The decision on an appeal: who, the conclusion, the opinion (退回: the reason), when. */
public record AppealReview(String reviewerName, AppealConclusion conclusion, String opinion, Instant decidedAt) {}
