package org.courtdesk.server.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

/** Files addressed by SHA-256, in the database (so an upload is stored atomically with its request). */
public final class BlobStore {

    public record Blob(String sha256, String contentType, byte[] content) {}

    private BlobStore() {}

    /** Stores the bytes (once per content) and returns their SHA-256 in lower-case hex. */
    public static String put(Handle h, byte[] bytes, String contentType) {
        String sha = sha256(bytes);
        boolean exists = h.createQuery("SELECT COUNT(*) FROM blob WHERE sha256 = :s").bind("s", sha)
                .mapTo(Integer.class).one() > 0;
        if (!exists) {
            h.createUpdate("INSERT INTO blob (sha256, content_type, size_bytes, content, stored_at) "
                            + "VALUES (:s, :t, :n, :c, :at)")
                    .bind("s", sha).bind("t", contentType).bind("n", (long) bytes.length).bind("c", bytes)
                    .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).execute();
        }
        return sha;
    }

    public static Optional<Blob> get(Handle h, String sha256) {
        return h.createQuery("SELECT sha256, content_type, content FROM blob WHERE sha256 = :s").bind("s", sha256)
                .map((rs, ctx) -> new Blob(rs.getString(1), rs.getString(2), rs.getBytes(3))).findOne();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
