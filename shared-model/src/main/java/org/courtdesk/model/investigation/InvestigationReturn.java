package org.courtdesk.model.investigation;

import java.util.UUID;

/** 退回 of a 调查令 application: the reason is required and goes to the lawyer by SMS. */
public record InvestigationReturn(UUID idempotencyKey, long baseVersion, String reason) {}
