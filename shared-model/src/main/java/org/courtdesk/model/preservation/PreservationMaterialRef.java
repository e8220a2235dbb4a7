package org.courtdesk.model.preservation;

import java.time.Instant;

/** An uploaded material of a preservation application, fetched by {@code sha256} like every document. */
public record PreservationMaterialRef(long id, PreservationMaterialType type, String fileName, String contentType,
                                      long size, String sha256, Instant uploadedAt) {}
