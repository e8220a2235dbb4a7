package org.courtdesk.app.cache;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Handle;

/** Documents by SHA-256, as BLOBs inside the encrypted cache. */
public final class DocumentStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private DocumentStore() {}

    /** Lower-case hex, or IllegalArgumentException when it is not a SHA-256 at all. */
    public static String normalize(String sha256) {
        String s = sha256 == null ? "" : sha256.trim().toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(s).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return s;
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Optional<byte[]> get(Handle h, String sha256) {
        return h.createQuery("SELECT content FROM document WHERE sha256 = :s")
                .bind("s", normalize(sha256))
                .map((rs, ctx) -> rs.getBytes(1))
                .findOne();
    }

    public static boolean contains(Handle h, String sha256) {
        return h.createQuery("SELECT COUNT(*) FROM document WHERE sha256 = :s")
                .bind("s", normalize(sha256)).mapTo(Integer.class).one() > 0;
    }

    /** Stores verified bytes (the caller checked the hash); a second put of the same hash is a no-op. */
    public static void put(Handle h, String sha256, byte[] content, Instant now) {
        String s = normalize(sha256);
        if (!sha256Hex(content).equals(s)) {
            throw new IllegalArgumentException("content does not match " + s);
        }
        h.createUpdate("""
                MERGE INTO document (sha256, content, size_bytes, fetched_at, last_used) KEY (sha256)
                VALUES (:s, :c, :n, :now, :now)
                """).bind("s", s).bind("c", content).bind("n", (long) content.length).bind("now", now.toEpochMilli())
                .execute();
    }

    public static long totalBytes(Handle h) {
        return h.createQuery("SELECT COALESCE(SUM(size_bytes), 0) FROM document").mapTo(Long.class).one();
    }
}
