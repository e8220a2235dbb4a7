package org.courtdesk.app.cache;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
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

    /**
     * Streams a stored document to {@code reader} without holding it in memory, hashed while it is read: reading
     * to the end of a document whose bytes do not match its SHA-256 throws {@link MismatchException} at the end
     * (a reader that seals what it reads must then drop it). Empty when the document is not stored.
     */
    public static <T> Optional<T> read(Handle h, String sha256, StreamReader<T> reader) throws IOException {
        String s = normalize(sha256);
        try (PreparedStatement ps = h.getConnection().prepareStatement("SELECT content FROM document WHERE sha256 = ?")) {
            ps.setString(1, s);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                try (InputStream in = verifying(rs.getBinaryStream(1), s)) {
                    return Optional.of(reader.read(in));
                }
            }
        } catch (SQLException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e);
        }
    }

    /** {@code in}, hashed as it is read; at its end a mismatch with {@code sha256} throws {@link MismatchException}. */
    public static InputStream verifying(InputStream in, String sha256) {
        MessageDigest md = digest();
        return new FilterInputStream(new DigestInputStream(in, md)) {
            private boolean checked;

            private int end(int n) throws IOException {
                if (n < 0 && !checked) {
                    checked = true;
                    if (!HexFormat.of().formatHex(md.digest()).equals(sha256)) {
                        throw new MismatchException(sha256);
                    }
                }
                return n;
            }

            @Override
            public int read() throws IOException {
                return end(super.read());
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return end(super.read(b, off, len));
            }

            @Override
            public long skip(long n) throws IOException {
                throw new IOException("a verified stream is read, not skipped");
            }
        };
    }

    /**
     * Stores what {@code in} gives, streamed into the database (never whole in memory). Returns false, storing
     * nothing visible once the caller's transaction rolls back, when the bytes do not hash to {@code sha256}: the
     * caller must then fail its transaction. A document already stored is kept and {@code in} is not read.
     */
    public static boolean putStream(Handle h, String sha256, InputStream in, Instant now) throws IOException {
        String s = normalize(sha256);
        if (contains(h, s)) {
            return true;
        }
        MessageDigest md = digest();
        long[] count = {0};
        InputStream counted = new FilterInputStream(new DigestInputStream(in, md)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count[0]++;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count[0] += n;
                }
                return n;
            }
        };
        try (PreparedStatement ps = h.getConnection().prepareStatement(
                "INSERT INTO document (sha256, content, size_bytes, fetched_at, last_used) VALUES (?, ?, 0, ?, ?)")) {
            ps.setString(1, s);
            ps.setBinaryStream(2, counted);
            ps.setLong(3, now.toEpochMilli());
            ps.setLong(4, now.toEpochMilli());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e);
        }
        if (!HexFormat.of().formatHex(md.digest()).equals(s)) {
            return false;
        }
        h.createUpdate("UPDATE document SET size_bytes = :n WHERE sha256 = :s").bind("n", count[0]).bind("s", s).execute();
        return true;
    }

    /** Drops a stored document (one found damaged). */
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
