package org.courtdesk.server.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

import org.courtdesk.server.files.Content;
import org.courtdesk.server.files.FileStore;
import org.courtdesk.server.files.FileStoreConfig;
import org.courtdesk.server.files.StagedFile;
import org.jdbi.v3.core.Handle;

/**
 * Stored files, addressed by SHA-256. The {@code blob} row says what a file is (type, size, when stored) and is
 * written in the caller's transaction, with the request that refers to it; the bytes live in the server's
 * {@link FileStore} (content {@code NULL} in the row), written before the row, so a committed row always has its
 * file. The only way to a stored file's bytes: nothing else reads {@code blob.content}.
 *
 * <p>A handle without a file store (a bare Jdbi in a tool or test) keeps the bytes in {@code blob.content}, as
 * before V21; {@link org.courtdesk.server.files.BlobsToFiles} moves such rows into the store when a server starts.
 */
public final class BlobStore {

    public record Blob(String sha256, String contentType, byte[] content) {}

    private BlobStore() {}

    /** Stores the bytes (once per content) and returns their SHA-256 in lower-case hex. */
    public static String put(Handle h, byte[] bytes, String contentType) {
        return put(h, Content.of(bytes), contentType);
    }

    /**
     * Stores the content (once per content) and returns its SHA-256 in lower-case hex. An upload staged on disk
     * ({@link StagedFile}) is moved into the file store, never read into memory.
     */
    public static String put(Handle h, Content content, String contentType) {
        String sha = content.sha256();
        FileStore store = store(h);
        if (store != null) {
            storeFile(store, content, sha);
        }
        boolean exists = h.createQuery("SELECT COUNT(*) FROM blob WHERE sha256 = :s").bind("s", sha)
                .mapTo(Integer.class).one() > 0;
        if (!exists) {
            if (store != null) {
                h.createUpdate("INSERT INTO blob (sha256, content_type, size_bytes, stored_at) VALUES (:s, :t, :n, :at)")
                        .bind("s", sha).bind("t", contentType).bind("n", content.size())
                        .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).execute();
            } else {
                byte[] bytes;
                try {
                    bytes = content.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read file " + sha, e);
                }
                h.createUpdate("INSERT INTO blob (sha256, content_type, size_bytes, content, stored_at) "
                                + "VALUES (:s, :t, :n, :c, :at)")
                        .bind("s", sha).bind("t", contentType).bind("n", (long) bytes.length).bind("c", bytes)
                        .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).execute();
            }
        }
        if (store != null && !store.contains(sha)) {
            // The orphan sweep took the file aside after we found it stored (it had found no row then, ours was not
            // written yet): store it again. Our row is in now, so a sweep that takes it aside from here on waits
            // for our transaction and puts it back (files.OrphanSweep).
            storeFile(store, content, sha);
        }
        return sha;
    }

    /**
     * The stored file, its bytes verified against the address.
     *
     * @throws org.courtdesk.server.files.StoredFileCorruptException when the stored bytes were altered
     */
    public static Optional<Blob> get(Handle h, String sha256) {
        Optional<Blob> row = h.createQuery("SELECT sha256, content_type, content FROM blob WHERE sha256 = :s")
                .bind("s", sha256)
                .map((rs, ctx) -> new Blob(rs.getString(1), rs.getString(2), rs.getBytes(3))).findOne();
        if (row.isEmpty() || row.get().content() != null) {
            return row; // unknown, or a row not moved into the store yet
        }
        FileStore store = store(h);
        if (store == null) {
            throw new IllegalStateException("blob " + sha256 + " is in the file store, but this handle has none");
        }
        try {
            return Optional.of(new Blob(sha256, row.get().contentType(), store.get(sha256)));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("blob " + sha256 + " is missing from the file store", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stored file " + sha256, e);
        }
    }

    /**
     * Makes sure the store holds the content: a stored copy is touched (referred to again: young, so the orphan
     * sweep keeps it until this transaction commits); a copy the sweep has taken aside meanwhile is not trusted,
     * the content is stored anew.
     */
    private static void storeFile(FileStore store, Content content, String sha) {
        try {
            if (store.contains(sha)) {
                try {
                    store.touch(sha);
                    return;
                } catch (NoSuchFileException sweptMeanwhile) {
                    // stored anew below
                }
            }
            if (content instanceof StagedFile staged) {
                if (!java.nio.file.Files.exists(staged.path())) {
                    throw new IllegalStateException("file " + sha + " is gone from the store and its upload was "
                            + "moved there already; the request must be sent again");
                }
                store.putFile(staged.path(), sha);
            } else {
                store.put(content.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store file " + sha, e);
        }
    }

    private static FileStore store(Handle h) {
        return h.getConfig(FileStoreConfig.class).store();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
