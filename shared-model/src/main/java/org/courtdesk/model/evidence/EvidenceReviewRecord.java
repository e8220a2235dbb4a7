package org.courtdesk.model.evidence;

import java.time.Instant;

/** The judge's 审查 of the exchange: who, when, and the opinion (what is undisputed, what is disputed and why). */
public record EvidenceReviewRecord(String reviewerName, Instant at, String opinion) {}
