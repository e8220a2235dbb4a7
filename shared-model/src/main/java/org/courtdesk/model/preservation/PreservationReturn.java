package org.courtdesk.model.preservation;

import java.util.UUID;

/** 退回 of a preservation application: the reason is required and goes to the applicant by SMS. */
public record PreservationReturn(UUID idempotencyKey, long baseVersion, String reason) {}
