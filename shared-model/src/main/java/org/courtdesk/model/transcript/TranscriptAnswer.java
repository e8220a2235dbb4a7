package org.courtdesk.model.transcript;

import java.time.Instant;

/** The judge's answer, once given: who, when, and the note (同意) or the reason (不予补正). */
public record TranscriptAnswer(String deciderName, Instant decidedAt, boolean agreed, String reason) {}
