package org.courtdesk.app.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Documents as files beside the cache's database ({@code <cache>/documents/<sha256>.doc}), each encrypted, so that a
 * 245 MB scan is neither read out of nor written into the encrypted H2 file (issue 11), and the viewer reads any page
 * of it at a random offset without holding it in memory.
 * <p>
 * <b>Keys.</b> The store's key is derived from the cache's password-derived key (HMAC-SHA256 of it with a fixed label,
 * {@link LocalCache}) and lives in memory only, wiped at close: a file is as safe at rest as the database beside it.
 * Each file has its own random 32-byte salt, and its key is HMAC-SHA256(store key, label ‖ header ‖ sha256), the
 * header holding the salt (so a changed header byte decrypts nothing): a file
 * renamed to another document's name, or sealed under another cache's key, does not decrypt.
 * <p>
 * <b>Format.</b> A 64-byte header (magic, 8 bytes that identify the store key, the salt), then the document in chunks
 * of {@link #CHUNK} bytes, each AES-256-GCM with a 16-byte tag and the nonce (chunk index ‖ last-chunk flag): a
 * chunk changed, moved, dropped from the end, or a file cut short anywhere is refused when read ({@link Damaged});
 * a file of another key says so ({@link WrongKey}). The clear length follows from the file's size.
 * <p>
 * <b>Writing.</b> A document is streamed into a {@code .part} file in the same folder, hashed as it comes, forced to
 * disk, and moved to its name atomically only when its SHA-256 is the one asked for: a process killed during a
 * download or the move leaves a {@code .part} file (deleted at the next open, {@link #sweepParts}) or the whole
 * file, never a half file under a document's name. Thread-safe.
 */
public final class DocumentFiles implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentFiles.class);

    /** The folder inside the cache's folder. */
    public static final String DIR = "documents";
    static final String SUFFIX = ".doc";
    static final String PART_SUFFIX = ".part";
    /** Clear bytes per chunk: one chunk is decrypted (and authenticated) for any read inside it. */
    static final int CHUNK = 64 * 1024;
    static final int TAG = 16;
    static final int HEADER = 64;
    private static final byte[] MAGIC = "CDDOC\u0001\r\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SALT_AT = 16;
    private static final int SALT = 32;
    private static final byte[] STORE_LABEL = "courtdesk document files v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHECK_LABEL = "courtdesk document key check".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FILE_LABEL = "courtdesk document file".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final byte[] key;
    private final byte[] check;
    private volatile boolean closed;

    /** A store in {@code dir} under a key derived from {@code cacheKey} (copied; the caller wipes its own). */
    public static DocumentFiles derive(Path dir, byte[] cacheKey) {
        byte[] k = hmac(cacheKey, STORE_LABEL);
        try {
            return new DocumentFiles(dir, k);
        } finally {
            Arrays.fill(k, (byte) 0);
        }
    }

    DocumentFiles(Path dir, byte[] storeKey) {
        this.dir = dir;
        this.key = storeKey.clone();
        this.check = Arrays.copyOf(hmac(key, CHECK_LABEL), 8);
    }

    /** The document could not be read: it was sealed under another key (another cache, another password). */
    public static final class WrongKey extends IOException {
        WrongKey(String sha256) {
            super("document " + sha256 + " was encrypted under another key");
        }
    }

    /** The document's file is damaged or was changed: a chunk does not authenticate, or the file is cut short. */
    public static final class Damaged extends IOException {
        Damaged(String sha256, String why) {
            super("document file " + sha256 + " is damaged: " + why);
        }
    }

    public Path dir() {
        return dir;
    }

    Path path(String sha256) {
        return dir.resolve(DocumentStore.normalize(sha256) + SUFFIX);
    }

    /** Whether the document's file is there (whole: only a verified file ever gets the name). */
    public boolean has(String sha256) {
        return Files.isRegularFile(path(sha256), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Streams {@code in} into the document's file; returns its clear length. When the bytes do not hash to
     * {@code sha256} nothing is kept and {@link DocumentStore.MismatchException} is thrown. A document already there
     * is kept (the same bytes, by its name).
     */
    public long write(String sha256, InputStream in) throws IOException {
        checkOpen();
        String sha = DocumentStore.normalize(sha256);
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, sha.substring(0, 16) + "-", PART_SUFFIX);
        boolean kept = false;
        try {
            MessageDigest md = sha256();
            long length = 0;
            byte[] salt = new byte[SALT];
            RANDOM.nextBytes(salt);
            byte[] header = new byte[HEADER];
            System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
            System.arraycopy(check, 0, header, MAGIC.length, check.length);
            System.arraycopy(salt, 0, header, SALT_AT, SALT);
            SecretKeySpec fileKey = fileKey(header, sha);
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            try (FileChannel out = FileChannel.open(part, StandardOpenOption.WRITE)) {
                writeFully(out, ByteBuffer.wrap(header));
                byte[] cur = new byte[CHUNK];
                byte[] next = new byte[CHUNK];
                byte[] sealed = new byte[CHUNK + TAG];
                int curLen = in.readNBytes(cur, 0, CHUNK);
                for (long index = 0; ; index++) {
                    int nextLen = curLen == CHUNK ? in.readNBytes(next, 0, CHUNK) : 0;
                    boolean last = nextLen == 0;
                    md.update(cur, 0, curLen);
                    length += curLen;
                    gcm.init(Cipher.ENCRYPT_MODE, fileKey, nonce(index, last));
                    int n = gcm.doFinal(cur, 0, curLen, sealed, 0);
                    writeFully(out, ByteBuffer.wrap(sealed, 0, n));
                    if (last) {
                        break;
                    }
                    byte[] t = cur;
                    cur = next;
                    next = t;
                    curLen = nextLen;
                }
                out.force(true);
            }
            if (!HexFormat.of().formatHex(md.digest()).equals(sha)) {
                throw new DocumentStore.MismatchException(sha);
            }
            Path target = path(sha);
            if (!Files.exists(target)) {
                try {
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                    kept = true;
                } catch (FileAlreadyExistsException e) {
                    // another download of the same document got there first: the same bytes
                } catch (IOException e) {
                    if (!Files.exists(target)) {
                        throw e;
                    }
                }
                if (kept) {
                    forceDir();
                }
            }
            return length;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encrypt document " + sha, e);
        } finally {
            if (!kept) {
                Files.deleteIfExists(part);
            }
        }
    }

    /** The document's file opened for reading (one reader; open one per thread). */
    public Opened open(String sha256) throws IOException {
        checkOpen();
        String sha = DocumentStore.normalize(sha256);
        Path p = path(sha);
        if (!Files.isRegularFile(p)) {
            throw new java.nio.file.NoSuchFileException(p.toString());
        }
        java.io.RandomAccessFile ch = new java.io.RandomAccessFile(p.toFile(), "r");
        try {
            return new Opened(sha, ch);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** Deletes the document's file; false when there was none (or it could not be deleted, logged). */
    public boolean delete(String sha256) {
        Path p = path(sha256);
        try {
            return Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("could not delete the document file {}: {}", p.getFileName(), e.toString());
            return false;
        }
    }

    /** Deletes every document file and every part file; returns how many documents. */
    public int deleteAll() {
        int n = 0;
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path p : files) {
                String name = p.getFileName().toString();
                if (name.endsWith(SUFFIX) || name.endsWith(PART_SUFFIX)) {
                    try {
                        if (Files.deleteIfExists(p) && name.endsWith(SUFFIX)) {
                            n++;
                        }
                    } catch (IOException e) {
                        LOG.warn("could not delete the document file {}: {}", name, e.toString());
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("could not list the document files in {}: {}", dir, e.toString());
        }
        return n;
    }

    /**
     * Deletes the part files a killed download or move left (never taken for a document: only a verified file gets a
     * document's name). Called when the cache opens, before any download of this session starts.
     */
    public int sweepParts() {
        int n = 0;
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, "*" + PART_SUFFIX)) {
            for (Path p : parts) {
                try {
                    if (Files.deleteIfExists(p)) {
                        n++;
                    }
                } catch (IOException e) {
                    LOG.warn("could not delete the leftover {}: {}", p.getFileName(), e.toString());
                }
            }
        } catch (IOException e) {
            LOG.warn("could not look for leftover document parts in {}: {}", dir, e.toString());
        }
        if (n > 0) {
            LOG.info("deleted {} part file(s) of documents an earlier session did not finish", n);
        }
        return n;
    }

    /** Wipes the key; nothing can be written or opened afterwards (readers already open keep their file key). */
    @Override
    public void close() {
        synchronized (key) {
            closed = true;
            Arrays.fill(key, (byte) 0);
        }
    }

    private void checkOpen() throws IOException {
        if (closed) {
            throw new IOException("the document store is closed");
        }
    }

    private void forceDir() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform opens a folder (Windows): the rename is durable there by itself
        }
    }

    /** The file's key: of the whole header (its salt, and every other byte of it: a changed header decrypts nothing) and the name. */
    private SecretKeySpec fileKey(byte[] header, String sha) throws IOException {
        byte[] shaBytes = sha.getBytes(StandardCharsets.US_ASCII);
        byte[] input = new byte[FILE_LABEL.length + header.length + shaBytes.length];
        System.arraycopy(FILE_LABEL, 0, input, 0, FILE_LABEL.length);
        System.arraycopy(header, 0, input, FILE_LABEL.length, header.length);
        System.arraycopy(shaBytes, 0, input, FILE_LABEL.length + header.length, shaBytes.length);
        byte[] k;
        synchronized (key) {
            checkOpen(); // a wiped key would make every file look damaged
            k = hmac(key, input);
        }
        try {
            return new SecretKeySpec(k, "AES");
        } finally {
            Arrays.fill(k, (byte) 0);
        }
    }

    private static GCMParameterSpec nonce(long index, boolean last) {
        byte[] iv = new byte[12];
        for (int i = 7; i >= 0; i--) {
            iv[i] = (byte) index;
            index >>>= 8;
        }
        iv[11] = (byte) (last ? 1 : 0);
        return new GCMParameterSpec(TAG * 8, iv);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    /**
     * One reader of a document's file: clear bytes at any offset, each chunk authenticated when decrypted (the last
     * one decrypted is kept). Not thread-safe; open one per reader. Read through a RandomAccessFile, whose reads an
     * interrupt does not break (a FileChannel is closed by an interrupt of the reading thread: a render stopped
     * mid-read would lose its file under PDFBox).
     */
    public final class Opened implements AutoCloseable {
        private final String sha;
        private final java.io.RandomAccessFile ch;
        private final SecretKeySpec fileKey;
        private final Cipher gcm;
        private final long length;
        private final long chunks;
        private final long size;
        private final byte[] sealed = new byte[CHUNK + TAG];
        private final byte[] plain = new byte[CHUNK];
        private long cached = -1;
        private int cachedLength;

        private Opened(String sha, java.io.RandomAccessFile ch) throws IOException {
            this.sha = sha;
            this.ch = ch;
            size = ch.length();
            byte[] header = new byte[HEADER];
            if (size < HEADER + TAG || readAt(ByteBuffer.wrap(header), 0) < HEADER
                    || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                throw new Damaged(sha, "no document header");
            }
            if (!MessageDigest.isEqual(Arrays.copyOfRange(header, MAGIC.length, MAGIC.length + check.length), check)) {
                throw new WrongKey(sha);
            }
            fileKey = fileKey(header, sha);
            try {
                gcm = Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            long body = size - HEADER;
            long full = body / (CHUNK + TAG);
            long rest = body % (CHUNK + TAG);
            if (rest != 0 && rest < TAG) {
                throw new Damaged(sha, "cut inside a chunk");
            }
            chunks = rest == 0 ? full : full + 1;
            length = full * CHUNK + (rest == 0 ? 0 : rest - TAG);
            chunk(chunks - 1); // the last chunk carries the end mark: a file cut at a chunk boundary fails here
        }

        public long length() {
            return length;
        }

        /** Reads up to {@code len} clear bytes at {@code pos} into {@code dst}; −1 at the end. */
        public int read(long pos, byte[] dst, int off, int len) throws IOException {
            if (pos >= length) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            long index = pos / CHUNK;
            chunk(index);
            int at = (int) (pos - index * CHUNK);
            int n = Math.min(len, cachedLength - at);
            System.arraycopy(plain, at, dst, off, n);
            return n;
        }

        private void chunk(long index) throws IOException {
            if (cached == index) {
                return;
            }
            cached = -1;
            boolean last = index == chunks - 1;
            int sealedLength = (int) (last ? size - HEADER - index * (CHUNK + TAG) : CHUNK + TAG);
            ByteBuffer b = ByteBuffer.wrap(sealed, 0, sealedLength);
            if (readAt(b, HEADER + index * (CHUNK + TAG)) < sealedLength) {
                throw new Damaged(sha, "cut short");
            }
            try {
                gcm.init(Cipher.DECRYPT_MODE, fileKey, nonce(index, last));
                cachedLength = gcm.doFinal(sealed, 0, sealedLength, plain, 0);
            } catch (AEADBadTagException e) {
                throw new Damaged(sha, "chunk " + index + " does not authenticate");
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot decrypt document " + sha, e);
            }
            cached = index;
        }

        private int readAt(ByteBuffer b, long pos) throws IOException {
            ch.seek(pos);
            int got = 0;
            while (b.hasRemaining()) {
                int n = ch.read(b.array(), b.arrayOffset() + b.position(), b.remaining());
                if (n < 0) {
                    break;
                }
                b.position(b.position() + n);
                got += n;
            }
            return got;
        }

        /** The clear bytes from the start, as a stream (closing it closes this reader). */
        public InputStream stream() {
            return new InputStream() {
                private long pos;

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    int n = read(one, 0, 1);
                    return n <= 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (len == 0) {
                        return 0;
                    }
                    int n = Opened.this.read(pos, b, off, len);
                    if (n > 0) {
                        pos += n;
                    }
                    return n;
                }

                @Override
                public long skip(long n) {
                    long k = Math.max(0, Math.min(n, length - pos));
                    pos += k;
                    return k;
                }

                @Override
                public int available() {
                    return (int) Math.min(Integer.MAX_VALUE, Math.max(0, cached == pos / CHUNK
                            ? cachedLength - (pos - cached * CHUNK) : 0));
                }

                @Override
                public void close() throws IOException {
                    Opened.this.close();
                }
            };
        }

        /** Every byte read once: whether the whole file authenticates. */
        public void verifyAll() throws IOException {
            for (long i = 0; i < chunks; i++) {
                chunk(i);
            }
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }
}
