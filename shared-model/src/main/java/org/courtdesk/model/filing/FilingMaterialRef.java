package org.courtdesk.model.filing;

import java.time.Instant;

/**
 * An uploaded material of a filing, fetched by {@code sha256} like every document; {@code fileName} is only the
 * applicant's label. {@code uploadedAt} tells the first submission's materials from a supplement's (退回补正).
 */
public record FilingMaterialRef(long id, FilingMaterialType type, String fileName, String contentType, long size,
                                String sha256, Instant uploadedAt) {}
