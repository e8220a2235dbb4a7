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
    /** Where the {@link OrphanSweep} moves a stored file while it makes sure nothing refers to it. */
    public static final String QUARANTINE = "quarantine";
    private final Path root;
    private final Path tmp;
    private final Path quarantine;

    public DirectoryFileStore(Path root) {
        this.root = root.toAbsolutePath();
        this.tmp = this.root.resolve("tmp");
        this.quarantine = this.root.resolve(QUARANTINE);
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

    /** The directory of files the orphan sweep has taken aside ({@link #QUARANTINE}). */
    public Path quarantineDir() {
        return quarantine;
    }

    /**
     * Moves the stored file of {@code sha256} out of its address into the quarantine, atomically (a rename on the
     * store's own disk): from now on {@link #contains} says no, so an upload of that content stores it anew instead
     * of referring to this copy. Returns false when nothing is stored there (another sweep took it, or it is gone).
     */
    public boolean quarantine(String sha256) throws IOException {
        Path from = pathOf(sha256);
        Files.createDirectories(quarantine);
        try {
            Files.move(from, quarantine.resolve(sha256), StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
    }

    /**
     * Puts a quarantined file back at its address (something refers to it after all). When an upload has stored
     * the same content there meanwhile, that copy stays and the quarantined one goes. Nothing happens when no
     * quarantined copy is there.
     */
    public void restore(String sha256) throws IOException {
        Path aside = quarantine.resolve(sha256);
        Path target = pathOf(sha256);
        if (!Files.exists(aside)) {
            return;
        }
        if (Files.exists(target)) {
            Files.deleteIfExists(aside);
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.NoSuchFileException e) {
            return; // another sweep restored it first
        }
        forceDirectory(target.getParent());
    }

    /** Deletes the quarantined copy of {@code sha256}; its size, or -1 when it was not there. */
    public long discardQuarantined(String sha256) throws IOException {
        Path aside = quarantine.resolve(pathOf(sha256).getFileName());
        try {
            long size = Files.size(aside);
            Files.delete(aside);
            return size;
        } catch (java.nio.file.NoSuchFileException e) {
            return -1;
        }
    }

    /** The addresses of the files in quarantine (left there by a sweep that did not finish). */
    public java.util.List<String> quarantined() throws IOException {
        if (!Files.isDirectory(quarantine)) {
            return java.util.List.of();
        }
        try (java.util.stream.Stream<Path> s = Files.list(quarantine)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> SHA256.matcher(n).matches()).sorted().toList();
        }
    }

    /** The file to read for {@code sha256}: at its address, or, while a sweep has it aside, in the quarantine. */
    private Path readable(String sha256) {
        Path p = pathOf(sha256);
        if (!Files.exists(p)) {
            Path aside = quarantine.resolve(sha256);
            if (Files.exists(aside)) {
                return aside;
            }
        }
        return p;
    }

    /** Where the file of {@code sha256} lives (whether or not it is stored). */
    public Path pathOf(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 address: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /**
     * Files (then directories) {@link #put(byte[])} stored on this thread inside {@link #syncAtEnd}, not yet forced to
     * the disk; null outside it (each file forced before its put returns).
     */
    private static final ThreadLocal<java.util.LinkedHashSet<Path>> DEFERRED = new ThreadLocal<>();

    /**
     * Runs {@code work} with the forcing to the disk of the files this thread stores with {@link #put(byte[])}
     * deferred to its end, where they are forced one after another (then their directories): for the demo seeding
     * only, which stores hundreds of files (two forces each were most of its time) and whose rows are demo data.
     * Every other write keeps its file forced before it returns.
     */
    public static <T> T syncAtEnd(java.util.function.Supplier<T> work) {
        if (DEFERRED.get() != null) {
            return work.get();
        }
        java.util.LinkedHashSet<Path> deferred = new java.util.LinkedHashSet<>();
        DEFERRED.set(deferred);
        try {
            return work.get();
        } finally {
            DEFERRED.remove();
            java.util.Set<Path> dirs = new java.util.LinkedHashSet<>();
            for (Path p : deferred) {
                if (Files.isDirectory(p)) {
                    dirs.add(p);
                } else {
                    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
                        ch.force(true);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot force " + p + " to the disk", e);
                    }
                }
            }
            dirs.forEach(DirectoryFileStore::forceDirectory);
        }
    }

    @Override
    public String put(byte[] bytes) throws IOException {
        String sha = sha256(bytes);
        Path target = pathOf(sha);
        if (Files.exists(target)) {
            return sha;
        }
        java.util.Set<Path> deferred = DEFERRED.get();
        Path temp = Files.createTempFile(tmp, sha.substring(0, 8), ".part");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                if (deferred == null) {
                    ch.force(true);
                }
            }
            if (deferred != null) {
                deferred.add(target); // forced by syncAtEnd, before the directory below
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
        java.util.Set<Path> deferred = DEFERRED.get();
        if (deferred != null) {
            deferred.add(dir);
            return;
        }
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory; NTFS journals the rename itself.
        }
    }

    @Override
    public byte[] get(String sha256) throws IOException {
        byte[] bytes = Files.readAllBytes(readable(sha256));
        String actual = sha256(bytes);
        if (!actual.equals(sha256)) {
            throw new StoredFileCorruptException(sha256, actual);
        }
        return bytes;
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        MessageDigest md = digest();
        InputStream in = new DigestInputStream(Files.newInputStream(readable(sha256)), md);
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
