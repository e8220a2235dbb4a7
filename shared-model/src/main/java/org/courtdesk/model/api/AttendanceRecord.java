package org.courtdesk.model.api;

import java.time.LocalDateTime;
import java.util.UUID;

/** The reading-room clerk's record of an on-site visit; idempotent like a decision. */
public record AttendanceRecord(UUID idempotencyKey, long baseVersion, boolean attended,
                               LocalDateTime borrowedAt, LocalDateTime returnedAt) {}
