package org.courtdesk.server.reading.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.PATH;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.body;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.file;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.form;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.lawyerMaterials;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.lawyerMaterialsWith;
import static org.courtdesk.server.reading.applicant.ApplicantFixtures.partyMaterials;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.model.api.MaterialRef;
import org.courtdesk.model.api.ReadingApplicationForm;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.SubmissionReceipt;
import org.courtdesk.model.reading.MaterialType;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.documents.BlobStore;
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

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every rule of domain.md §1 on submission, the success and the refusal; after each refusal nothing is stored
 * (no request, material or blob row, no audit line, no feed entry, feed counter unchanged).
 */
class SubmissionApiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23); // TestServer.START in Guangzhou

    static TestServer server;
    static ApplicantFixtures af;

    long judgeId;
    long otherJudgeId;
    String clerkName;
    long lawyerId;
    HttpTestClient lawyer;
    long partyId;
    HttpTestClient party;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        af = new ApplicantFixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void people() {
        server.clock().set(TestServer.START);
        judgeId = af.judge();
        otherJudgeId = af.judge();
        clerkName = ReadingFixtures.unique("clerk");
        af.data.clerk(clerkName, ApplicantFixtures.COURT, judgeId);
        // staff log in only in the tests that need them: every login is an Argon2 verification
        lawyerId = af.lawyer();
        lawyer = af.login(lawyerId);
        partyId = af.party(true);
        party = af.login(partyId);
    }

    private void assertRefused(Response r, ApplicantFixtures.Counts before, int status, String code) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.code()).isEqualTo(code);
        assertThat(r.json().path("detail").asText()).isNotBlank();
        assertThat(af.counts()).as("a refusal stores nothing").isEqualTo(before);
    }

    private static List<String> errors(Response r) {
        List<String> codes = new ArrayList<>();
        r.json().path("errors").forEach(n -> codes.add(n.asText()));
        return codes;
    }

    // ------------------------------------------------------------------ success

    @Test
    void aLawyerSubmitsOnAnArchivedCaseWithTheFourMaterialsAndGetsAnApplicationNumber() {
        ApplicantFixtures.Case c = af.archived(judgeId, true);
        ApplicantFixtures.Counts before = af.counts();
        List<Part> materials = lawyerMaterials();

        Response r = lawyer.multipart(PATH, body(form(c.number(), ReadingMode.ONLINE), materials));

        assertThat(r.status()).as(r.text()).isEqualTo(201);
        SubmissionReceipt receipt = r.as(SubmissionReceipt.class);
        assertThat(receipt.applicationNo()).matches("YJ20261123\\d{5}");
        ReadingRequestView v = receipt.request();
        assertThat(v.id()).isEqualTo(receipt.id());
        assertThat(v.applicationNo()).isEqualTo(receipt.applicationNo());
        assertThat(v.status()).isEqualTo(RequestStatus.PENDING_REVIEW);
        assertThat(v.caseNumber()).isEqualTo(c.number());
        assertThat(v.courtCode()).isEqualTo(ApplicantFixtures.COURT);
        assertThat(v.applicantId()).isEqualTo(lawyerId);
        assertThat(v.applicantRole()).isEqualTo(Role.LAWYER);
        assertThat(v.applicationDate()).isEqualTo(TODAY);
        assertThat(v.submittedAt()).isEqualTo(TestServer.START);
        assertThat(v.requestedMode()).isEqualTo(ReadingMode.ONLINE);
        assertThat(v.content()).isEqualTo("全案卷宗");
        assertThat(v.review()).isNull();
        assertThat(v.materials()).extracting(MaterialRef::type).containsExactlyInAnyOrder(MaterialType.LAWYER_LICENCE,
                MaterialType.LAW_FIRM_LETTER, MaterialType.POWER_OF_ATTORNEY, MaterialType.PARTY_IDENTITY);
        for (Part p : materials) {
            MaterialRef m = v.materials().stream().filter(x -> x.type().name().equals(p.name())).findFirst().orElseThrow();
            assertThat(m.sha256()).isEqualTo(BlobStore.sha256(p.content()));
            assertThat(m.size()).isEqualTo(p.content().length);
            assertThat(m.fileName()).isEqualTo(p.fileName());
            assertThat(m.contentType()).isEqualTo(p.contentType());
        }
        assertThat(v.audit()).hasSize(1);
        assertThat(v.audit().get(0).action()).isEqualTo("提交申请");
        assertThat(v.audit().get(0).actor()).isEqualTo("用户" + af.fx.username(lawyerId));
        assertThat(v.audit().get(0).detail()).contains(c.number()).contains("申请材料4份");

        ApplicantFixtures.Counts after = af.counts();
        assertThat(after.requests()).isEqualTo(before.requests() + 1);
        assertThat(after.materials()).isEqualTo(before.materials() + 4);
        assertThat(after.blobs()).isEqualTo(before.blobs() + 4);
        assertThat(after.changes()).isEqualTo(before.changes() + 1);
        assertThat(after.audit()).isEqualTo(before.audit() + 1);
        // the change's sequence is the request's version
        assertThat(after.feedSeq()).isEqualTo(before.feedSeq() + 1);
        assertThat(v.version()).isEqualTo(after.feedSeq());
    }

    @Test
    void theJudgeOfTheCaseAndTheirClerkSeeTheNewRequestInTheFeedAnotherJudgeDoesNot() {
        HttpTestClient judge = af.login(judgeId);
        HttpTestClient clerk = server.client().login(clerkName, TestData.PASSWORD);
        HttpTestClient otherJudge = af.login(otherJudgeId);
        ApplicantFixtures.Case c = af.archived(judgeId, true);
        long since = af.counts().feedSeq();

        SubmissionReceipt receipt = lawyer.multipart(PATH, body(form(c.number(), ReadingMode.ONLINE), lawyerMaterials()))
                .as(SubmissionReceipt.class);

        ChangesPage page = judge.get("/api/v1/changes?since=" + since).as(ChangesPage.class);
        assertThat(page.changes()).extracting(Change::requestId).containsExactly(receipt.id());
        Change change = page.changes().get(0);
        assertThat(change.seq()).isEqualTo(receipt.request().version());
        assertThat(change.viewAs(ReadingRequestView.class).applicationNo()).isEqualTo(receipt.applicationNo());
        assertThat(change.viewAs(ReadingRequestView.class).materials()).hasSize(4);
        assertThat(clerk.get("/api/v1/changes?since=" + since).as(ChangesPage.class).changes())
                .extracting(Change::requestId).containsExactly(receipt.id());
        assertThat(otherJudge.get("/api/v1/changes?since=" + since).as(ChangesPage.class).changes()).isEmpty();
        // and the judge can open it
        assertThat(judge.get("/api/v1/judge/reading-requests/" + receipt.id()).status()).isEqualTo(200);
    }

    @Test
    void aPartySubmitsOnTheirOwnArchivedCaseWithTheIdCard() {
        ApplicantFixtures.Case c = af.archived(judgeId, true);
        af.plaintiff(c, partyId);

        Response r = party.multipart(PATH, body(form(c.number(), ReadingMode.ONLINE), partyMaterials()));

        assertThat(r.status()).as(r.text()).isEqualTo(201);
        ReadingRequestView v = r.as(SubmissionReceipt.class).request();
        assertThat(v.applicantRole()).isEqualTo(Role.PARTY);
        assertThat(v.materials()).extracting(MaterialRef::type).containsExactly(MaterialType.ID_CARD);
    }

    @Test
    void optionalMaterialsMayComeTooAndOneTypeMayHaveSeveralFiles() {
        ApplicantFixtures.Case c = af.archived(judgeId, true);
        af.plaintiff(c, partyId);
        List<Part> files = List.of(
                file(MaterialType.ID_CARD, "身份证正面.png", "image/png", ApplicantFixtures.png()),
                file(MaterialType.ID_CARD, "身份证反面.png", "image/png", ApplicantFixtures.png()),
                file(MaterialType.WORK_CARD, "工作证.jpg", "image/jpeg", ApplicantFixtures.jpeg()));

        Response r = party.multipart(PATH, body(form(c.number(), ReadingMode.ONLINE), files));

        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.as(SubmissionReceipt.class).request().materials()).extracting(MaterialRef::fileName)
                .containsExactlyInAnyOrder("身份证正面.png", "身份证反面.png", "工作证.jpg");
    }

    @Test
    void halfWidthParenthesesAndSpacesInTheCaseNumberAreAccepted() {
        ApplicantFixtures.Case c = af.archived(judgeId, true);
        String typed = " " + c.number().replace('（', '(').replace('）', ')').replace("民初", " 民初 ") + " ";

        Response r = lawyer.multipart(PATH, body(form(typed, ReadingMode.ONLINE), lawyerMaterials()));

        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.as(SubmissionReceipt.class).request().caseNumber()).isEqualTo(c.number());
    }

    @Test
    void applicationNumbersCountUpWithinADayAndStartAgainTheNextDay() {
        ApplicantFixtures.Case c = af.archived(judgeId, true);
        ReadingApplicationForm f = form(c.number(), ReadingMode.ONLINE);
        server.clock().set(java.time.Instant.parse("2027-01-02T10:00:00Z")); // 18:00 in Guangzhou
        HttpTestClient lawyer = af.login(lawyerId); // a token of that day

        String first = lawyer.multipart(PATH, body(f, lawyerMaterials())).as(SubmissionReceipt.class).applicationNo();
        String second = lawyer.multipart(PATH, body(f, lawyerMaterials())).as(SubmissionReceipt.class).applicationNo();
        // 23:30 in Guangzhou is still the same court day; 00:30 the next
        server.clock().set(java.time.Instant.parse("2027-01-02T15:30:00Z"));
        String third = lawyer.multipart(PATH, body(f, lawyerMaterials())).as(SubmissionReceipt.class).applicationNo();
        server.clock().set(java.time.Instant.parse("2027-01-02T16:30:00Z"));
        String fourth = lawyer.multipart(PATH, body(f, lawyerMaterials())).as(SubmissionReceipt.class).applicationNo();

        assertThat(first).isEqualTo("YJ2027010200001");
        assertThat(second).isEqualTo("YJ2027010200002");
        assertThat(third).isEqualTo("YJ2027010200003");
        assertThat(fourth).isEqualTo("YJ2027010300001");
    }

    @Test
    void concurrentSubmissionsWithTheSameFilesGetDistinctNumbersAndShareTheBlobs() throws Exception {
        ApplicantFixtures.Case c = af.archived(judgeId, true);
        ReadingApplicationForm f = form(c.number(), ReadingMode.ONLINE);
        List<Part> sameFiles = lawyerMaterials();
        ApplicantFixtures.Counts before = af.counts();
        int n = 6;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Response> call = () -> {
                    go.await();
                    return lawyer.multipart(PATH, body(f, sameFiles));
                };
                futures.add(pool.submit(call));
            }
            go.countDown();
            Set<String> numbers = new HashSet<>();
            for (Future<Response> fu : futures) {
                Response r = fu.get();
                assertThat(r.status()).as(r.text()).isEqualTo(201);
                numbers.add(r.as(SubmissionReceipt.class).applicationNo());
            }
            assertThat(numbers).hasSize(n);
        } finally {
            pool.shutdownNow();
        }
        ApplicantFixtures.Counts after = af.counts();
        assertThat(after.requests()).isEqualTo(before.requests() + n);
        assertThat(after.materials()).isEqualTo(before.materials() + 4L * n);
        assertThat(after.blobs()).as("same bytes, one blob each").isEqualTo(before.blobs() + 4);
        assertThat(after.changes()).isEqualTo(before.changes() + n);
    }

    // ------------------------------------------------------------------ who may apply

    @Test
    void courtStaffCannotApply() {
        HttpTestClient judge = af.login(judgeId);
        HttpTestClient clerk = server.client().login(clerkName, TestData.PASSWORD);
        ApplicantFixtures.Case c = af.archived(judgeId, true);
        ApplicantFixtures.Counts before = af.counts();
        assertRefused(judge.multipart(PATH, body(form(c.number(), ReadingMode.ONLINE), lawyerMaterials())), before, 403,
                "FORBIDDEN");
        assertRefused(clerk.multipart(PATH, body(form(c.number(), ReadingMode.ONLINE), lawyerMaterials())), before, 403,
                "FORBIDDEN");
    }

    @Test
    void aPartyWithoutIdentityVerificationIsRefusedAndMayApplyOnceVerified() {
        long unverifiedId = af.party(false);
        HttpTestClient unverified = af.login(unverifiedId);
        ApplicantFixtures.Case c = af.archived(judgeId, true);
        af.plaintiff(c, unverifiedId);
        ApplicantFixtures.Counts before = af.counts();

        Response r = unverified.multipart(PATH, body(form(c.number(), ReadingMode.ONLINE), partyMaterials()));
        assertRefused(r, before, 403, "IDENTITY_NOT_VERIFIED");
        assertThat(r.json().path("detail").asText()).contains("实名认证");

        // the identity provider marks the account verified (人脸识别)
        Response verified = server.client().post("/api/v1/identity/verifications",
                new org.courtdesk.model.api.IdentityVerification(af.fx.username(unverifiedId), "440100199001010000",
                        "FACE", true),
                "X-Identity-Provider-Key", "test-identity-key");
        assertThat(verified.status()).as(verified.text()).isEqualTo(204);
        assertThat(unverified.multipart(PATH, body(form(c.number(), ReadingMode.ONLINE), partyMaterials())).status())
                .isEqualTo(201);
    }

    @Test
    void anUnverifiedLawyerIsRefused() {
        long id = af.data.account(ReadingFixtures.unique("lawyer"), Role.LAWYER, null, false);
        ApplicantFixtures.Case c = af.archived(judgeId, true);
        ApplicantFixtures.Counts before = af.counts();
        assertRefused(af.login(id).multipart(PATH, body(form(c.number(), ReadingMode.ONLINE), lawyerMaterials())),
                before, 403, "IDENTITY_NOT_VERIFIED");
    }

    // ------------------------------------------------------------------ the form

    @Test
    void noCourtChosenIsRefused() {
        ApplicantFixtures.Case c = af.archived(judgeId, true);
        ApplicantFixtures.Counts before = af.counts();
        ReadingApplicationForm f = new ReadingApplicationForm(" ", c.number(), "全案卷宗", "需要", ReadingMode.ONLINE, true, 1);
        assertRefused(lawyer.multipart(PATH, body(f, lawyerMaterials())), before, 400, "COURT_UNKNOWN");
    }

    @Test
    void aCourtThatDoesNotExistIsRefused() {
        ApplicantFixtures.Counts before = af.counts();
        ReadingApplicationForm f = new ReadingApplicationForm("粤0199", "（2024）粤0199民初1001号", "全案卷宗", "需要",
                ReadingMode.ONLINE, true, 1);
        Response r = lawyer.multipart(PATH, body(f, lawyerMaterials()));
        assertRefused(r, before, 400, "COURT_UNKNOWN");
        assertThat(r.json().path("detail").asText()).contains("粤0199");
    }

    @Test
    void theAgreementMustBeAccepted() {
        ApplicantFixtures.Case c = af.archived(judgeId, true);
        ApplicantFixtures.Counts before = af.counts();
        ReadingApplicationForm f = new ReadingApplicationForm(ApplicantFixtures.COURT, c.number(), "全案卷宗", "需要",
                ReadingMode.ONLINE, false, 1);
        Response r = lawyer.multipart(PATH, body(f, lawyerMaterials()));
        assertRefused(r, before, 400, "AGREEMENT_NOT_ACCEPTED");
        assertThat(r.json().path("detail").asText()).contains("网上预约阅卷申请协议");
    }

    @Test
    void aCaseNumberThatDoesNotParseIsRefusedNamingTheWrongPart() {
        ApplicantFixtures.Counts before = af.counts();
        String[][] cases = {
                {"2024粤0106民初1001号", "收案年度"},
                {"（24）粤0106民初1001号", "收案年度"},
                {"（2024）X0106民初1001号", "法院代字"},
                {"（2024）粤0106民X1001号", "类型代字"},
                {"（2024）粤0106民初号", "序号"},
                {"（2024）粤0106民初1001", "“号”"},
                {"（2027）粤0106民初1001号", "晚于今年（2026）"}, // the server clock is in November 2026
                {"", "请填写案号"}};
        for (String[] t : cases) {
            Response r = lawyer.multipart(PATH, body(form(t[0], ReadingMode.ONLINE), lawyerMaterials()));
            assertRefused(r, before, 400, "CASE_NUMBER_INVALID");
            assertThat(r.json().path("detail").asText()).as(t[0]).contains(t[1]);
        }
    }

    @Test
    void aCaseNumberOfAnotherCourtIsRefused() {
        ApplicantFixtures.Counts before = af.counts();
        Response r = lawyer.multipart(PATH, body(form("（2024）粤01民终1001号", ReadingMode.ONLINE), lawyerMaterials()));
        assertRefused(r, before, 404, "CASE_NOT_FOUND");
        assertThat(r.json().path("detail").asText()).contains("粤01").contains("不一致");
    }

    @Test
    void aCaseThatDoesNotExistAtTheCourtIsRefused() {
        ApplicantFixtures.Counts before = af.counts();
        Response r = lawyer.multipart(PATH, body(form("（2019）粤0106民初99999号", ReadingMode.ONLINE), lawyerMaterials()));
        assertRefused(r, before, 404, "CASE_NOT_FOUND");
        assertThat(r.json().path("detail").asText()).contains("（2019）粤0106民初99999号");
    }

    @Test
    void contentReasonAndModeAreRequiredAndAllProblemsAreReportedTogether() {
        ApplicantFixtures.Case c = af.archived(judgeId, true);
        ApplicantFixtures.Counts before = af.counts();
        ReadingApplicationForm f = new ReadingApplicationForm(ApplicantFixtures.COURT, c.number(), " ", null, null, false, 1);

        Response r = lawyer.multipart(PATH, body(f, lawyerMaterialsWith(MaterialType.POWER_OF_ATTORNEY, null)));

        assertRefused(r, before, 400, "AGREEMENT_NOT_ACCEPTED");
        assertThat(errors(r)).containsExactly("AGREEMENT_NOT_ACCEPTED", "APPLICATION_CONTENT_REQUIRED",
                "APPLICATION_REASON_REQUIRED", "READING_MODE_REQUIRED", "MATERIAL_MISSING");
    }

    @Test
    void overlongTextsAreRefused() {
        ApplicantFixtures.Case c = af.archived(judgeId, true);
        ApplicantFixtures.Counts before = af.counts();
        ReadingApplicationForm f = new ReadingApplicationForm(ApplicantFixtures.COURT, c.number(), "卷".repeat(501), "需要",
                ReadingMode.ONLINE, true, 1);
        Response r = lawyer.multipart(PATH, body(f, lawyerMaterials()));
        assertRefused(r, before, 400, "TEXT_TOO_LONG");
        assertThat(r.json().path("detail").asText()).contains("申请内容").contains("500");
    }

    // ------------------------------------------------------------------ the case

    @Test
    void aCaseStillInTrialIsRefusedForABoundLawyerAndForThePartyAtACourtReadingArchivedCasesOnly() {
        // 粤0106 keeps the default setting (seeds 000/001: 目前只支持申请已归档的案件)
        ApplicantFixtures.Case c = af.inTrial(judgeId);
        af.bind(c, lawyerId);
        af.plaintiff(c, partyId);
        ApplicantFixtures.Counts before = af.counts();

        Response byLawyer = lawyer.multipart(PATH, body(form(c.number(), ReadingMode.ON_SITE), lawyerMaterials()));
        assertRefused(byLawyer, before, 409, "CASE_NOT_ARCHIVED");
        assertThat(byLawyer.json().path("detail").asText()).contains("已归档");
        assertRefused(party.multipart(PATH, body(form(c.number(), ReadingMode.ON_SITE), partyMaterials())), before, 409,
                "CASE_NOT_ARCHIVED");
    }

    @Test
    void atACourtReadingArchivedCasesOnlyALawyerNotOnRecordIsNotSentToCaseBinding() {
        // binding would not open a case in trial here, so the answer is the rule that applies
        ApplicantFixtures.Case c = af.inTrial(judgeId);
        ApplicantFixtures.Counts before = af.counts();

        Response r = lawyer.multipart(PATH, body(form(c.number(), ReadingMode.ON_SITE), lawyerMaterials()));

        assertRefused(r, before, 409, "CASE_NOT_ARCHIVED");
    }

    @Test
    void aBoundLawyerMayReadACaseInTrialWhereTheCourtAllowsIt() {
        // 广州中院 (seed 002): 若律师名下的案件是审理状态 … 需要先申请案件绑定 — once bound, the lawyer applies
        long judge = af.judgeOfInTrialCourt();
        ApplicantFixtures.Case c = af.inTrialAtInTrialCourt(judge, true);
        af.bind(c, lawyerId);

        Response r = lawyer.multipart(PATH, body(form(ApplicantFixtures.IN_TRIAL_COURT, c.number(), ReadingMode.ONLINE),
                lawyerMaterials()));

        assertThat(r.status()).as(r.text()).isEqualTo(201);
        ReadingRequestView v = r.as(SubmissionReceipt.class).request();
        assertThat(v.caseNumber()).isEqualTo(c.number());
        assertThat(v.courtName()).isEqualTo("广州市中级人民法院");
        assertThat(v.status()).isEqualTo(RequestStatus.PENDING_REVIEW);
        long storedJudge = server.jdbi().withHandle(h -> h.createQuery("SELECT judge_id FROM request WHERE id = :id")
                .bind("id", v.id()).mapTo(Long.class).one());
        assertThat(storedJudge).as("the judge of the case reviews it").isEqualTo(judge);
    }

    @Test
    void whereTheCourtAllowsItALawyerNotOnRecordMustApplyForCaseBindingFirst() {
        ApplicantFixtures.Case c = af.inTrialAtInTrialCourt(af.judgeOfInTrialCourt(), true);
        ApplicantFixtures.Counts before = af.counts();

        Response r = lawyer.multipart(PATH, body(form(ApplicantFixtures.IN_TRIAL_COURT, c.number(), ReadingMode.ON_SITE),
                lawyerMaterials()));

        assertRefused(r, before, 409, "BINDING_REQUIRED");
        assertThat(r.json().path("detail").asText()).contains("案件绑定");
    }

    @Test
    void theCourtListSaysWhereALawyerOnRecordMayReadACaseInTrial() {
        Response r = server.client().get("/api/v1/courts");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        Map<String, Boolean> setting = new HashMap<>();
        r.json().forEach(c -> setting.put(c.path("code").asText(), c.path("agentsMayReadInTrial").asBoolean()));
        assertThat(setting).containsEntry(ApplicantFixtures.IN_TRIAL_COURT, true).containsEntry(ApplicantFixtures.COURT, false);
        assertThat(r.json().get(0).has("agentsMayReadInTrial")).isTrue();
    }

    @Test
    void whereTheCourtAllowsItAPartyIsStillRefusedACaseInTrial() {
        ApplicantFixtures.Case c = af.inTrialAtInTrialCourt(af.judgeOfInTrialCourt(), true);
        af.plaintiff(c, partyId);
        ApplicantFixtures.Counts before = af.counts();

        Response r = party.multipart(PATH, body(form(ApplicantFixtures.IN_TRIAL_COURT, c.number(), ReadingMode.ON_SITE),
                partyMaterials()));

        assertRefused(r, before, 409, "CASE_NOT_ARCHIVED");
        assertThat(r.json().path("detail").asText()).contains("代理律师").contains("当事人");
    }

    @Test
    void whereTheCourtAllowsItACaseInTrialNeverScannedIsReadOnSiteOnly() {
        ApplicantFixtures.Case c = af.inTrialAtInTrialCourt(af.judgeOfInTrialCourt(), false);
        af.bind(c, lawyerId);
        ApplicantFixtures.Counts before = af.counts();

        Response online = lawyer.multipart(PATH, body(form(ApplicantFixtures.IN_TRIAL_COURT, c.number(), ReadingMode.ONLINE),
                lawyerMaterials()));
        assertRefused(online, before, 409, "CASE_NOT_DIGITISED");
        assertThat(online.json().path("detail").asText()).contains("现场查阅").doesNotContain("已归档");

        Response onSite = lawyer.multipart(PATH, body(form(ApplicantFixtures.IN_TRIAL_COURT, c.number(), ReadingMode.ON_SITE),
                lawyerMaterials()));
        assertThat(onSite.status()).as(onSite.text()).isEqualTo(201);
    }

    @Test
    void forAnArchivedCaseALawyerNeedsOnlyTheMaterialsBoundOrNot() {
        ApplicantFixtures.Case unbound = af.archived(judgeId, true);
        ApplicantFixtures.Case bound = af.archived(judgeId, true);
        af.bind(bound, lawyerId);
        assertThat(lawyer.multipart(PATH, body(form(unbound.number(), ReadingMode.ONLINE), lawyerMaterials())).status())
                .isEqualTo(201);
        assertThat(lawyer.multipart(PATH, body(form(bound.number(), ReadingMode.ONLINE), lawyerMaterials())).status())
                .isEqualTo(201);
    }

    @Test
    void aCaseNeverDigitisedCannotBeReadOnlineOnlyOnSite() {
        ApplicantFixtures.Case c = af.archived(judgeId, false);
        ApplicantFixtures.Counts before = af.counts();

        Response online = lawyer.multipart(PATH, body(form(c.number(), ReadingMode.ONLINE), lawyerMaterials()));
        assertRefused(online, before, 409, "CASE_NOT_DIGITISED");
        assertThat(online.json().path("detail").asText()).contains("现场查阅");

        Response onSite = lawyer.multipart(PATH, body(form(c.number(), ReadingMode.ON_SITE), lawyerMaterials()));
        assertThat(onSite.status()).as(onSite.text()).isEqualTo(201);
        ReadingRequestView v = onSite.as(SubmissionReceipt.class).request();
        assertThat(v.requestedMode()).isEqualTo(ReadingMode.ON_SITE);
        assertThat(v.caseDigitised()).isFalse();
    }

    @Test
    void aPartyMayApplyOnlyForCasesInTheirOwnName() {
        ApplicantFixtures.Case someoneElses = af.archived(judgeId, true);
        // a party with the same name but no link to this account is not this account's case
        af.data.party(someoneElses.id(), "PLAINTIFF", "用户" + af.fx.username(partyId), null);
        long otherParty = af.party(true);
        af.plaintiff(someoneElses, otherParty);
        ApplicantFixtures.Counts before = af.counts();

        Response r = party.multipart(PATH, body(form(someoneElses.number(), ReadingMode.ONLINE), partyMaterials()));

        assertRefused(r, before, 403, "NOT_OWN_CASE");
        assertThat(r.json().path("detail").asText()).contains("本人名下");
    }

    @Test
    void aPartyWhoIsTheDefendantInOwnNameMayApply() {
        ApplicantFixtures.Case c = af.archived(judgeId, true);
        af.data.party(c.id(), "DEFENDANT", "用户" + af.fx.username(partyId), partyId);
        assertThat(party.multipart(PATH, body(form(c.number(), ReadingMode.ONLINE), partyMaterials())).status())
                .isEqualTo(201);
    }

    // ------------------------------------------------------------------ materials by applicant type

    @Test
    void aLawyerMissingARequiredMaterialIsToldWhichOne() {
        ApplicantFixtures.Case c = af.archived(judgeId, true);
        ApplicantFixtures.Counts before = af.counts();

        Response r = lawyer.multipart(PATH, body(form(c.number(), ReadingMode.ONLINE),
                lawyerMaterialsWith(MaterialType.LAW_FIRM_LETTER, null)));

        assertRefused(r, before, 400, "MATERIAL_MISSING");
        assertThat(r.json().path("detail").asText()).contains("律所介绍信或证明").doesNotContain("律师证");
    }

    @Test
    void aPartyWithoutTheIdCardIsRefused() {
        ApplicantFixtures.Case c = af.archived(judgeId, true);
        af.plaintiff(c, partyId);
        ApplicantFixtures.Counts before = af.counts();
        Response r = party.multipart(PATH, body(form(c.number(), ReadingMode.ONLINE), List.of()));
        assertRefused(r, before, 400, "MATERIAL_MISSING");
        assertThat(r.json().path("detail").asText()).contains("身份证");
    }

    @Test
    void aPartyMayNotUploadALawyersMaterials() {
        ApplicantFixtures.Case c = af.archived(judgeId, true);
        af.plaintiff(c, partyId);
        ApplicantFixtures.Counts before = af.counts();
        List<Part> files = new ArrayList<>(partyMaterials());
        files.add(file(MaterialType.LAWYER_LICENCE, "执业证.png", "image/png", ApplicantFixtures.png()));

        Response r = party.multipart(PATH, body(form(c.number(), ReadingMode.ONLINE), files));

        assertRefused(r, before, 400, "MATERIAL_TYPE_NOT_ALLOWED");
        assertThat(r.json().path("detail").asText()).contains("律师证/执业证");
    }

    @Test
    void tooManyFilesAreRefused() {
        ApplicantFixtures.Case c = af.archived(judgeId, true);
        af.plaintiff(c, partyId);
        ApplicantFixtures.Counts before = af.counts();
        List<Part> files = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            files.add(file(MaterialType.ID_CARD, "身份证" + i + ".png", "image/png", ApplicantFixtures.png()));
        }
        Response r = party.multipart(PATH, body(form(c.number(), ReadingMode.ONLINE), files));
        assertRefused(r, before, 400, "VALIDATION_FAILED");
        assertThat(r.json().path("detail").asText()).contains("12");
    }

    @Test
    void theProblemNamesEveryBrokenRuleOfTheFormAndMaterials() {
        ApplicantFixtures.Counts before = af.counts();
        ReadingApplicationForm f = new ReadingApplicationForm(ApplicantFixtures.COURT, "（2024）粤0106民X1号", "全案卷宗",
                "需要", ReadingMode.ONLINE, true, 1);
        Response r = lawyer.multipart(PATH, body(f, lawyerMaterialsWith(MaterialType.LAWYER_LICENCE, null)));
        assertRefused(r, before, 400, "CASE_NUMBER_INVALID");
        JsonNode json = r.json();
        assertThat(json.path("status").asInt()).isEqualTo(400);
        assertThat(errors(r)).containsExactly("CASE_NUMBER_INVALID", "MATERIAL_MISSING");
    }
}
