package org.courtdesk.model.transfer;

import java.time.Instant;

/** One uploaded file of a 材料转接, fetched by {@code sha256} like every document. */
public record TransferFileRef(long id, String fileName, String contentType, long size, String sha256, Instant uploadedAt) {}
