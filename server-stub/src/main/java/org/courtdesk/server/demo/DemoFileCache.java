package org.courtdesk.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.courtdesk.server.pdf.PlainPdf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo court's generated files (case files, papers, pictures), built once and reused by every later seeding on
 * this machine: each is stored under the SHA-256 of what it is made from (its recipe: the generator's inputs as
 * text) and of the generator's code ({@link #FINGERPRINT}: the class files that draw them, the fonts, PDFBox's
 * version), so a changed generator or changed demo data builds anew. Drawing the files is most of a cold demo
 * seeding (tens of seconds on a busy machine); reading them back takes well under a second.
 *
 * <p>Where: {@code COURTDESK_DEMO_CACHE} or {@code -Dcourtdesk.demo.cache} (a directory, or {@code off}), else
 * {@code courtdesk-demo-files} in the system's temporary directory. Only the demo reads it, and nothing in it is
 * trusted beyond being a file the demo generator could have made (a missing or unreadable entry is built again).
 * Entries are written to a temporary file and moved into place, so concurrent seedings never see half a file; an
 * entry not used for {@value #UNUSED_DAYS} days is deleted at the next seeding.
 */
public final class DemoFileCache {

    private static final Logger LOG = LoggerFactory.getLogger(DemoFileCache.class);

    /** The code that draws the files: a change in any of these makes every entry stale. */
    private static final List<String> GENERATOR_CLASSES = List.of(
            "org/courtdesk/server/demo/DemoFileCache.class",
            "org/courtdesk/server/demo/DemoMaterials.class",
            "org/courtdesk/server/demo/DemoEvidenceExchanges.class",
            "org/courtdesk/server/demo/casefiles/CaseFileGenerator.class",
            "org/courtdesk/server/demo/casefiles/CaseFileGenerator$Story.class",
            "org/courtdesk/server/demo/casefiles/CaseFileText.class",
            "org/courtdesk/server/demo/casefiles/CauseTexts.class",
            "org/courtdesk/server/demo/casefiles/CaseFileData.class",
            "org/courtdesk/server/demo/casefiles/CaseVolume.class",
            "org/courtdesk/server/pdf/CjkPdfWriter.class",
            "org/courtdesk/server/pdf/PlainPdf.class",
            "org/courtdesk/server/pdf/PdfFonts.class",
            "org/courtdesk/fonts/DroidSansFallbackFull.ttf",
            "org/apache/pdfbox/pdmodel/PDDocument.class");

    private static final String FINGERPRINT = fingerprint();
    private static final Path DIR = directory();

    private DemoFileCache() {}

    /** The bytes {@code make} builds from {@code recipe}: from the cache when built before, else built and stored. */
    public static byte[] get(String recipe, Supplier<byte[]> make) {
        return getAll(recipe, 1, () -> List.of(make.get())).get(0);
    }

    /** A PDF of {@link PlainPdf}, its lines being its recipe. */
    public static byte[] pdf(PlainPdf pdf) {
        return get("PlainPdf " + pdf.recipe(), pdf::toBytes);
    }

    /** {@code n} files built together from one recipe (e.g. the volumes of one case file). */
    public static List<byte[]> getAll(String recipe, int n, Supplier<List<byte[]>> make) {
        if (DIR == null) {
            return make.get();
        }
        String key = sha256((FINGERPRINT + "\n" + recipe).getBytes(StandardCharsets.UTF_8));
        Path base = DIR.resolve(key.substring(0, 2));
        List<byte[]> found = new ArrayList<>(n);
        try {
            for (int i = 0; i < n; i++) {
                Path p = base.resolve(key + "." + i);
                if (!Files.isRegularFile(p)) {
                    break;
                }
                found.add(Files.readAllBytes(p));
                Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.from(java.time.Instant.now())); // in use
            }
        } catch (IOException e) {
            found.clear(); // built again below
        }
        if (found.size() == n) {
            return found;
        }
        List<byte[]> made = make.get();
        if (made.size() != n) {
            throw new IllegalStateException("expected " + n + " files, made " + made.size());
        }
        try {
            Files.createDirectories(base);
            for (int i = 0; i < n; i++) {
                Path target = base.resolve(key + "." + i);
                Path temp = Files.createTempFile(base, key, ".tmp");
                Files.write(temp, made.get(i));
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            LOG.debug("demo file cache: cannot store an entry in {}: {}", DIR, e.toString());
        }
        return made;
    }

    private static Path directory() {
        String configured = System.getenv("COURTDESK_DEMO_CACHE");
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty("courtdesk.demo.cache");
        }
        if (configured != null && configured.equalsIgnoreCase("off")) {
            return null;
        }
        Path dir = configured == null || configured.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "courtdesk-demo-files")
                : Path.of(configured);
        try {
            Files.createDirectories(dir);
            prune(dir);
            return dir;
        } catch (IOException | RuntimeException e) {
            LOG.warn("demo file cache off: cannot create {}: {}", dir, e.toString());
            return null;
        }
    }

    /** Entries unused for {@link #UNUSED_DAYS} days (another day's demo dates, an older generator) are deleted. */
    private static void prune(Path dir) {
        java.time.Instant before = java.time.Instant.now().minus(java.time.Duration.ofDays(UNUSED_DAYS));
        try (var files = Files.walk(dir, 2)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                try {
                    if (Files.getLastModifiedTime(f).toInstant().isBefore(before)) {
                        Files.deleteIfExists(f);
                    }
                } catch (IOException ignored) {
                    // another seeding's, or gone meanwhile
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.debug("demo file cache: cannot prune {}: {}", dir, e.toString());
        }
    }

    static final int UNUSED_DAYS = 14;

    private static String fingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String resource : GENERATOR_CLASSES) {
                md.update(resource.getBytes(StandardCharsets.UTF_8));
                try (InputStream in = DemoFileCache.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        md.update((byte) 0);
                    } else {
                        md.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the demo generator", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
