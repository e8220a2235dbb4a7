package org.courtdesk.model.api;

import java.time.Instant;

/** One line of a request's audit trail: who did what, when. */
public record AuditEntry(Instant at, String actor, String action, String detail) {}
