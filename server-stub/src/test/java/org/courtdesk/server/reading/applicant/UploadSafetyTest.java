package org.courtdesk.server.reading.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.PATH;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.application;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.body;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.file;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.lawyerMaterials;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.lawyerMaterialsWith;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.api.MaterialRef;
import org.courtdesk.model.api.ReadingApplicationForm;
import org.courtdesk.model.api.SubmissionReceipt;
import org.courtdesk.model.reading.MaterialType;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.Spaces;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    // ------------------------------------------------------------------ the form's text

    /** NUL and lone surrogates (as JSON escapes) in any text of the form: refused naming the field, nothing stored. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "content    | 全案\\u0000卷宗",
            "reason     | 代理\\u0007执行",
            "caseNumber | \\u001b[2J",
            "reason     | 代理\\ud800执行",
            "content    | \\udc00全案卷宗"})
    void invalidCharactersInTheFormAreRefusedNamingTheField(String field, String escapedValue) {
        String json = formJson().replace("\"" + field + "\":\"" + fieldValue(field) + "\"",
                "\"" + field + "\":\"" + escapedValue + "\"");
        assertThat(json).contains(escapedValue);
        Response r = submit(withForm(json.getBytes(StandardCharsets.UTF_8)));
        assertRefused(r, 400, "TEXT_INVALID_CHARACTER");
        assertThat(r.json().path("detail").asText()).contains(field).contains("U+");
    }

    @Test
    void tabsAndLineBreaksAreText() {
        String json = formJson().replace("\"reason\":\"" + fieldValue("reason") + "\"",
                "\"reason\":\"代理该案\\t执行程序\\r\\n需要查阅卷宗\"");
        Response r = submit(withForm(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.as(SubmissionReceipt.class).request().reason()).isEqualTo("代理该案\t执行程序\r\n需要查阅卷宗");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ff", "c0a0", "eda080", "e4bd"})
    void aFormThatIsNotUtf8IsRefused(String badHex) {
        byte[] json = formJson().replace("全案卷宗", "全案卷宗@@").getBytes(StandardCharsets.UTF_8);
        String text = HexFormat.of().formatHex(json).replace(HexFormat.of().formatHex("@@".getBytes(StandardCharsets.UTF_8)), badHex);
        Response r = submit(withForm(HexFormat.of().parseHex(text)));
        assertRefused(r, 400, "TEXT_INVALID_CHARACTER");
        assertThat(r.json().path("detail").asText()).contains("申请表").contains("UTF-8");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"agreementAccepted\":true  | \"agreementAccepted\":\"true\"  | agreementAccepted",
            "\"agreementAccepted\":true  | \"agreementAccepted\":1       | agreementAccepted",
            ",\"agreementAccepted\":true | ''                           | agreementAccepted",
            "\"requestedMode\":\"ONLINE\"  | \"requestedMode\":\"online\"   | requestedMode",
            "\"requestedMode\":\"ONLINE\"  | \"requestedMode\":\" ONLINE\"   | requestedMode",
            "\"requestedMode\":\"ONLINE\"  | \"requestedMode\":0           | requestedMode",
            "\"courtCode\":\"粤0106\"      | \"courtCode\":106             | courtCode"})
    void theFormIsStrictJson(String good, String bad, String field) {
        String json = formJson();
        assertThat(json).contains(good);
        Response r = submit(withForm(json.replace(good, bad).getBytes(StandardCharsets.UTF_8)));
        assertRefused(r, 400, "VALIDATION_FAILED");
        assertThat(r.json().path("detail").asText()).contains(field);
    }

    private String formJson() {
        return "{\"courtCode\":\"粤0106\",\"caseNumber\":\"" + kase.number() + "\",\"content\":\"全案卷宗\","
                + "\"reason\":\"代理该案执行程序，需要查阅卷宗\",\"requestedMode\":\"ONLINE\",\"agreementAccepted\":true,\"agreementVersion\":1}";
    }

    private String fieldValue(String field) {
        return switch (field) {
            case "content" -> "全案卷宗";
            case "reason" -> "代理该案执行程序，需要查阅卷宗";
            case "caseNumber" -> kase.number();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static List<Part> withForm(byte[] json) {
        List<Part> parts = new ArrayList<>(lawyerMaterials());
        parts.add(0, new Part("application", null, "application/json", json));
        return parts;
    }

    // ------------------------------------------------------------------ the form's size

    @Test
    void aFormOfExactly64KiBIsRead() {
        byte[] json = formJson().getBytes(StandardCharsets.UTF_8);
        byte[] padded = Arrays.copyOf(json, MaterialUploads.MAX_FORM_BYTES);
        Arrays.fill(padded, json.length, padded.length, (byte) ' '); // whitespace after the object is still JSON
        Response r = submit(withForm(padded));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
    }

    @Test
    void aFormOneByteOver64KiBHasItsOwnRefusal() {
        byte[] json = formJson().getBytes(StandardCharsets.UTF_8);
        byte[] padded = Arrays.copyOf(json, MaterialUploads.MAX_FORM_BYTES + 1);
        Arrays.fill(padded, json.length, padded.length, (byte) ' ');
        Response r = submit(withForm(padded));
        assertRefused(r, 413, "APPLICATION_PART_TOO_LARGE");
        assertThat(r.json().path("detail").asText()).contains("申请表").contains("64 KB").doesNotContain("材料合计");
    }

    /**
     * The report: a 60 MB form part was refused with the materials' message. With the default limits (10 MB a file,
     * 80 MB a body) it is the form's own 413 now, decided at its 64 KiB (MultipartReaderTest shows the streaming).
     */
    @Test
    void aSixtyMegabyteFormIsRefusedAsTheFormNotAsAMaterial() {
        try (TestServer defaults = TestServer.start()) {
            ApplicantFixtures other = new ApplicantFixtures(defaults);
            HttpTestClient applicant = other.login(other.lawyer());
            ApplicantFixtures.Counts was = other.counts();
            String boundary = "----courtdesk" + UUID.randomUUID();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"application\"\r\n"
                    + "Content-Type: application/json\r\n\r\n" + formJson()).getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            long padding = 60L * 1024 * 1024;

            Response r = applicant.postStream(PATH, "multipart/form-data; boundary=" + boundary,
                    () -> new SequenceInputStream(java.util.Collections.enumeration(List.<InputStream>of(
                            new ByteArrayInputStream(head), new Spaces(padding), new ByteArrayInputStream(tail)))),
                    "Idempotency-Key", UUID.randomUUID().toString());

            assertThat(r.status()).as(r.text()).isEqualTo(413);
            assertThat(r.code()).isEqualTo("APPLICATION_PART_TOO_LARGE");
            assertThat(r.json().path("detail").asText()).contains("申请表").contains("64 KB")
                    .doesNotContain("材料“").doesNotContain("合计");
            assertThat(other.counts()).isEqualTo(was);
        }
    }

    @Test
    void aBodyOfThousandsOfPartsIsRefusedWhileItArrives() {
        List<Part> parts = new ArrayList<>(body(form(), lawyerMaterials()));
        for (int i = 0; i < 2000; i++) {
            parts.add(new Part("x" + i, null, "text/plain", new byte[0]));
        }
        Response r = submit(parts);
        assertRefused(r, 400, "VALIDATION_FAILED");
        assertThat(r.json().path("detail").asText()).contains("至多 " + MaterialUploads.MAX_PARTS);
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

    /** A control byte in the part header never reaches the name: the parser stops there, and the answer says so. */
    @ParameterizedTest
    @ValueSource(strings = {"介绍\u0000信.pdf", "介绍\u0001信.pdf", "介绍信.pdf\u001F"})
    void aControlCharacterInAFileNameIsAnInvalidCharacter(String name) {
        Response r = submit(body(form(), lawyerMaterialsWith(MaterialType.LAW_FIRM_LETTER,
                file(MaterialType.LAW_FIRM_LETTER, name, "application/pdf", ApplicantFixtures.pdf("介绍信")))));
        assertRefused(r, 400, "TEXT_INVALID_CHARACTER");
        assertThat(r.json().path("detail").asText()).contains("文件名").contains("控制字符");
    }

    /**
     * File names whose bytes are not UTF-8: a stray byte, a cut-off sequence, an overlong NUL and an encoded lone
     * surrogate (what "\uD800" becomes on the wire). Refused, not stored as U+FFFD or "?".
     */
    @ParameterizedTest
    @ValueSource(strings = {"ff", "e4bb", "c080", "eda080"})
    void aFileNameThatIsNotUtf8IsRefused(String badHex) {
        ByteArrayOutputStream name = new ByteArrayOutputStream();
        name.writeBytes("介绍信".getBytes(StandardCharsets.UTF_8));
        name.writeBytes(HexFormat.of().parseHex(badHex));
        name.writeBytes(".pdf".getBytes(StandardCharsets.UTF_8));
        List<Part> parts = body(form(), lawyerMaterialsWith(MaterialType.LAW_FIRM_LETTER, null));
        Response r = raw(parts, MaterialType.LAW_FIRM_LETTER.name(), name.toByteArray(), ApplicantFixtures.pdf("介绍信"));
        assertRefused(r, 400, "TEXT_INVALID_CHARACTER");
        assertThat(r.json().path("detail").asText()).contains("律所介绍信或证明").contains("文件名").contains("UTF-8");
    }

    /** {@code parts} plus one file part whose file name is given as raw bytes. */
    private Response raw(List<Part> parts, String name, byte[] fileName, byte[] content) {
        String boundary = "----courtdesk" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                    + (p.fileName() == null ? "" : "; filename=\"" + p.fileName() + "\"") + "\r\nContent-Type: "
                    + p.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(fileName);
        out.writeBytes("\"\r\nContent-Type: application/pdf\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return lawyer.postRaw(PATH, "multipart/form-data; boundary=" + boundary, out.toByteArray(),
                "Idempotency-Key", UUID.randomUUID().toString());
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
