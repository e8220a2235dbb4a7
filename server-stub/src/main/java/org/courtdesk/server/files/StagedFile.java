package org.courtdesk.server.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An upload streamed to a temporary file (in the file store's {@code tmp/}, so that storing it is a rename, not a
 * copy), hashed while it was written. Written through a {@link Writer}; {@link FileStore#putFile} moves it to its
 * address. Until then (or when the request is refused) {@link #delete()} removes it; whatever a crash leaves in
 * {@code tmp/} the {@link OrphanSweep} removes after its grace period.
 */
public final class StagedFile implements Content {

    private final Path path;
    private final String sha256;
    private final long size;
    private final byte[] head;

    private StagedFile(Path path, String sha256, long size, byte[] head) {
        this.path = path;
        this.sha256 = sha256;
        this.size = size;
        this.head = head;
    }

    public Path path() {
        return path;
    }

    @Override
    public String sha256() {
        return sha256;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public byte[] head() {
        return head;
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    /** Removes the temporary file if it is still there (not stored, or refused). */
    public void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // left for the orphan sweep
        }
    }

    /** Starts a new temporary file in {@code dir}. */
    public static Writer create(Path dir) throws IOException {
        Files.createDirectories(dir);
        return new Writer(Files.createTempFile(dir, "upload-", ".part"));
    }

    /** Writes an upload as it arrives: to the file, into the digest, the first bytes kept as the head. */
    public static final class Writer implements AutoCloseable {
        private final Path path;
        private final FileChannel channel;
        private final OutputStream out;
        private final MessageDigest md = Content.digest();
        private final byte[] head = new byte[HEAD_BYTES];
        private int headLength;
        private long size;
        private boolean finished;

        private Writer(Path path) throws IOException {
            this.path = path;
            this.channel = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            this.out = Channels.newOutputStream(channel);
        }

        public long size() {
            return size;
        }

        public void write(byte[] bytes, int off, int len) throws IOException {
            int h = Math.min(len, HEAD_BYTES - headLength);
            if (h > 0) {
                System.arraycopy(bytes, off, head, headLength, h);
                headLength += h;
            }
            md.update(bytes, off, len);
            out.write(bytes, off, len);
            size += len;
        }

        /** Flushes the file to the disk and returns it, hashed. */
        public StagedFile finish() throws IOException {
            channel.force(true);
            out.close();
            finished = true;
            return new StagedFile(path, HexFormat.of().formatHex(md.digest()), size, Arrays.copyOf(head, headLength));
        }

        /** Closes; an unfinished file (refused, failed) is deleted. */
        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                // deleting it anyway
            }
            if (!finished) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // left for the orphan sweep
                }
            }
        }
    }
}
