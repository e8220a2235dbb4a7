package org.courtdesk.model.binding;

import java.time.Instant;

/** An uploaded material of a binding, fetched by {@code sha256} like every document; {@code fileName} is a label. */
public record BindingMaterialRef(long id, BindingMaterialType type, String fileName, String contentType, long size,
                                 String sha256, Instant uploadedAt) {}
