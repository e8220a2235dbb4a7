package org.courtdesk.app.workspace;

import java.util.Objects;

/**
 * A file an outbox action carries ({@link Workspace#saveUpload}, {@link Workspace#saveUploadCreation}): sent as the
 * multipart part {@code part} (the kind's name for it, e.g. {@code PDF}, {@code EVIDENCE}) with {@code fileName} as a
 * label. Its bytes are kept in the encrypted cache until the server confirms the action or the user discards it.
 */
public record OutgoingFile(String part, String fileName, String contentType, byte[] bytes) {

    /**
     * The largest file the workstation queues until the server has told its own limit ({@code GET /api/v1/limits},
     * {@link Workspace#maxFileBytes}): the companion server's default for one material ({@code --max-material-mb},
     * 10 MB).
     */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    public OutgoingFile {
        Objects.requireNonNull(bytes, "bytes");
        if (part == null || !part.matches("[A-Za-z0-9_-]{1,60}")) {
            throw new IllegalArgumentException("a file part is named by the kind's material type: " + part);
        }
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("a file needs a name");
        }
        contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
    }

    /** {@link #check(java.util.List, long)} against the default limit, {@link #MAX_BYTES}. */
    public static void check(java.util.List<OutgoingFile> files) throws FileRejectedException {
        check(files, MAX_BYTES);
    }

    /**
     * Checks files before they are queued: at least one, none empty, none larger than {@code maxBytes} (the server's
     * limit for one file, {@link Workspace#maxFileBytes}).
     *
     * @throws FileRejectedException saying in the user's words which file and why; nothing is stored then
     */
    public static void check(java.util.List<OutgoingFile> files, long maxBytes) throws FileRejectedException {
        if (files == null || files.isEmpty()) {
            throw new FileRejectedException(org.courtdesk.model.api.ErrorCode.VALIDATION_FAILED,
                    org.courtdesk.app.i18n.Text.of("outbox.file.none"));
        }
        for (OutgoingFile f : files) {
            if (f.size() == 0) {
                throw new FileRejectedException(org.courtdesk.model.api.ErrorCode.MATERIAL_CONTENT_REFUSED,
                        org.courtdesk.app.i18n.Text.of("outbox.file.empty", f.fileName()));
            }
            if (f.size() > maxBytes) {
                throw new FileRejectedException(org.courtdesk.model.api.ErrorCode.MATERIAL_TOO_LARGE,
                        org.courtdesk.app.i18n.Text.of("outbox.file.tooLarge", f.fileName(), megabytes(f.size()),
                                megabytes(maxBytes)));
            }
        }
    }

    /**
     * The type of a file by its first bytes, as the server judges it (a PDF, a JPEG or a PNG; the name says nothing),
     * or null for anything else: what the screens check before they queue a file.
     */
    public static String contentTypeOf(byte[] bytes) {
        if (bytes == null || bytes.length < 4) {
            return null;
        }
        if (bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            return "application/pdf";
        }
        if ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8 && (bytes[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if ((bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "image/png";
        }
        return null;
    }

    /** "12.3" for a size in MB, as the messages show it. */
    public static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    public long size() {
        return bytes.length;
    }

    /** What the screens show of a queued file (its bytes stay in the cache). */
    public record Info(String part, String fileName, String contentType, long size, String sha256) {}
}
