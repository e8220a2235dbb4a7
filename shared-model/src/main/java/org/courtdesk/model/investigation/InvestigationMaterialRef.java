package org.courtdesk.model.investigation;

import java.time.Instant;

/** An uploaded material of a 调查令 application, fetched by {@code sha256} like every document. */
public record InvestigationMaterialRef(long id, InvestigationMaterialType type, String fileName, String contentType,
                                       long size, String sha256, Instant uploadedAt) {}
