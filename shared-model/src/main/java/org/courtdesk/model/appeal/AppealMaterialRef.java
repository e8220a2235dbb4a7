package org.courtdesk.model.appeal;

import java.time.Instant;

/** A material of an appeal ({@code type}: PETITION 上诉状, COPY 副本), fetched by {@code sha256}. */
public record AppealMaterialRef(long id, String type, String fileName, String contentType, long size, String sha256,
                                Instant uploadedAt) {}
