package org.courtdesk.app.cache;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Handle;

/**
 * Documents by SHA-256. Since cache V11 a document's bytes are an encrypted file ({@link DocumentFiles}) and its row
 * here keeps its size and times with {@code content} NULL; a row of an older workstation still holds its bytes as a
 * BLOB ({@link #blobs}) until the workspace moves them to a file ({@link #movedToFile}). {@link #put}/{@link #get}
 * read and write such BLOBs (an old cache, in tests).
 */
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

    /** The document's BLOB (a cache from before V11; a document in a file is not read here). */
    public static Optional<byte[]> get(Handle h, String sha256) {
        return h.createQuery("SELECT content FROM document WHERE sha256 = :s AND content IS NOT NULL")
                .bind("s", normalize(sha256))
                .map((rs, ctx) -> rs.getBytes(1))
                .findOne();
    }

    /** Whether the document has a row (its file written, or its BLOB not moved yet). */
    public static boolean contains(Handle h, String sha256) {
        return h.createQuery("SELECT COUNT(*) FROM document WHERE sha256 = :s")
                .bind("s", normalize(sha256)).mapTo(Integer.class).one() > 0;
    }

    /**
     * Stores verified bytes as a BLOB, as a workstation before cache V11 did (tests of old caches and of compaction);
     * a second put of the same hash is a no-op. The workspace writes documents to {@link DocumentFiles}.
     */
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

    /** Reads a stream to its end (what a caller of {@link #read} is given). */
    @FunctionalInterface
    public interface StreamReader<T> {
        T read(InputStream in) throws IOException;
    }

    /** The stored bytes do not hash to their SHA-256 (a damaged cache, or a server that sent something else). */
    public static final class MismatchException extends IOException {
        public MismatchException(String sha256) {
            super("content does not match " + sha256);
        }
    }

    /** Whether the document is stored: as a file, or as a BLOB of a cache from before V11. */
    public static boolean stored(Handle h, DocumentFiles files, String sha256) {
        return files.has(sha256) || hasBlob(h, sha256);
    }

    /** Whether the row holds the bytes as a BLOB (written before cache V11, not yet moved to a file). */
    public static boolean hasBlob(Handle h, String sha256) {
        return h.createQuery("SELECT COUNT(*) FROM document WHERE sha256 = :s AND content IS NOT NULL")
                .bind("s", normalize(sha256)).mapTo(Integer.class).one() > 0;
    }

    /** The documents still held as BLOBs, smallest first. */
    public static java.util.List<String> blobs(Handle h) {
        return h.createQuery("SELECT sha256 FROM document WHERE content IS NOT NULL ORDER BY size_bytes, sha256")
                .mapTo(String.class).list();
    }

    /** Records a document written to its file (its BLOB, if any, dropped): the row keeps size and times. */
    public static void movedToFile(Handle h, String sha256, long size, Instant now) {
        h.createUpdate("""
                MERGE INTO document (sha256, content, size_bytes, fetched_at, last_used) KEY (sha256)
                VALUES (:s, NULL, :n, COALESCE((SELECT fetched_at FROM document WHERE sha256 = :s), :now), :now)
                """).bind("s", normalize(sha256)).bind("n", size).bind("now", now.toEpochMilli()).execute();
    }

    /** Streams a document's BLOB to {@code reader} as stored (not verified: the file it is written to is); empty when none. */
    public static <T> Optional<T> readBlob(Handle h, String sha256, StreamReader<T> reader) throws IOException {
        String s = normalize(sha256);
        try (PreparedStatement ps = h.getConnection().prepareStatement(
                "SELECT content FROM document WHERE sha256 = ? AND content IS NOT NULL")) {
            ps.setString(1, s);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                try (InputStream in = rs.getBinaryStream(1)) {
                    return Optional.of(reader.read(in));
                }
            }
        } catch (SQLException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e);
        }
    }

    /** Forgets every document's row (the caller deletes the files: {@link DocumentFiles#deleteAll}). */
    public static int clear(Handle h) {
        return h.execute("DELETE FROM document");
    }

    /** Drops a document's row (the caller deletes its file: {@link DocumentFiles#delete}). */
    public static void delete(Handle h, String sha256) {
        h.createUpdate("DELETE FROM document WHERE sha256 = :s").bind("s", normalize(sha256)).execute();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
