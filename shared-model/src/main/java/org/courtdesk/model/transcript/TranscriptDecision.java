package org.courtdesk.model.transcript;

import java.util.UUID;

/**
 * The judge's answer to a 申请补正: {@code agree} (同意补正, with an optional note of what was corrected) or not
 * (不予补正, the reason required: 民事诉讼法 第150条 has a refused request recorded).
 */
public record TranscriptDecision(UUID idempotencyKey, long baseVersion, boolean agree, String reason) {}
