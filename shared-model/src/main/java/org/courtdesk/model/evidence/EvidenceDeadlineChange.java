package org.courtdesk.model.evidence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * 修改 of an exchange's deadlines by its judge: the new dates (null = unchanged) and the reason, which is recorded
 * with who and old → new and sent to every party's lawyer by SMS.
 */
public record EvidenceDeadlineChange(UUID idempotencyKey, long baseVersion, LocalDate plaintiffDeadline,
                                     LocalDate defendantDeadline, LocalDate thirdPartyDeadline,
                                     LocalDate crossDeadline, String reason) {}
