package org.courtdesk.model.transcript;

import java.time.LocalDate;

/**
 * The judge's or clerk's attaching of a transcript: the JSON part {@code transcript} of the multipart body; the PDF is
 * the file part {@code PDF}. {@code title} e.g. 第一次庭审笔录.
 */
public record TranscriptAttachForm(String caseNumber, LocalDate hearingDate, String title) {}
