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

    public static Result run(Jdbi jdbi, DirectoryFileStore store, Duration grace) {
        Instant cutoff = Instant.now().minus(grace);
        List<String> removed = new ArrayList<>();
        long[] bytes = {0};
        int[] temporary = {0};
        int[] young = {0};
        int referenced = 0;
        try {
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
                        long size = Files.size(p);
                        Files.deleteIfExists(p);
                        removed.add(sha);
                        bytes[0] += size;
                        LOG.info("orphan sweep: removed {} ({} bytes): no blob row refers to it", sha, size);
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

    /** Stored files ({@code stored}) or temporary ones: tmp/*, and .part files beside stored ones. */
    private static List<Path> list(Path root, boolean stored) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root, 3)) {
            return s.filter(p -> !p.equals(root)).filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString();
                boolean inTmp = p.getParent().equals(root.resolve("tmp"));
                boolean hashNamed = SHA256.matcher(name).matches() && !inTmp;
                return stored ? hashNamed : inTmp || name.endsWith(".part");
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
