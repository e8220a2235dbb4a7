package org.courtdesk.model.transcript;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A hearing transcript (庭审笔录, spec-004 §13) attached to a case by its judge or clerk: the hearing, the PDF (by
 * {@code sha256}, through the documents route), who attached it when, and the last day the parties may read it online
 * ({@code readableUntil}: the court's {@code transcript_reading_days} after it was made available, statutory 5 —
 * 民事诉讼法 第150条).
 */
public record TranscriptInfo(long id, String caseNumber, String courtCode, LocalDate hearingDate, String title,
                             String fileName, long size, String sha256, String attachedBy, Instant attachedAt,
                             LocalDate readableUntil) {

    /**
     * The name of a transcript's entry in the changes feed ({@code Change.entry} of kind HEARING_TRANSCRIPT, its id the
     * transcript's, its item this record), for the judge of its case and their clerks.
     */
    public static final String FEED_ENTRY = "TRANSCRIPT_FILE";
}
