package org.courtdesk.app.ui.viewer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import javax.imageio.stream.ImageInputStreamImpl;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * A material's bytes on disk instead of in the heap, read back at random offsets by PDFBox or ImageIO. Either the
 * workspace's own encrypted file of the document ({@link #over}: nothing is copied, the cache's document store
 * decrypts the chunks read), or a copy written once, AES-CTR encrypted under a key that exists only in this process
 * (a case file never lies on disk in the clear) and deleted on {@link #close()} (a workspace without document files;
 * leftovers of a crashed run are removed by {@link #sweep}).
 */
public final class SealedFile implements AutoCloseable {

    private static final int BLOCK = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path path;
    private final org.courtdesk.app.workspace.Workspace.DocumentFile document;
    private final SecretKeySpec key;
    private final byte[] nonce;
    private final long length;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SealedFile(Path path, SecretKeySpec key, byte[] nonce, long length) {
        this.path = path;
        this.document = null;
        this.key = key;
        this.nonce = nonce;
        this.length = length;
    }

    private SealedFile(org.courtdesk.app.workspace.Workspace.DocumentFile document) {
        this.path = null;
        this.document = document;
        this.key = null;
        this.nonce = null;
        this.length = document.length();
    }

    /** The workspace's encrypted file of a document, read where it lies (closing it deletes nothing). */
    public static SealedFile over(org.courtdesk.app.workspace.Workspace.DocumentFile document) {
        return new SealedFile(document);
    }

    /** Seals {@code bytes} into a new file under {@code dir} (created if missing). */
    public static SealedFile write(Path dir, byte[] bytes) throws IOException {
        Files.createDirectories(dir);
        byte[] k = new byte[32];
        byte[] n = new byte[BLOCK];
        RANDOM.nextBytes(k);
        RANDOM.nextBytes(n);
        n[8] = n[9] = n[10] = n[11] = n[12] = n[13] = n[14] = n[15] = 0; // the low half counts blocks
        SecretKeySpec key = new SecretKeySpec(k, "AES");
        Path path = Files.createTempFile(dir, "m-", ".sealed");
        SealedFile f = new SealedFile(path, key, n, bytes.length);
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            Ctr c = f.new Ctr();
            int chunk = 1 << 20;
            byte[] buf = new byte[chunk];
            for (int off = 0; off < bytes.length; off += chunk) {
                int len = Math.min(chunk, bytes.length - off);
                System.arraycopy(bytes, off, buf, 0, len);
                c.apply(off / BLOCK, buf, 0, len);
                ByteBuffer out = ByteBuffer.wrap(buf, 0, len);
                while (out.hasRemaining()) {
                    ch.write(out);
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
        return f;
    }

    /** Seals what {@code in} gives, streamed (a file store's stream: the bytes are never whole in memory). */
    public static SealedFile copy(Path dir, java.io.InputStream in) throws IOException {
        Files.createDirectories(dir);
        byte[] k = new byte[32];
        byte[] n = new byte[BLOCK];
        RANDOM.nextBytes(k);
        RANDOM.nextBytes(n);
        for (int i = 8; i < BLOCK; i++) {
            n[i] = 0;
        }
        SecretKeySpec key = new SecretKeySpec(k, "AES");
        Path path = Files.createTempFile(dir, "m-", ".sealed");
        long total = 0;
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            Ctr c = new SealedFile(path, key, n, 0).new Ctr();
            byte[] buf = new byte[1 << 20]; // a multiple of the block: every chunk starts on a block
            int r;
            while ((r = in.readNBytes(buf, 0, buf.length)) > 0) {
                c.apply(total / BLOCK, buf, 0, r);
                ByteBuffer out = ByteBuffer.wrap(buf, 0, r);
                while (out.hasRemaining()) {
                    ch.write(out);
                }
                total += r;
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
        return new SealedFile(path, key, n, total);
    }

    /** Deletes sealed files older than {@code age} under {@code dir} (a crashed run leaves them; keys are gone). */
    public static void sweep(Path dir, Duration age) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Instant before = Instant.now().minus(age);
        try (var files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().endsWith(".sealed")).forEach(p -> {
                try {
                    if (Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException ignored) {
                    // in use by another instance, or gone
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }

    /**
     * AES in counter mode, the key stream made with AES/ECB (which the JDK runs on the CPU's AES instructions;
     * its own CTR mode does not, and was 5× slower here): block i is AES(nonce ‖ i). One per reader or writer.
     */
    final class Ctr {
        private final Cipher ecb;
        private byte[] counters = new byte[0];
        private byte[] stream = new byte[0];

        Ctr() {
            try {
                ecb = Cipher.getInstance("AES/ECB/NoPadding");
                ecb.init(Cipher.ENCRYPT_MODE, key);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** XORs the key stream from block {@code block} on into {@code buf[off, off+len)}. */
        void apply(long block, byte[] buf, int off, int len) {
            int blocks = (len + BLOCK - 1) / BLOCK;
            int bytes = blocks * BLOCK;
            if (counters.length < bytes) {
                counters = new byte[bytes];
                stream = new byte[bytes];
            }
            for (int b = 0; b < blocks; b++) {
                int at = b * BLOCK;
                System.arraycopy(nonce, 0, counters, at, 8);
                long counter = block + b;
                for (int i = 15; i >= 8; i--) {
                    counters[at + i] = (byte) counter;
                    counter >>>= 8;
                }
            }
            try {
                ecb.doFinal(counters, 0, bytes, stream, 0);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            for (int i = 0; i < len; i++) {
                buf[off + i] ^= stream[i];
            }
        }
    }

    public long length() {
        return length;
    }

    /** The sealed copy's file; null for a workspace's document file ({@link #over}). */
    public Path path() {
        return path;
    }

    /**
     * Reads {@code len} clear bytes at {@code pos} (a block boundary) into {@code dst}; returns how many (−1 at the end).
     * Through a RandomAccessFile, not a FileChannel: a render thread interrupted mid-read (its worker closed, the viewer
     * replaced) must not have its file closed under PDFBox, which then logged "Can't dereference COSObject" errors.
     */
    int readAt(java.io.RandomAccessFile file, Ctr ctr, long pos, byte[] dst, int len) throws IOException {
        if (pos >= length) {
            return -1;
        }
        len = (int) Math.min(len, length - pos);
        file.seek(pos);
        int got = 0;
        while (got < len) {
            int n = file.read(dst, got, len - got);
            if (n < 0) {
                break;
            }
            got += n;
        }
        ctr.apply(pos / BLOCK, dst, 0, got);
        return got;
    }

    /** A new reader for PDFBox; each reader has its own position and file handle. */
    public Reader open() throws IOException {
        if (closed.get()) {
            throw new IOException("sealed file closed");
        }
        if (document != null) {
            return new Reader(null, document.open());
        }
        return new Reader(new java.io.RandomAccessFile(path.toFile(), "r"), null);
    }

    /** The first {@code n} clear bytes (fewer if the file is shorter): what kind of file it is. */
    public byte[] head(int n) throws IOException {
        try (Reader r = open()) {
            byte[] b = new byte[(int) Math.min(n, length)];
            int at = 0;
            while (at < b.length) {
                int k = r.read(b, at, b.length - at);
                if (k <= 0) {
                    break;
                }
                at += k;
            }
            return at == b.length ? b : java.util.Arrays.copyOf(b, at);
        }
    }

    /** The clear bytes again (for the system viewer's copy). */
    public void copyClearTo(Path target) throws IOException {
        try (Reader r = open(); FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = r.read(buf, 0, buf.length)) > 0) {
                ByteBuffer b = ByteBuffer.wrap(buf, 0, n);
                while (b.hasRemaining()) {
                    out.write(b);
                }
            }
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                path.toFile().deleteOnExit();
            }
        }
    }

    /**
     * PDFBox's view of the sealed file, read and decrypted in windows whose size follows the reading: a jump to
     * another object (PDFBox checks every cross-reference offset of a 500-page scan on opening) reads a small
     * window, reading on sequentially (an image stream) doubles it up to 64 KiB.
     */
    public final class Reader implements RandomAccessRead {
        private static final int SMALL = 1 << 10;
        private static final int WINDOW = 1 << 16;
        private final java.io.RandomAccessFile channel;
        private final org.courtdesk.app.cache.DocumentFiles.Opened opened;
        private final Ctr ctr;
        private final byte[] window = new byte[WINDOW];
        private long windowStart = -1;
        private int windowLength;
        private int next = SMALL;
        private long position;
        private boolean readerClosed;

        private Reader(java.io.RandomAccessFile channel, org.courtdesk.app.cache.DocumentFiles.Opened opened) {
            this.channel = channel;
            this.opened = opened;
            this.ctr = channel == null ? null : new Ctr();
        }

        private int block(long pos, byte[] dst, int len) throws IOException {
            if (opened == null) {
                return readAt(channel, ctr, pos, dst, len);
            }
            int got = 0;
            while (got < len) {
                int n = opened.read(pos + got, dst, got, len - got);
                if (n < 0) {
                    break;
                }
                got += n;
            }
            return got == 0 && pos >= length ? -1 : got;
        }

        private boolean fill() throws IOException {
            if (windowStart >= 0 && position >= windowStart && position < windowStart + windowLength) {
                return true;
            }
            if (position >= length) {
                return false;
            }
            boolean onward = windowStart >= 0 && position == windowStart + windowLength;
            next = onward ? Math.min(WINDOW, next * 2) : SMALL;
            windowStart = position - position % BLOCK;
            int n = block(windowStart, window, next);
            windowLength = Math.max(n, 0);
            return windowLength > 0 && position < windowStart + windowLength;
        }

        @Override
        public int read() throws IOException {
            check();
            if (!fill()) {
                return -1;
            }
            return window[(int) (position++ - windowStart)] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check();
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int at = (int) (position - windowStart);
            int n = Math.min(len, windowLength - at);
            System.arraycopy(window, at, b, off, n);
            position += n;
            return n;
        }

        @Override
        public long getPosition() {
            return position;
        }

        @Override
        public void seek(long pos) throws IOException {
            check();
            if (pos < 0) {
                throw new IOException("negative position " + pos);
            }
            position = Math.min(pos, length);
        }

        @Override
        public long length() {
            return length;
        }

        @Override
        public boolean isClosed() {
            return readerClosed;
        }

        @Override
        public boolean isEOF() {
            return position >= length;
        }

        @Override
        public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
            return new RandomAccessReadView(this, startPosition, streamLength);
        }

        private void check() throws IOException {
            if (readerClosed) {
                throw new IOException("reader closed");
            }
        }

        @Override
        public void close() throws IOException {
            if (!readerClosed) {
                readerClosed = true;
                if (channel != null) {
                    channel.close();
                } else {
                    opened.close();
                }
            }
        }

        /** The same bytes as an ImageIO stream (TIFF and other scans). */
        public ImageInputStreamImpl asImageInput() {
            Reader self = this;
            return new ImageInputStreamImpl() {
                @Override
                public int read() throws IOException {
                    self.seek(streamPos);
                    int b = self.read();
                    if (b >= 0) {
                        streamPos++;
                        bitOffset = 0;
                    }
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    self.seek(streamPos);
                    int n = self.read(b, off, len);
                    if (n > 0) {
                        streamPos += n;
                        bitOffset = 0;
                    }
                    return n;
                }

                @Override
                public long length() {
                    return length;
                }

                @Override
                public void close() throws IOException {
                    super.close();
                    self.close();
                }
            };
        }
    }
}
