package org.courtdesk.model.preservation;

import java.util.UUID;

/**
 * 接收 of a preservation application. {@code rulingReference} is optional: the number of the 保全裁定 made in the trial
 * system (e.g. （2026）粤0106民初123号之一), recorded so the applicant and the queue can name it.
 */
public record PreservationAccept(UUID idempotencyKey, long baseVersion, String rulingReference) {}
