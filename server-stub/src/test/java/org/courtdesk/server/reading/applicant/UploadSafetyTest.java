package org.courtdesk.server.reading.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.PATH;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.application;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.body;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.file;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.lawyerMaterials;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.lawyerMaterialsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.courtdesk.model.api.MaterialRef;
import org.courtdesk.model.api.ReadingApplicationForm;
import org.courtdesk.model.api.SubmissionReceipt;
import org.courtdesk.model.reading.MaterialType;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an upload may carry: shape of the body, strict JSON, sizes, type by content (not by name or declared type),
 * file names that are labels and never paths, and a token. Every refusal is a clear 4xx and stores nothing.
 */
class UploadSafetyTest {

    /** Small, so oversized files stay small too. */
    static final long LIMIT = 200 * 1024;

    static TestServer server;
    static ApplicantFixtures af;

    long judgeId;
    long lawyerId;
    HttpTestClient lawyer;
    ApplicantFixtures.Case kase;
    ApplicantFixtures.Counts before;

    @BeforeAll
    static void start() {
        server = TestServer.start(c -> c.withMaxMaterialBytes(LIMIT));
        af = new ApplicantFixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void setUp() {
        server.clock().set(TestServer.START);
        judgeId = af.judge();
        lawyerId = af.lawyer();
        lawyer = af.login(lawyerId);
        kase = af.archived(judgeId, true);
        before = af.counts();
    }

    private ReadingApplicationForm form() {
        return ApplicantFixtures.form(kase.number(), ReadingMode.ONLINE);
    }

    private Response submit(List<Part> parts) {
        return lawyer.multipart(PATH, parts);
    }

    private void assertRefused(Response r, int status, String code) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.code()).isEqualTo(code);
        assertThat(r.json().path("detail").asText()).isNotBlank();
        assertThat(af.counts()).as("a refusal stores nothing").isEqualTo(before);
    }

    // ------------------------------------------------------------------ the body

    @Test
    void theBaselineIsAccepted() {
        Response r = submit(body(form(), lawyerMaterials()));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
    }

    @Test
    void notMultipartIsRefusedWith415() {
        Response r = lawyer.post(PATH, form());
        assertRefused(r, 415, "UNSUPPORTED_MEDIA_TYPE");
        assertThat(r.json().path("detail").asText()).contains("multipart/form-data");
    }

    @Test
    void malformedJsonInTheFormIsRefused() {
        List<Part> parts = new ArrayList<>(lawyerMaterials());
        parts.add(0, new Part("application", null, "application/json",
                "{\"courtCode\":\"粤0106\",\"caseNumber\":".getBytes(StandardCharsets.UTF_8)));
        assertRefused(submit(parts), 400, "MALFORMED_JSON");
    }

    @Test
    void unknownFieldInTheFormIsRefusedAndNamed() {
        String json = "{\"courtCode\":\"粤0106\",\"caseNumber\":\"" + kase.number() + "\",\"content\":\"全案卷宗\","
                + "\"reason\":\"需要\",\"requestedMode\":\"ONLINE\",\"agreementAccepted\":true,\"judgeId\":1}";
        List<Part> parts = new ArrayList<>(lawyerMaterials());
        parts.add(0, new Part("application", null, "application/json", json.getBytes(StandardCharsets.UTF_8)));
        Response r = submit(parts);
        assertRefused(r, 400, "UNKNOWN_FIELD");
        assertThat(r.json().path("detail").asText()).contains("judgeId");
    }

    @Test
    void anUnknownReadingModeIsRefused() {
        String json = "{\"courtCode\":\"粤0106\",\"caseNumber\":\"" + kase.number() + "\",\"content\":\"全案卷宗\","
                + "\"reason\":\"需要\",\"requestedMode\":\"BY_POST\",\"agreementAccepted\":true}";
        List<Part> parts = new ArrayList<>(lawyerMaterials());
        parts.add(0, new Part("application", null, "application/json", json.getBytes(StandardCharsets.UTF_8)));
        Response r = submit(parts);
        assertRefused(r, 400, "VALIDATION_FAILED");
        assertThat(r.json().path("detail").asText()).contains("requestedMode");
    }

    @Test
    void missingFormPartIsRefused() {
        Response r = submit(lawyerMaterials());
        assertRefused(r, 400, "VALIDATION_FAILED");
        assertThat(r.json().path("detail").asText()).contains("application");
    }

    @Test
    void twoFormPartsAreRefused() {
        List<Part> parts = new ArrayList<>(body(form(), lawyerMaterials()));
        parts.add(application(form()));
        assertRefused(submit(parts), 400, "VALIDATION_FAILED");
    }

    @Test
    void aPartNamedAfterNoMaterialTypeIsRefused() {
        List<Part> parts = new ArrayList<>(body(form(), lawyerMaterials()));
        parts.add(Part.file("PASSPORT", "护照.png", "image/png", ApplicantFixtures.png()));
        Response r = submit(parts);
        assertRefused(r, 400, "MATERIAL_TYPE_NOT_ALLOWED");
        assertThat(r.json().path("detail").asText()).contains("PASSPORT").contains("LAWYER_LICENCE");
    }

    @Test
    void aMaterialSentAsAPlainFieldIsRefused() {
        List<Part> parts = body(form(), lawyerMaterialsWith(MaterialType.POWER_OF_ATTORNEY,
                new Part(MaterialType.POWER_OF_ATTORNEY.name(), null, "application/pdf", ApplicantFixtures.pdf("授权委托书"))));
        Response r = submit(parts);
        assertRefused(r, 400, "VALIDATION_FAILED");
        assertThat(r.json().path("detail").asText()).contains("须作为文件上传");
    }

    // ------------------------------------------------------------------ size

    @Test
    void aFileOverTheLimitIsRefusedWith413() {
        byte[] big = paddedPdf((int) LIMIT + 50 * 1024);
        Response r = submit(body(form(), lawyerMaterialsWith(MaterialType.LAW_FIRM_LETTER,
                file(MaterialType.LAW_FIRM_LETTER, "介绍信.pdf", "application/pdf", big))));
        assertRefused(r, 413, "MATERIAL_TOO_LARGE");
        assertThat(r.json().path("detail").asText()).contains("200 KB");
    }

    @Test
    void materialsTogetherOverTheTotalLimitAreRefusedWith413() {
        // each file under the limit, together more than the body may carry (eight materials' worth)
        int each = (int) LIMIT - 1024;
        List<Part> files = new ArrayList<>(List.of(
                file(MaterialType.LAWYER_LICENCE, "执业证.pdf", "application/pdf", paddedPdf(each)),
                file(MaterialType.LAW_FIRM_LETTER, "介绍信.pdf", "application/pdf", paddedPdf(each)),
                file(MaterialType.POWER_OF_ATTORNEY, "委托书.pdf", "application/pdf", paddedPdf(each)),
                file(MaterialType.PARTY_IDENTITY, "身份证明.pdf", "application/pdf", paddedPdf(each))));
        for (int i = 0; i < 5; i++) {
            files.add(file(MaterialType.WORK_CARD, "工作证" + i + ".pdf", "application/pdf", paddedPdf(each)));
        }
        Response r = submit(body(form(), files));
        assertRefused(r, 413, "MATERIAL_TOO_LARGE");
        assertThat(r.json().path("detail").asText()).contains("200 KB").contains("合计").contains("1600 KB");
    }

    @Test
    void aFileOfExactlyTheLimitIsAccepted() {
        byte[] exact = paddedPdf((int) LIMIT);
        Response r = submit(body(form(), lawyerMaterialsWith(MaterialType.LAW_FIRM_LETTER,
                file(MaterialType.LAW_FIRM_LETTER, "介绍信.pdf", "application/pdf", exact))));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        MaterialRef letter = material(r.as(SubmissionReceipt.class), MaterialType.LAW_FIRM_LETTER);
        assertThat(letter.size()).isEqualTo(LIMIT);
    }

    @Test
    void anEmptyFileIsRefused() {
        Response r = submit(body(form(), lawyerMaterialsWith(MaterialType.LAW_FIRM_LETTER,
                file(MaterialType.LAW_FIRM_LETTER, "介绍信.pdf", "application/pdf", new byte[0]))));
        assertRefused(r, 415, "MATERIAL_CONTENT_REFUSED");
        assertThat(r.json().path("detail").asText()).contains("空文件");
    }

    private static byte[] paddedPdf(int size) {
        byte[] head = "%PDF-1.4\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    // ------------------------------------------------------------------ type by content

    @Test
    void aPngLabelledPdfIsAcceptedAndStoredAsPng() {
        byte[] png = ApplicantFixtures.png();
        Response r = submit(body(form(), lawyerMaterialsWith(MaterialType.POWER_OF_ATTORNEY,
                file(MaterialType.POWER_OF_ATTORNEY, "授权委托书.pdf", "application/pdf", png))));

        assertThat(r.status()).as(r.text()).isEqualTo(201);
        MaterialRef m = material(r.as(SubmissionReceipt.class), MaterialType.POWER_OF_ATTORNEY);
        assertThat(m.contentType()).isEqualTo("image/png");
        assertThat(m.fileName()).isEqualTo("授权委托书.pdf"); // the label stays what the applicant called it
        assertThat(m.sha256()).isEqualTo(BlobStore.sha256(png));
        String stored = server.jdbi().withHandle(h -> h.createQuery("SELECT content_type FROM blob WHERE sha256 = :s")
                .bind("s", m.sha256()).mapTo(String.class).one());
        assertThat(stored).isEqualTo("image/png");
    }

    @Test
    void aJpegDeclaredAsOctetStreamIsDetectedAsJpeg() {
        Response r = submit(body(form(), lawyerMaterialsWith(MaterialType.PARTY_IDENTITY,
                file(MaterialType.PARTY_IDENTITY, "photo", "application/octet-stream", ApplicantFixtures.jpeg()))));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(material(r.as(SubmissionReceipt.class), MaterialType.PARTY_IDENTITY).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void aTextFileLabelledPdfIsRefused() {
        Response r = submit(body(form(), lawyerMaterialsWith(MaterialType.LAW_FIRM_LETTER,
                file(MaterialType.LAW_FIRM_LETTER, "介绍信.pdf", "application/pdf", ApplicantFixtures.text()))));
        assertRefused(r, 415, "MATERIAL_CONTENT_REFUSED");
        assertThat(r.json().path("detail").asText()).contains("律所介绍信或证明").contains("text/plain");
    }

    @Test
    void htmlLabelledPngIsRefused() {
        byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        Response r = submit(body(form(), lawyerMaterialsWith(MaterialType.LAWYER_LICENCE,
                file(MaterialType.LAWYER_LICENCE, "执业证.png", "image/png", html))));
        assertRefused(r, 415, "MATERIAL_CONTENT_REFUSED");
    }

    @Test
    void aZipLabelledPdfIsRefused() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        Response r = submit(body(form(), lawyerMaterialsWith(MaterialType.LAW_FIRM_LETTER,
                file(MaterialType.LAW_FIRM_LETTER, "介绍信.pdf", "application/pdf", zip))));
        assertRefused(r, 415, "MATERIAL_CONTENT_REFUSED");
    }

    // ------------------------------------------------------------------ file names

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd.pdf", "..\\..\\windows\\win.ini.pdf", "/etc/passwd.pdf",
            "C:\\Users\\lawyer\\介绍信.pdf", "scans/介绍信.pdf", "介绍信..pdf", "..", "介绍\u0085信.pdf",
            "介绍信\u202Efdp.exe", "介绍信\u200B.pdf"})
    void pathLikeOrHiddenCharacterNamesAreRefused(String name) {
        Response r = submit(body(form(), lawyerMaterialsWith(MaterialType.LAW_FIRM_LETTER,
                file(MaterialType.LAW_FIRM_LETTER, name, "application/pdf", ApplicantFixtures.pdf("介绍信")))));
        assertRefused(r, 400, "FILE_NAME_REFUSED");
        assertThat(r.json().path("detail").asText()).contains("律所介绍信或证明");
    }

    @Test
    void aControlCharacterInThePartHeaderIsRefusedByTheParserItself() {
        Response r = submit(body(form(), lawyerMaterialsWith(MaterialType.LAW_FIRM_LETTER,
                file(MaterialType.LAW_FIRM_LETTER, "介绍\u0001信.pdf", "application/pdf", ApplicantFixtures.pdf("介绍信")))));
        assertRefused(r, 400, "VALIDATION_FAILED");
        assertThat(r.json().path("detail").asText()).contains("multipart");
    }

    @Test
    void aTooLongNameIsRefused() {
        String name = "介".repeat(300) + ".pdf";
        Response r = submit(body(form(), lawyerMaterialsWith(MaterialType.LAW_FIRM_LETTER,
                file(MaterialType.LAW_FIRM_LETTER, name, "application/pdf", ApplicantFixtures.pdf("介绍信")))));
        assertRefused(r, 400, "FILE_NAME_REFUSED");
    }

    @Test
    void chineseNamesAreKeptAsLabelsAndAnEmptyNameGetsTheMaterialsLabel() {
        Response r = submit(body(form(), List.of(
                file(MaterialType.LAWYER_LICENCE, "律师执业证（正面） 2024.png", "image/png", ApplicantFixtures.png()),
                file(MaterialType.LAW_FIRM_LETTER, "", "application/pdf", ApplicantFixtures.pdf("介绍信")),
                file(MaterialType.POWER_OF_ATTORNEY, "授权委托书.pdf", "application/pdf", ApplicantFixtures.pdf("委托书")),
                file(MaterialType.PARTY_IDENTITY, "id.jpg", "image/jpeg", ApplicantFixtures.jpeg()))));

        assertThat(r.status()).as(r.text()).isEqualTo(201);
        SubmissionReceipt receipt = r.as(SubmissionReceipt.class);
        assertThat(material(receipt, MaterialType.LAWYER_LICENCE).fileName()).isEqualTo("律师执业证（正面） 2024.png");
        assertThat(material(receipt, MaterialType.LAW_FIRM_LETTER).fileName()).isEqualTo("律所介绍信或证明.pdf");
    }

    // ------------------------------------------------------------------ token

    @Test
    void withoutATokenNothingIsReadOrStored() {
        Response r = server.client().multipart(PATH, body(form(), lawyerMaterials()));
        assertRefused(r, 401, "UNAUTHENTICATED");
    }

    @Test
    void withAnExpiredTokenNothingIsStored() {
        server.clock().advance(Duration.ofHours(13));
        Response r = submit(body(form(), lawyerMaterials()));
        assertRefused(r, 401, "TOKEN_EXPIRED");
    }

    @Test
    void withAForgedTokenNothingIsStored() {
        Response r = lawyer.withToken("not-a-real-token").multipart(PATH, body(form(), lawyerMaterials()));
        assertThat(r.status()).isEqualTo(401);
        assertThat(af.counts()).isEqualTo(before);
    }

    static MaterialRef material(SubmissionReceipt receipt, MaterialType type) {
        return receipt.request().materials().stream().filter(m -> m.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + receipt.request().materials()));
    }
}
