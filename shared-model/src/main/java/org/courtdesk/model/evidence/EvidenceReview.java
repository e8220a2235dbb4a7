package org.courtdesk.model.evidence;

import java.util.UUID;

/** 审查 of the exchange by its judge: the review opinion; moves it to 已审查. */
public record EvidenceReview(UUID idempotencyKey, long baseVersion, String opinion) {}
