package org.courtdesk.model.api;

import org.courtdesk.model.reading.MaterialType;

/**
 * An uploaded material. {@code fileName} is only the applicant's label for it; the file is stored and
 * fetched by {@code sha256} ({@code GET /api/v1/documents/{sha256}}), never by name.
 */
public record MaterialRef(long id, MaterialType type, String fileName, String contentType, long size, String sha256) {}
