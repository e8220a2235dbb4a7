package org.courtdesk.server.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of stored files live, addressed by their SHA-256 (lower-case hex). The database keeps what a file
 * is (the {@code blob} row: type, size, when); the store keeps its bytes. Writes are atomic (a reader sees the whole
 * file or none), reads are verified against the address: altered bytes are refused, never served.
 */
public interface FileStore {

    /**
     * Stores {@code bytes} under their SHA-256 (nothing happens when that content is stored already) and returns
     * the address.
     */
    String put(byte[] bytes) throws IOException;

    /**
     * Stores the content of {@code file} (an upload streamed to a temporary file) under {@code sha256}, which the
     * caller computed while the bytes streamed; the store verifies it before it keeps the file. A file in
     * {@link #stagingDir()} is moved into place (no copy); any other file is copied.
     */
    void putFile(Path file, String sha256) throws IOException;

    /** Where uploads stream to before they are stored: on the store's own disk, so storing one is a rename. */
    Path stagingDir();

    /**
     * Marks the stored file of {@code sha256} as just used (its modification time now): an upload whose content is
     * stored already refers to that file, and the orphan sweep leaves files younger than its grace period alone.
     *
     * @throws java.nio.file.NoSuchFileException when the file is not (or no longer) stored: the orphan sweep may
     *         have taken it aside between {@link #contains} and this call; the caller then stores the content anew
     */
    void touch(String sha256) throws IOException;

    /**
     * The bytes stored under {@code sha256}, verified.
     *
     * @throws StoredFileCorruptException when the bytes no longer hash to {@code sha256}
     * @throws java.nio.file.NoSuchFileException when nothing is stored there
     */
    byte[] get(String sha256) throws IOException;

    /** The stored bytes as a stream, verified when the stream reaches its end (large files, sent as they are read). */
    InputStream open(String sha256) throws IOException;

    boolean contains(String sha256);
}
