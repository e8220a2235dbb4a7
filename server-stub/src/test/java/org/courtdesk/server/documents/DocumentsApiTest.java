package org.courtdesk.server.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.courtdesk.model.api.MaterialRef;
import org.courtdesk.model.api.ReadingApplicationForm;
import org.courtdesk.model.api.SubmissionReceipt;
import org.courtdesk.model.reading.MaterialType;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.model.account.Role;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/documents/{sha256}}: the uploaded materials, by hash, to the applicant who uploaded them and to the
 * judge of the case with their clerks. Everyone else gets the same 404 as for a hash nobody stored.
 */
class DocumentsApiTest {

    static final String PATH = "/api/v1/documents/";

    static TestServer server;
    static ReadingFixtures fx;

    long judgeId;
    HttpTestClient judge;
    HttpTestClient clerk;
    HttpTestClient otherJudge;
    HttpTestClient otherClerk;
    HttpTestClient lawyerA;
    HttpTestClient lawyerB;
    long caseId;
    String caseNumber;
    byte[] licencePng;
    byte[] letterPdf;
    byte[] attorneyPngLabelledPdf;
    byte[] identityJpeg;
    SubmissionReceipt receipt;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new ReadingFixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void submitted() throws Exception {
        TestData data = fx.data;
        judgeId = data.judge(ReadingFixtures.unique("judge"), ReadingFixtures.COURT);
        long otherJudgeId = data.judge(ReadingFixtures.unique("judge"), ReadingFixtures.COURT);
        String c = ReadingFixtures.unique("clerk");
        String oc = ReadingFixtures.unique("clerk");
        data.clerk(c, ReadingFixtures.COURT, judgeId);
        data.clerk(oc, ReadingFixtures.COURT, otherJudgeId);
        judge = login(judgeId);
        otherJudge = login(otherJudgeId);
        clerk = server.client().login(c, TestData.PASSWORD);
        otherClerk = server.client().login(oc, TestData.PASSWORD);
        lawyerA = login(fx.lawyer());
        lawyerB = login(fx.lawyer());
        caseNumber = ReadingFixtures.caseNumber();
        caseId = data.caseOf(ReadingFixtures.COURT, caseNumber, judgeId, CaseStatus.ARCHIVED, true);

        licencePng = image("png");
        letterPdf = new PlainPdf().title("律师事务所介绍信", 16f).line("兹介绍本所律师前往贵院查阅卷宗。" + System.nanoTime(), 11f).toBytes();
        attorneyPngLabelledPdf = image("png");
        identityJpeg = image("jpg");
        Response r = lawyerA.multipart("/api/v1/reading-requests", List.of(
                Part.json("application", new ReadingApplicationForm(ReadingFixtures.COURT, caseNumber, "全案卷宗",
                        "代理需要", ReadingMode.ONLINE, true, 1)),
                Part.file("LAWYER_LICENCE", "执业证.png", "image/png", licencePng),
                Part.file("LAW_FIRM_LETTER", "介绍信.pdf", "application/pdf", letterPdf),
                Part.file("POWER_OF_ATTORNEY", "委托书.pdf", "application/pdf", attorneyPngLabelledPdf),
                Part.file("PARTY_IDENTITY", "身份证明.jpg", "image/jpeg", identityJpeg)));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        receipt = r.as(SubmissionReceipt.class);
    }

    private HttpTestClient login(long id) {
        return server.client().login(fx.username(id), TestData.PASSWORD);
    }

    private static int n;

    private static byte[] image(String format) throws java.io.IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(30, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        img.setRGB(++n % 30, 0, 0x123456 + n);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    private String sha(MaterialType type) {
        return receipt.request().materials().stream().filter(m -> m.type() == type).map(MaterialRef::sha256)
                .findFirst().orElseThrow();
    }

    @Test
    void theApplicantGetsTheBytesWithTheTypeDetectedFromThem() {
        Object[][] expected = {
                {MaterialType.LAWYER_LICENCE, licencePng, "image/png"},
                {MaterialType.LAW_FIRM_LETTER, letterPdf, "application/pdf"},
                {MaterialType.POWER_OF_ATTORNEY, attorneyPngLabelledPdf, "image/png"}, // labelled .pdf, is a PNG
                {MaterialType.PARTY_IDENTITY, identityJpeg, "image/jpeg"}};
        for (Object[] e : expected) {
            Response r = lawyerA.get(PATH + sha((MaterialType) e[0]));
            assertThat(r.status()).as(e[0].toString()).isEqualTo(200);
            assertThat(r.contentType()).as(e[0].toString()).isEqualTo(e[2]);
            assertThat(r.body()).isEqualTo((byte[]) e[1]);
        }
    }

    @Test
    void theJudgeOfTheCaseAndTheirClerkGetItToo() {
        String sha = sha(MaterialType.LAW_FIRM_LETTER);
        assertThat(judge.get(PATH + sha).body()).isEqualTo(letterPdf);
        assertThat(clerk.get(PATH + sha).body()).isEqualTo(letterPdf);
        // the hash in capitals is the same document
        assertThat(judge.get(PATH + sha.toUpperCase()).status()).isEqualTo(200);
    }

    @Test
    void everyoneElseGetsTheSame404AsForAHashNobodyStored() {
        String sha = sha(MaterialType.LAWYER_LICENCE);
        Response unknown = lawyerA.get(PATH + "0".repeat(64));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("NOT_FOUND");
        for (HttpTestClient other : List.of(otherJudge, otherClerk, lawyerB)) {
            Response r = other.get(PATH + sha);
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.text()).isEqualTo(unknown.text());
        }
        long partyId = fx.data.account(ReadingFixtures.unique("party"), Role.PARTY, null, true);
        assertThat(login(partyId).get(PATH + sha).status()).isEqualTo(404);
    }

    @Test
    void anotherApplicantWhoUploadedTheSameFileMayReadItThroughTheirOwnRequest() {
        Response r = lawyerB.multipart("/api/v1/reading-requests", List.of(
                Part.json("application", new ReadingApplicationForm(ReadingFixtures.COURT, caseNumber, "全案卷宗",
                        "代理需要", ReadingMode.ONLINE, true, 1)),
                Part.file("LAWYER_LICENCE", "执业证.png", "image/png", image2()),
                Part.file("LAW_FIRM_LETTER", "介绍信.pdf", "application/pdf", letterPdf), // the same bytes: one blob
                Part.file("POWER_OF_ATTORNEY", "委托书.pdf", "application/pdf", image2()),
                Part.file("PARTY_IDENTITY", "身份证明.jpg", "image/jpeg", image2())));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(lawyerB.get(PATH + sha(MaterialType.LAW_FIRM_LETTER)).body()).isEqualTo(letterPdf);
        assertThat(lawyerB.get(PATH + sha(MaterialType.LAWYER_LICENCE)).status()).isEqualTo(404);
    }

    private static byte[] image2() {
        try {
            return image("png");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void caseFileVolumesAreNotServedHereEvenToTheJudge() {
        fx.document(caseId, 1, "起诉状", "原告诉称……");
        String volume = server.jdbi().withHandle(h -> h.createQuery("SELECT sha256 FROM case_document WHERE case_id = :c")
                .bind("c", caseId).mapTo(String.class).one());
        assertThat(judge.get(PATH + volume).status()).isEqualTo(404);
        assertThat(lawyerA.get(PATH + volume).status()).isEqualTo(404);
    }

    @Test
    void aStoredFileWhoseBytesWereAlteredIsRefusedWithAClearErrorNeverServed() throws Exception {
        String sha = sha(MaterialType.LAW_FIRM_LETTER);
        java.nio.file.Path file = new org.courtdesk.server.files.DirectoryFileStore(
                server.server().context().config().effectiveFilesDir()).pathOf(sha);
        assertThat(file).as("the bytes are in the file store, not the database").isRegularFile();
        byte[] altered = java.nio.file.Files.readAllBytes(file);
        altered[altered.length / 2] ^= 0x01;
        java.nio.file.Files.write(file, altered);
        try {
            Response r = judge.get(PATH + sha);
            assertThat(r.status()).isEqualTo(500);
            assertThat(r.contentType()).isEqualTo("application/problem+json");
            assertThat(r.code()).isEqualTo("STORED_FILE_CORRUPT");
            assertThat(r.text()).contains("已损坏").doesNotContain("律师事务所介绍信");
        } finally {
            java.nio.file.Files.write(file, letterPdf);
        }
        assertThat(judge.get(PATH + sha).body()).as("restored from a copy, served again").isEqualTo(letterPdf);
    }

    @Test
    void aMalformedHashIsRefusedWith400() {
        for (String bad : List.of("abc", "0".repeat(63), "0".repeat(65), "g".repeat(64), "..%2F..%2Fetc%2Fpasswd")) {
            Response r = lawyerA.get(PATH + bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.code()).as(bad).isEqualTo("VALIDATION_FAILED");
            assertThat(r.json().path("detail").asText()).contains("SHA-256");
        }
    }

    @Test
    void withoutATokenNothingIsServed() {
        Response r = server.client().get(PATH + sha(MaterialType.LAWYER_LICENCE));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("UNAUTHENTICATED");
    }
}
