package org.courtdesk.server.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what the file store holds that nothing refers to: a stored file (under its SHA-256) without a {@code blob}
 * row — written before its request's transaction, which then rolled back or died with the server — and temporary
 * files of uploads a crash or a lost connection left in {@code tmp/} (and {@code .part} copies beside stored files).
 * Only what is older than the grace period goes: an upload still running has written to its temporary file within
 * it, a stored file an upload is about to refer to again was touched by {@code BlobStore.put} within it
 * ({@link FileStore#touch}), and a file written for a transaction not yet committed is younger too. Every removal is
 * logged. Run at start and nightly ({@code ops.NightlyBackup}).
 *
 * <p>Against an upload of the same content (content-addressed: a new upload of a file a rolled-back request left
 * behind refers to that very file), the age is not enough: the upload may find the file just before the sweep
 * removes it. So a stored file is removed in three steps ({@link #remove}): moved aside into the store's
 * {@code quarantine/}, its row claimed in the database (which waits for an upload's uncommitted row), and only then
 * deleted — or put back. {@code BlobStore.put} checks its file again once its row is in and stores it anew if a
 * sweep has taken it. {@code OrphanSweepRaceTest} holds a sweep and an upload at each point in turn.
 */
public final class OrphanSweep {

    public static final Duration DEFAULT_GRACE = Duration.ofHours(24);
    private static final Logger LOG = LoggerFactory.getLogger(OrphanSweep.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BATCH = 500;

    /** What a sweep removed (stored files without a row, temporary files) and kept. */
    public record Result(List<String> removedFiles, int removedTemporary, long removedBytes, int referenced,
                         int young) {}

    private OrphanSweep() {}

    /** Points in a sweep where a test holds it to interleave an upload (no-ops in the server). */
    interface Hooks {
        Hooks NONE = new Hooks() {};

        /** The sweep found {@code sha256} old and without a row, and is about to remove it (to take it aside). */
        default void beforeRemoving(String sha256) {}
    }

    public static Result run(Jdbi jdbi, DirectoryFileStore store, Duration grace) {
        return run(jdbi, store, grace, Hooks.NONE);
    }

    static Result run(Jdbi jdbi, DirectoryFileStore store, Duration grace, Hooks hooks) {
        Instant cutoff = Instant.now().minus(grace);
        List<String> removed = new ArrayList<>();
        long[] bytes = {0};
        int[] temporary = {0};
        int[] young = {0};
        int referenced = 0;
        try {
            // Files a sweep took aside and did not finish with: back to their addresses, judged again below.
            for (String sha : store.quarantined()) {
                store.restore(sha);
                LOG.info("orphan sweep: put {} back from the quarantine (left by a sweep that was stopped, or one "
                        + "running on another instance: judged again)", sha);
            }
            // Temporary files: never referenced by anything; old ones are leftovers.
            for (Path p : list(store.root(), false)) {
                if (olderThan(p, cutoff)) {
                    long size = Files.size(p);
                    if (Files.deleteIfExists(p)) {
                        temporary[0]++;
                        bytes[0] += size;
                        LOG.info("orphan sweep: removed temporary file {} ({} bytes): an upload that never finished",
                                store.root().relativize(p), size);
                    }
                } else {
                    young[0]++;
                }
            }
            // Stored files: old ones without a blob row.
            List<Path> old = new ArrayList<>();
            for (Path p : list(store.root(), true)) {
                if (olderThan(p, cutoff)) {
                    old.add(p);
                } else {
                    young[0]++;
                }
            }
            for (int i = 0; i < old.size(); i += BATCH) {
                List<Path> batch = old.subList(i, Math.min(old.size(), i + BATCH));
                List<String> names = batch.stream().map(p -> p.getFileName().toString()).toList();
                Set<String> rows = new HashSet<>(jdbi.withHandle(h -> h.createQuery(
                                "SELECT sha256 FROM blob WHERE sha256 IN (<names>)")
                        .bindList("names", names).mapTo(String.class).list()));
                for (Path p : batch) {
                    String sha = p.getFileName().toString();
                    if (rows.contains(sha)) {
                        referenced++;
                    } else if (olderThan(p, cutoff)) { // again: an upload may have touched it meanwhile
                        hooks.beforeRemoving(sha);
                        long size = remove(jdbi, store, sha);
                        if (size >= 0) {
                            removed.add(sha);
                            bytes[0] += size;
                            LOG.info("orphan sweep: removed {} ({} bytes): no blob row refers to it", sha, size);
                        } else if (size == REFERENCED) {
                            referenced++;
                        }
                    } else {
                        young[0]++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("orphan sweep of " + store.root() + " failed", e);
        }
        Result result = new Result(List.copyOf(removed), temporary[0], bytes[0], referenced, young[0]);
        LOG.info("orphan sweep of {}: removed {} unreferenced files and {} temporary files ({} bytes); kept {} referenced, "
                        + "{} younger than {}", store.root(), removed.size(), temporary[0], bytes[0], referenced, young[0],
                grace);
        return result;
    }

    private static final long GONE = -1;
    private static final long REFERENCED = -2;

    /**
     * Removes the stored file of {@code sha256} unless something refers to it, safely against an upload of the
     * same content on any instance. The file is first moved aside (atomically): an upload that looks for it from
     * now on finds nothing and stores the content anew ({@code BlobStore.put}). Then the sweep claims the row an
     * upload would write, by inserting it in a transaction it never commits: the database makes that insert wait
     * for an upload's own uncommitted insert of the same address and refuses it once that commits (or once a row is
     * there already). Only when the claim succeeds — no row, committed or on its way — is the quarantined copy
     * deleted, the claim still held (an upload inserting the row now waits, then finds the file missing and stores
     * it again; {@code BlobStore.put} checks after its row is in). Otherwise the file goes back to its address.
     *
     * @return the bytes removed; {@link #GONE} when the file was not there any more; {@link #REFERENCED} when a
     *         row refers to it after all (put back)
     */
    private static long remove(Jdbi jdbi, DirectoryFileStore store, String sha256) throws IOException {
        if (!store.quarantine(sha256)) {
            return GONE;
        }
        long size;
        try (org.jdbi.v3.core.Handle h = jdbi.open()) {
            h.begin();
            try {
                if (h.getConnection().getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                        .contains("postgres")) {
                    h.execute("SET LOCAL lock_timeout = '30s'"); // an upload holding its row that long: kept
                }
                h.createUpdate("INSERT INTO blob (sha256, content_type, size_bytes, stored_at) "
                                + "VALUES (:s, 'application/octet-stream', 0, :at)")
                        .bind("s", sha256).bind("at", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
                        .execute();
            } catch (RuntimeException | java.sql.SQLException claimRefused) {
                h.rollback();
                // A row refers to it (or an upload holds one so long that the wait ended): keep the file.
                store.restore(sha256);
                LOG.info("orphan sweep: kept {}: an upload referred to it again while it was being swept ({})",
                        sha256, claimRefused.getClass().getSimpleName());
                return REFERENCED;
            }
            try {
                size = store.discardQuarantined(sha256); // the claim held: an upload's insert waits for it
            } finally {
                h.rollback(); // the claim never commits
            }
        }
        return size;
    }

    /** Stored files ({@code stored}) or temporary ones: tmp/*, and .part files beside stored ones. */
    private static List<Path> list(Path root, boolean stored) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root, 3)) {
            return s.filter(p -> !p.equals(root)).filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString();
                boolean inTmp = p.getParent().equals(root.resolve("tmp"));
                boolean aside = p.getParent().equals(root.resolve(DirectoryFileStore.QUARANTINE));
                boolean hashNamed = SHA256.matcher(name).matches() && !inTmp && !aside;
                return stored ? hashNamed : !aside && (inTmp || name.endsWith(".part"));
            }).toList();
        }
    }

    private static boolean olderThan(Path p, Instant cutoff) throws IOException {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class).lastModifiedTime().toInstant().isBefore(cutoff);
        } catch (java.nio.file.NoSuchFileException e) {
            return false; // gone meanwhile (stored, or removed by another instance)
        }
    }
}
