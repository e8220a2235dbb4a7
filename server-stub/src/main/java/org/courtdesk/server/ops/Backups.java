package org.courtdesk.server.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.db.Vendor;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consistent backups of a single-court install (embedded H2) and their restore.
 *
 * <p>A backup is a directory {@code courtdesk-YYYYMMDD-HHMMSS} holding {@code database.zip} (H2's online
 * {@code BACKUP TO}: a consistent copy while the server serves) and {@code files/}, the file store copied after the
 * database. The store only ever gains files, and a file is written before the row that names it commits, so every
 * file the database copy refers to is in {@code files/} (a few newer ones may be too; they are harmless).
 *
 * <p>PostgreSQL is backed up with {@code pg_dump} by the database's own operators (README "Backup and restore");
 * the nightly backup then copies the file store only.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    public static final String PREFIX = "courtdesk-";
    public static final String DATABASE_ZIP = "database.zip";
    public static final String FILES = "files";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Backups() {}

    /** Writes one backup under {@code backupDir} and returns its directory. */
    public static Path backup(Jdbi jdbi, String jdbcUrl, Path filesDir, Path backupDir, Instant now, ZoneId zone) {
        try {
            Files.createDirectories(backupDir);
            String name = PREFIX + NAME.format(now.atZone(zone));
            Path target = backupDir.resolve(name);
            for (int i = 2; Files.exists(target); i++) {
                target = backupDir.resolve(name + "-" + i);
            }
            Path partial = backupDir.resolve(target.getFileName() + ".partial");
            Files.createDirectories(partial);
            if (Vendor.of(jdbcUrl) == Vendor.H2) {
                String zip = partial.resolve(DATABASE_ZIP).toAbsolutePath().toString().replace('\\', '/');
                jdbi.useHandle(h -> h.execute("BACKUP TO '" + zip.replace("'", "''") + "'"));
            } else {
                LOG.info("backup: PostgreSQL is backed up with pg_dump (README); copying the file store only");
            }
            copyTree(filesDir, partial.resolve(FILES));
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("backup written: {}", target.toAbsolutePath());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("backup into " + backupDir + " failed", e);
        }
    }

    /** Deletes all but the {@code keep} newest backups (by name, which is by time); returns the deleted ones. */
    public static List<Path> prune(Path backupDir, int keep) {
        List<Path> backups = list(backupDir);
        List<Path> deleted = new ArrayList<>();
        for (int i = 0; i < backups.size() - keep; i++) {
            deleteTree(backups.get(i));
            deleted.add(backups.get(i));
        }
        if (!deleted.isEmpty()) {
            LOG.info("backup: removed {} old backup(s), kept {}", deleted.size(), keep);
        }
        return deleted;
    }

    /** The complete backups in {@code backupDir}, oldest first. */
    public static List<Path> list(Path backupDir) {
        if (!Files.isDirectory(backupDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(backupDir)) {
            return s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith(PREFIX)
                            && !p.getFileName().toString().endsWith(".partial"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Restores {@code backup} into the data directory (and file store) of {@code config}, before the server opens
     * them. Refuses to overwrite: the data directory must hold no database (move the old one aside first).
     */
    public static void restore(Path backup, ServerConfig config) {
        if (!Files.isDirectory(backup)) {
            throw new IllegalStateException("no backup at " + backup.toAbsolutePath());
        }
        if (Vendor.of(config.effectiveJdbcUrl()) != Vendor.H2) {
            throw new IllegalStateException("--restore restores the embedded H2 database; restore PostgreSQL with "
                    + "pg_restore or psql (README \"Backup and restore\"), then start without --restore");
        }
        Path zip = backup.resolve(DATABASE_ZIP);
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("not a database backup (no " + DATABASE_ZIP + "): " + backup.toAbsolutePath());
        }
        Path dataDir = config.dataDir();
        try {
            Files.createDirectories(dataDir);
            if (Files.exists(dataDir.resolve("courtdesk.mv.db"))) {
                throw new IllegalStateException("refusing to restore over an existing database: "
                        + dataDir.resolve("courtdesk.mv.db").toAbsolutePath() + " (move it aside first)");
            }
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    if (e.isDirectory()) {
                        continue;
                    }
                    // Only the file name: a backup never writes outside the data directory.
                    Path out = dataDir.resolve(Path.of(e.getName()).getFileName().toString());
                    copy(in, out);
                }
            }
            Path files = backup.resolve(FILES);
            if (Files.isDirectory(files)) {
                copyTree(files, config.effectiveFilesDir());
            }
            LOG.info("restored {} into {}", backup.toAbsolutePath(), dataDir.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("restore of " + backup + " failed", e);
        }
    }

    private static void copy(InputStream in, Path out) throws IOException {
        try {
            Files.copy(in, out);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("refusing to overwrite " + out.toAbsolutePath());
        }
    }

    /** Copies the file store (files already there are kept: same name, same content). Temporary files are skipped. */
    static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path rel = from.relativize(p);
                if (rel.getNameCount() > 0 && rel.getName(0).toString().equals("tmp")) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("backup: could not remove {}: {}", dir, e.toString());
        }
    }
}
