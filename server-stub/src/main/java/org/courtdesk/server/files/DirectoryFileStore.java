package org.courtdesk.server.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The default file store: a directory (local, or a network share several instances mount), content-addressed as
 * {@code ab/cd/abcd…} (two levels of 256 folders keep each folder small with millions of files). A file is written
 * to {@code tmp/} first, forced to the disk, then moved into place atomically: a crash leaves a stray temporary file,
 * never half a stored one. Reads verify the SHA-256.
 */
public final class DirectoryFileStore implements FileStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private final Path root;
    private final Path tmp;

    public DirectoryFileStore(Path root) {
        this.root = root.toAbsolutePath();
        this.tmp = this.root.resolve("tmp");
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the file store " + this.root, e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public Path stagingDir() {
        return tmp;
    }

    @Override
    public void touch(String sha256) throws IOException {
        Files.setLastModifiedTime(pathOf(sha256), java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
    }

    /** Where the file of {@code sha256} lives (whether or not it is stored). */
    public Path pathOf(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 address: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    @Override
    public String put(byte[] bytes) throws IOException {
        String sha = sha256(bytes);
        Path target = pathOf(sha);
        if (Files.exists(target)) {
            return sha;
        }
        Path temp = Files.createTempFile(tmp, sha.substring(0, 8), ".part");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
        return sha;
    }

    @Override
    public void putFile(Path file, String sha256) throws IOException {
        Path target = pathOf(sha256);
        if (Files.exists(target)) {
            return;
        }
        if (file.toAbsolutePath().getParent().equals(tmp)) {
            // An upload staged here (StagedFile, forced to the disk when it was finished): verify, then rename.
            MessageDigest md = digest();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            String actual = HexFormat.of().formatHex(md.digest());
            if (!actual.equals(sha256)) {
                throw new IOException("the file's bytes hash to " + actual + ", not " + sha256);
            }
            moveIntoPlace(file, target);
            return;
        }
        Path temp = Files.createTempFile(tmp, sha256.substring(0, 8), ".part");
        try {
            MessageDigest md = digest();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), md);
                 FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] buf = new byte[64 * 1024];
                for (int n; (n = in.read(buf)) > 0; ) {
                    ByteBuffer b = ByteBuffer.wrap(buf, 0, n);
                    while (b.hasRemaining()) {
                        ch.write(b);
                    }
                }
                ch.force(true);
            }
            String actual = HexFormat.of().formatHex(md.digest());
            if (!actual.equals(sha256)) {
                throw new IOException("the file's bytes hash to " + actual + ", not " + sha256);
            }
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void moveIntoPlace(Path temp, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Another instance stored the same content first: same bytes, nothing to do.
        } catch (AtomicMoveNotSupportedException e) {
            // A share without rename: copy next to the target, then rename there (still atomic for readers).
            Path near = target.resolveSibling(target.getFileName() + ".part");
            Files.copy(temp, near, StandardCopyOption.REPLACE_EXISTING);
            Files.move(near, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceDirectory(target.getParent());
    }

    /** The new directory entry on the disk too (Linux; a no-op where directories cannot be opened). */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory; NTFS journals the rename itself.
        }
    }

    @Override
    public byte[] get(String sha256) throws IOException {
        byte[] bytes = Files.readAllBytes(pathOf(sha256));
        String actual = sha256(bytes);
        if (!actual.equals(sha256)) {
            throw new StoredFileCorruptException(sha256, actual);
        }
        return bytes;
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        MessageDigest md = digest();
        InputStream in = new DigestInputStream(Files.newInputStream(pathOf(sha256)), md);
        return new FilterInputStream(in) {
            private boolean checked;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b < 0) {
                    check();
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n < 0) {
                    check();
                }
                return n;
            }

            private void check() {
                if (!checked) {
                    checked = true;
                    String actual = HexFormat.of().formatHex(md.digest());
                    if (!actual.equals(sha256)) {
                        throw new StoredFileCorruptException(sha256, actual);
                    }
                }
            }
        };
    }

    @Override
    public boolean contains(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
