package org.courtdesk.model.transcript;

/** A party's or lawyer's 申请补正 of a transcript of their case: what is omitted or wrong, and how it should read. */
public record TranscriptCorrectionForm(long transcriptId, String content) {}
