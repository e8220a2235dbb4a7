package org.courtdesk.model.transcript;

/** Returned on a 申请补正: the 申请编号 (BZ…) and the request as stored. */
public record TranscriptCorrectionReceipt(long id, String applicationNo, TranscriptCorrectionView correction) {}
