package org.courtdesk.server.reading.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.PATH;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.courtdesk.model.api.ReadingApplicationForm;
import org.courtdesk.model.api.SubmissionReceipt;
import org.courtdesk.model.reading.MaterialType;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.ServerProcess;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestDatabases;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads stream to the file store's staging directory while they are hashed, never whole into the heap: a 40 MB
 * material is accepted by a server process with a 64 MB heap (buffering it, as before, needs about three times its
 * size: the growing buffer, its copy, the part's array), and lands in the store under its SHA-256. A file over the
 * per-file limit, or a body over the per-submission limit, is refused with the usual problem, stores nothing and
 * leaves no temporary file; so is one refused after the body was read, and a replay. On H2 (the process's own, in its
 * data directory) and, with {@code -Ppostgresql}, on a PostgreSQL database of the embedded server.
 */
class StreamingUploadTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path tmp;

    @Test
    void aFortyMegabyteUploadStreamsThroughASixtyFourMegabyteHeap() throws Exception {
        // This run's database: the process's own embedded H2 in dataDir, or (-Ppostgresql) a PostgreSQL database.
        String postgres = TestDatabases.postgresql() ? TestDatabases.newPostgresDatabase() : null;
        Path dataDir = tmp.resolve("data");
        String username;
        String caseNumber;
        TestServer seed = TestServer.startOn(dataDir, postgres);
        try {
            ApplicantFixtures af = new ApplicantFixtures(seed);
            long judge = af.judge();
            long lawyer = af.lawyer();
            username = af.fx.username(lawyer);
            caseNumber = af.archived(judge, true).number();
        } finally {
            seed.stop(); // not close(): that deletes the data directory
        }
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "streaming-upload-server.log");
        Files.deleteIfExists(log);
        try (ServerProcess server = new ServerProcess(dataDir, log, "64m",
                TestServer.databaseFlags(postgres, "--max-material-mb=50"))) {
            server.start();
            HttpTestClient lawyer = new HttpTestClient(server.baseUrl()).login(username, TestData.PASSWORD);
            Path files = dataDir.resolve("files");

            long size = 40 * MB;
            String sha = sha256(pdfLike(size, 7));
            long started = System.nanoTime();
            // Bounded: a server that buffers the file does not fail fast, it collects garbage for many minutes.
            Response r = java.util.concurrent.CompletableFuture.supplyAsync(() -> lawyer.postStream(PATH, CONTENT_TYPE,
                    () -> body(caseNumber, size, 7), "Idempotency-Key", UUID.randomUUID().toString()))
                    .get(5, java.util.concurrent.TimeUnit.MINUTES);
            long ms = (System.nanoTime() - started) / 1_000_000;
            assertThat(r.status()).as(r.text() + " — see " + log + ": " + tail(log)).isEqualTo(201);
            System.out.printf("[StreamingUploadTest] 40 MB material through a 64 MB-heap server: %d ms%n", ms);
            SubmissionReceipt receipt = r.as(SubmissionReceipt.class);
            assertThat(receipt.applicationNo()).isNotBlank();
            Path stored = files.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
            assertThat(stored).exists();
            assertThat(Files.size(stored)).isEqualTo(size);
            try (InputStream in = Files.newInputStream(stored)) {
                assertThat(sha256(in)).isEqualTo(sha);
            }
            assertThat(staged(files)).as("no temporary file left").isEmpty();

            // 51 MB: over the 50 MB per-file limit, refused while it streams; nothing stored, nothing left.
            List<Path> before = storedFiles(files);
            Response big = lawyer.postStream(PATH, CONTENT_TYPE, () -> body(caseNumber, 51 * MB, 8),
                    "Idempotency-Key", UUID.randomUUID().toString());
            assertThat(big.status()).as(big.text()).isEqualTo(413);
            assertThat(big.code()).isEqualTo("MATERIAL_TOO_LARGE");
            assertThat(storedFiles(files)).isEqualTo(before);
            assertThat(staged(files)).as("the refused upload's temporary file is deleted").isEmpty();
            assertThat(server.alive()).isTrue();
        }
    }

    @Test
    void refusalsStoreNothingAndLeaveNoTemporaryFile() throws Exception {
        long limit = 300 * 1024;
        try (TestServer server = TestServer.start(c -> c.withMaxMaterialBytes(limit))) {
            ApplicantFixtures af = new ApplicantFixtures(server);
            long judge = af.judge();
            long lawyerId = af.lawyer();
            HttpTestClient lawyer = af.login(lawyerId);
            String caseNumber = af.archived(judge, true).number();
            Path files = server.config().effectiveFilesDir();
            ApplicantFixtures.Counts before = af.counts();
            List<Path> stored = storedFiles(files);

            // one file over the per-file limit, refused while it streams
            Response tooLarge = lawyer.postStream(PATH, CONTENT_TYPE, () -> body(caseNumber, limit + 1, 1),
                    "Idempotency-Key", UUID.randomUUID().toString());
            assertThat(tooLarge.status()).as(tooLarge.text()).isEqualTo(413);
            assertThat(tooLarge.code()).isEqualTo("MATERIAL_TOO_LARGE");
            // every file under its limit, the submission over eight files' worth
            Response bodyTooLarge = lawyer.postStream(PATH, CONTENT_TYPE, () -> body(caseNumber, limit - 1024, 2, 9),
                    "Idempotency-Key", UUID.randomUUID().toString());
            assertThat(bodyTooLarge.status()).as(bodyTooLarge.text()).isEqualTo(413);
            assertThat(bodyTooLarge.code()).isEqualTo("MATERIAL_TOO_LARGE");
            // read whole, then refused by the rules (a file that is no PDF): the staged files go too
            List<Part> parts = new ArrayList<>(ApplicantFixtures.body(ApplicantFixtures.form(caseNumber, ReadingMode.ONLINE),
                    ApplicantFixtures.lawyerMaterialsWith(MaterialType.POWER_OF_ATTORNEY, ApplicantFixtures.file(
                            MaterialType.POWER_OF_ATTORNEY, "委托书.pdf", "application/pdf", new byte[200 * 1024]))));
            Response notPdf = lawyer.multipart(PATH, parts);
            assertThat(notPdf.code()).isEqualTo("MATERIAL_CONTENT_REFUSED");

            assertThat(af.counts()).as("a refusal stores nothing").isEqualTo(before);
            assertThat(storedFiles(files)).as("no file in the store").isEqualTo(stored);
            assertThat(staged(files)).as("no temporary file left").isEmpty();

            // accepted, then replayed with the same key: stored once, no temporary file either time
            String key = UUID.randomUUID().toString();
            Response ok = lawyer.postStream(PATH, CONTENT_TYPE, () -> body(caseNumber, limit - 1024, 3), "Idempotency-Key", key);
            assertThat(ok.status()).as(ok.text()).isEqualTo(201);
            Response replay = lawyer.postStream(PATH, CONTENT_TYPE, () -> body(caseNumber, limit - 1024, 3), "Idempotency-Key", key);
            assertThat(replay.status()).as(replay.text()).isEqualTo(201);
            assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
            String sha = sha256(pdfLike(limit - 1024, 3));
            assertThat(files.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha)).exists();
            assertThat(staged(files)).as("no temporary file left").isEmpty();
        }
    }

    // ------------------------------------------------------------------ a body made while it is sent

    private static final String BOUNDARY = "----courtdesk-streaming";
    private static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    /**
     * The application of a lawyer with its four materials, the 授权委托书 a PDF-looking file of {@code size} bytes
     * (from {@code seed}); with {@code copies} > 1, that many 申请人身份证明 files besides (to pass the body's limit).
     */
    static InputStream body(String caseNumber, long size, int seed, int... copies) {
        ReadingApplicationForm form = ApplicantFixtures.form(caseNumber, ReadingMode.ONLINE);
        List<InputStream> parts = new ArrayList<>();
        parts.add(text(header("application", null, "application/json") + Json.write(form) + "\r\n"));
        for (Part p : OTHER_MATERIALS) {
            parts.add(text(header(p.name(), p.fileName(), p.contentType())));
            parts.add(new ByteArrayInputStream(p.content()));
            parts.add(text("\r\n"));
        }
        int n = copies.length == 0 ? 1 : copies[0];
        for (int i = 0; i < n; i++) {
            parts.add(text(header(MaterialType.POWER_OF_ATTORNEY.name(), "委托书" + i + ".pdf", "application/pdf")));
            parts.add(pdfLike(size, seed + 1000 * i));
            parts.add(text("\r\n"));
        }
        parts.add(text("--" + BOUNDARY + "--\r\n"));
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    /** The lawyer's other three materials, the same bytes in every body (a replay must be the same request). */
    private static final List<Part> OTHER_MATERIALS = ApplicantFixtures.lawyerMaterialsWith(MaterialType.POWER_OF_ATTORNEY,
            null);

    private static String header(String name, String fileName, String type) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\nContent-Type: " + type + "\r\n\r\n";
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code size} bytes starting with a PDF header, the rest pseudo-random from {@code seed}, made as read. */
    static InputStream pdfLike(long size, int seed) {
        byte[] head = "%PDF-1.4\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
        Random random = new Random(seed);
        return new InputStream() {
            long pos;
            final byte[] block = new byte[8192];

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - pos);
                for (int i = 0; i < n; i++) {
                    long p = pos + i;
                    if (p < head.length) {
                        b[off + i] = head[(int) p];
                    } else {
                        int k = (int) ((p - head.length) % block.length);
                        if (k == 0) {
                            random.nextBytes(block);
                        }
                        b[off + i] = block[k];
                    }
                }
                pos += n;
                return n;
            }
        };
    }

    static String sha256(InputStream in) throws IOException {
        try (in) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored files (under their hash), sorted. */
    static List<Path> storedFiles(Path files) throws IOException {
        if (!Files.isDirectory(files)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(files)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}"))
                    .sorted().toList();
        }
    }

    /** What is in the store's staging directory. */
    static List<Path> staged(Path files) throws IOException {
        Path dir = files.resolve("tmp");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
