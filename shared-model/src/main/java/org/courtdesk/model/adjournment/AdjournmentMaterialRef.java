package org.courtdesk.model.adjournment;

import java.time.Instant;

/** A supporting material of a 延期开庭申请, fetched by {@code sha256}; {@code fileName} is the applicant's label only. */
public record AdjournmentMaterialRef(long id, String fileName, String contentType, long size, String sha256,
                                     Instant uploadedAt) {}
