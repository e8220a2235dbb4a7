package org.courtdesk.model.filing;

import java.util.UUID;

/** 审查 step 1: save the 审查意见及理由 (spec-004 §2 screen 2, fig. 204/192); may be saved again before the conclusion. */
public record FilingOpinionSave(UUID idempotencyKey, long baseVersion, String opinion) {}
