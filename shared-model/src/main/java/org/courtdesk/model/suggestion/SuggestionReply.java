package org.courtdesk.model.suggestion;

import java.util.UUID;

/** 答复意见建议, POSTed to {@code /api/v1/judge/suggestions/{id}/reply}: the answer the applicant is told. */
public record SuggestionReply(UUID idempotencyKey, long baseVersion, String content) {}
