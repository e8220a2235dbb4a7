package org.courtdesk.model.api;

/**
 * The limits this server enforces on what is uploaded ({@code GET /api/v1/limits}), so a client checks a file before it
 * queues it instead of learning on upload: {@code maxMaterialBytes} for one file (the server's
 * {@code --max-material-mb}), {@code maxUploadBytes} for one request with all its files.
 */
public record ServerLimits(long maxMaterialBytes, long maxUploadBytes) {}
