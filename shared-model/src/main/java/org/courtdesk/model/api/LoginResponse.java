package org.courtdesk.model.api;

import java.time.Instant;

/** A bearer token valid until {@code expiresAt}; send it as {@code Authorization: Bearer <token>}. */
public record LoginResponse(String token, Instant expiresAt, UserInfo user) {}
