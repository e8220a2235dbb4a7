package org.courtdesk.model.filing;

import java.util.UUID;

/**
 * 收案 of a 符 filing: hands it to the trial system (spec-004 §2 screen 5; [S 004:67]); the filing becomes 立 with the
 * 案号 the trial system returns.
 */
public record FilingIntake(UUID idempotencyKey, long baseVersion) {}
