package org.courtdesk.server.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.IdentityVerification;
import org.courtdesk.model.api.LoginRequest;
import org.courtdesk.model.api.ReadingApplicationForm;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.binding.BindingAuthority;
import org.courtdesk.model.binding.BindingDecision;
import org.courtdesk.model.binding.BindingForm;
import org.courtdesk.model.binding.BindingMaterialType;
import org.courtdesk.model.binding.BindingPartyRole;
import org.courtdesk.model.binding.BindingVerdict;
import org.courtdesk.model.filing.FilingConclusionDecision;
import org.courtdesk.model.filing.FilingIntake;
import org.courtdesk.model.filing.FilingMaterialType;
import org.courtdesk.model.filing.FilingMessagePost;
import org.courtdesk.model.filing.FilingOpinionSave;
import org.courtdesk.model.filing.FilingRules;
import org.courtdesk.model.filing.FilingSupplementForm;
import org.courtdesk.model.reading.MaterialType;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReadingRules;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.server.authz.AuthzMatrix.Caller;
import org.courtdesk.server.authz.AuthzMatrix.Operation;
import org.courtdesk.server.authz.AuthzMatrix.Resource;
import org.courtdesk.server.authz.AuthzMatrix.Row;
import org.courtdesk.server.documents.BlobStore;
import org.courtdesk.server.filing.FilingFixtures;
import org.courtdesk.server.preservation.PreservationFixtures;
import org.courtdesk.server.investigation.InvestigationFixtures;
import org.courtdesk.model.investigation.InvestigationIssue;
import org.courtdesk.model.investigation.InvestigationReturn;
import org.courtdesk.model.preservation.PreservationAccept;
import org.courtdesk.model.preservation.PreservationReturn;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.openapi.OpenApiRoutes;
import org.courtdesk.server.pdf.PlainPdf;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Who may do what: every row of {@value AuthzMatrix#RESOURCE} (operation × caller × resource → status and problem code)
 * is called against one real server, and the table must cover every operation of the served OpenAPI document.
 *
 * <p>For every cell: the status, and for a refusal the problem code; nothing stored or changed (counts, feed sequence,
 * versions; only a permitted write may change anything, and the table holds none); a 404 for another's request or
 * material is byte-for-byte the 404 for one nobody has, so ids and hashes cannot be probed; a 200 shows what the
 * {@code sees} column says. Writes are sent with a body a permitted caller gets refused by a later rule (a stale
 * version, a case rule), so a forbidden caller's refusal is shown to come before it.
 */
class AuthzMatrixTest {

    static TestServer server;
    static AuthzWorld world;
    static JsonNode servedOpenApi;
    static List<Row> rows;
    /** One HTTP client per caller, reused: a new client per call would open a new connection each time. */
    static final Map<Caller, HttpTestClient> CLIENTS = new EnumMap<>(Caller.class);

    @BeforeAll
    static void start() {
        server = TestServer.start();
        world = new AuthzWorld(server);
        Response r = server.client().get(OpenApiRoutes.PATH);
        assertThat(r.status()).as("the served OpenAPI document").isEqualTo(200);
        servedOpenApi = r.json();
        rows = AuthzMatrix.load();
        HttpTestClient anonymous = server.client();
        for (Caller c : Caller.values()) {
            CLIENTS.put(c, world.token(c) == null ? anonymous : anonymous.withToken(world.token(c)));
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    // ------------------------------------------------------------------ completeness

    @Test
    void everyServedOperationHasARowForEveryCallerAndResource() {
        assertThat(AuthzMatrix.operations(servedOpenApi)).as("operations in the served document").hasSizeGreaterThan(10);
        assertThat(AuthzMatrix.problems(servedOpenApi, rows)).as("gaps in %s", AuthzMatrix.RESOURCE).isEmpty();
    }

    /** The rule above, shown to bite: a new route, a removed route, a caller or resource left out. */
    @Test
    void theCompletenessRuleReportsWhatIsMissing() {
        ObjectNode withNewRoute = servedOpenApi.deepCopy();
        ((ObjectNode) withNewRoute.get("paths")).putObject("/api/v1/reading-requests/{id}/withdrawal")
                .putObject("post").put("summary", "撤回阅卷申请");
        assertThat(AuthzMatrix.problems(withNewRoute, rows)).singleElement().asString()
                .startsWith("POST /api/v1/reading-requests/{id}/withdrawal has no rows");

        ObjectNode withoutChanges = servedOpenApi.deepCopy();
        ((ObjectNode) withoutChanges.get("paths")).remove("/api/v1/changes");
        assertThat(AuthzMatrix.problems(withoutChanges, rows)).hasSize(Caller.values().length)
                .allSatisfy(p -> assertThat(p).contains("GET /api/v1/changes is not in the served OpenAPI document"));

        Operation changes = new Operation("GET", "/api/v1/changes");
        List<Row> withoutIdleClerk = rows.stream()
                .filter(r -> !(r.operation().equals(changes) && r.caller() == Caller.CLERK_IDLE)).toList();
        assertThat(AuthzMatrix.problems(servedOpenApi, withoutIdleClerk))
                .containsExactly("GET /api/v1/changes has no rows for clerk-idle");

        Operation detail = new Operation("GET", "/api/v1/judge/reading-requests/{id}");
        List<Row> withoutOthers = rows.stream()
                .filter(r -> !(r.operation().equals(detail) && r.caller() == Caller.JUDGE_K && r.resource() == Resource.A))
                .toList();
        assertThat(AuthzMatrix.problems(servedOpenApi, withoutOthers)).anySatisfy(p -> assertThat(p)
                .isEqualTo("GET /api/v1/judge/reading-requests/{id} · judge-K has resources [B, missing]: "
                        + "a path with an id needs A, B and missing"));

        List<Row> twice = new ArrayList<>(rows);
        twice.add(rows.get(0));
        assertThat(AuthzMatrix.problems(servedOpenApi, twice)).singleElement().asString().endsWith("appears twice");
    }

    @Test
    void aRowThatContradictsItselfIsRefusedWhenRead() {
        String header = "method\tpath\tcaller\tresource\tstatus\tcode\tsees";
        assertThat(catchMessage(List.of(header, "GET\t/api/v1/me\tjudge-J\t-\t404\tFORBIDDEN\t-")))
                .contains("FORBIDDEN is answered with 403, not 404");
        assertThat(catchMessage(List.of(header, "GET\t/api/v1/me\tjudge-X\t-\t200\t-\tself")))
                .contains("unknown caller 'judge-X'");
        assertThat(catchMessage(List.of(header, "GET\t/api/v1/me\tjudge-J\t-\t401\t-\t-")))
                .contains("a refusal names its problem code");
    }

    private static String catchMessage(List<String> lines) {
        try {
            AuthzMatrix.parse(lines);
            throw new AssertionError("accepted " + lines);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    // ------------------------------------------------------------------ the cells

    /** The "stored nothing" check of every cell counts what the fixtures stored, so it is not comparing zeros. */
    @Test
    void whatIsStoredCountsTheFixtures() {
        AuthzWorld.Stored s = world.stored();
        assertThat(List.of(s.requests(), s.materials(), s.notifications())).containsExactly(2L, 2L, 2L);
        assertThat(List.of(s.filings(), s.filingMaterials(), s.filingMessages(), s.filingsReviewed()))
                .containsExactly(2L, 2L, 0L, 0L);
        // 案件绑定 A and B, pending, with two papers each (one new blob per binding); lawyer L is agent of case B's defendant.
        assertThat(List.of(s.bindings(), s.bindingsDecided(), s.agents())).containsExactly(2L, 0L, 1L);
        assertThat(List.of(s.adjournments(), s.adjournmentsDecided(), s.hearingsMoved())).containsExactly(2L, 0L, 0L);
        assertThat(List.of(s.appeals(), s.appealsDecided())).containsExactly(2L, 0L);
        assertThat(List.of(s.preservations(), s.preservationMaterials(), s.preservationsDecided()))
                .containsExactly(2L, 2L, 0L);
        assertThat(List.of(s.investigations(), s.investigationsDecided())).containsExactly(2L, 0L);
        assertThat(List.of(s.serviceContents(), s.serviceContentsPublished())).containsExactly(2L, 1L);
        assertThat(List.of(s.exchanges(), s.evidenceItems(), s.crossExams(), s.deadlineChanges(), s.exchangesReviewed()))
                .containsExactly(2L, 0L, 0L, 0L, 0L);
        // Blobs, changes, the feed and the requests' versions: each fixture of the world declares its own share beside
        // the code that builds it (AuthzWorld.fixture), and stored exactly that; the totals are their sums.
        assertThat(world.fixtures).as("every fixture stores what it declares")
                .filteredOn(f -> !f.asDeclared()).isEmpty();
        long blobs = world.fixtures.stream().mapToLong(AuthzWorld.Fixture::blobs).sum();
        long changes = world.fixtures.stream().mapToLong(AuthzWorld.Fixture::changes).sum();
        assertThat(s.blobs()).as("blobs: the fixtures' and nothing else").isEqualTo(world.baseline.blobs() + blobs);
        assertThat(s.changes()).as("changes: the fixtures' and nothing else").isEqualTo(world.baseline.changes() + changes);
        assertThat(s.feedSeq()).isEqualTo(world.baseline.feedSeq() + changes);
        // Each fixture request has one change and its version is that change's sequence; the other changes are feed
        // entries that are not requests (a transcript's, issue 12): together 1 + 2 + ... + n.
        long first = world.baseline.feedSeq() + 1;
        long last = world.baseline.feedSeq() + changes;
        long entrySeqs = world.jdbi().withHandle(h -> h.createQuery("SELECT COALESCE(SUM(seq), 0) FROM change_log "
                + "WHERE entry IS NOT NULL AND seq > :base").bind("base", world.baseline.feedSeq()).mapTo(Long.class).one());
        assertThat(s.requestVersions() + entrySeqs).isEqualTo((first + last) * changes / 2);
        assertThat(s.verifiedAccounts()).isEqualTo(Caller.values().length - 3);
    }

    @TestFactory
    Stream<DynamicNode> everyCellAnswersAsTheTableSays() {
        Map<Operation, List<Row>> byOperation = new LinkedHashMap<>();
        for (Row r : rows) {
            byOperation.computeIfAbsent(r.operation(), o -> new ArrayList<>()).add(r);
        }
        return byOperation.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey().toString(),
                e.getValue().stream().map(r -> DynamicTest.dynamicTest(
                        r.caller().label + " · " + r.resource().label + " → " + r.status()
                                + (r.code() == null ? "" : " " + r.code()), () -> check(r)))));
    }

    private static void check(Row row) {
        boolean mayStore = row.status() < 300 && !row.operation().method().equals("GET");
        Supplier<Response> request = request(row);
        AuthzWorld.Stored before = world.stored();
        Response r = request.get();
        String answer = r.status() + " " + r.text();
        assertThat(r.status()).as("%s answered %s", row, answer).isEqualTo(row.status());
        if (row.code() != null) {
            assertThat(r.contentType()).as("%s is a problem", row).startsWith("application/problem+json");
            assertThat(r.code()).as("%s answered %s", row, answer).isEqualTo(row.code());
        }
        if (!mayStore) {
            assertThat(world.stored()).as("%s stored or changed nothing", row).isEqualTo(before);
        }
        if (row.status() == 404 && row.resource() != Resource.MISSING) {
            Response missing = request(row.withResource(Resource.MISSING)).get();
            assertThat(missing.status()).as("%s: another's answers like missing", row).isEqualTo(404);
            assertThat(missing.contentType()).isEqualTo(r.contentType());
            assertThat(r.text()).as("%s: another's answers like missing, to the byte", row).isEqualTo(missing.text());
        }
        if (row.status() == 200) {
            checkWhatItShows(row, r);
        }
    }

    /** A 200 shows the resource asked for, and a listing exactly the requests of the {@code sees} column. */
    private static void checkWhatItShows(Row row, Response r) {
        String path = row.operation().path();
        if (path.endsWith("/page")) {
            assertThat(r.contentType()).as("%s is a page", row).startsWith("text/html");
            assertThat(r.text()).as("%s shows the item asked for", row).contains(row.resource() == Resource.A
                    ? "诉讼服务指南 A" : "开庭公告 B");
            return;
        }
        if (path.contains("{sha256}")) {
            assertThat(BlobStore.sha256(r.body())).as("%s serves the material asked for", row)
                    .isEqualTo(world.material(row.resource()));
        } else if (path.endsWith(".pdf")) {
            assertThat(r.contentType()).as("%s is a PDF", row).startsWith("application/pdf");
            return;
        } else if (path.contains("{id}")) {
            assertThat(r.json().path("id").asLong()).as("%s shows the request asked for", row)
                    .isEqualTo(world.requestId(path, row.resource()));
        }
        if (row.sees() == null) {
            return;
        }
        JsonNode json = r.json();
        if (row.sees().equals("self")) {
            assertThat(json.path("id").asLong()).as("%s shows the caller", row).isEqualTo(world.accounts.get(row.caller()));
            return;
        }
        Set<Long> ids = new LinkedHashSet<>();
        switch (path) {
            case "/api/v1/changes" -> json.path("changes").forEach(c -> ids.add(c.path("requestId").asLong()));
            case "/api/v1/reading-requests", "/api/v1/filings", "/api/v1/bindings", "/api/v1/adjournments", "/api/v1/appeals",
                    "/api/v1/preservations", "/api/v1/investigation-orders", "/api/v1/material-transfers",
                    "/api/v1/transcript-corrections", "/api/v1/contact-requests", "/api/v1/suggestions",
                    "/api/v1/service-contents", "/api/v1/evidence-exchanges" ->
                    json.forEach(v -> ids.add(v.path("id").asLong()));
            case "/api/v1/me/notifications" -> json.forEach(n -> ids.add(n.path("requestId").asLong()));
            default -> throw new AssertionError(row + ": the test does not know how to read the listing of " + path
                    + " (add it to checkWhatItShows)");
        }
        assertThat(world.names(ids)).as("%s lists", row).isEqualTo(row.sees());
    }

    // ------------------------------------------------------------------ how each operation is called

    /** The row's call, ready to send (a token it needs is made now, before the check of what is stored). */
    private static Supplier<Response> request(Row row) {
        Operation op = row.operation();
        Caller caller = row.caller();
        boolean logout = op.path().equals("/api/v1/auth/logout");
        // Logout revokes the token it is called with: use a fresh one so the caller's stays valid for later rows.
        HttpTestClient client = logout ? server.client().withToken(world.freshToken(caller)) : CLIENTS.get(caller);
        String path = path(op, row.resource());
        if (op.method().equals("GET")) {
            return () -> client.get(path);
        }
        if (!op.method().equals("POST")) {
            throw new AssertionError(op + ": the test does not know how to call " + op.method() + " (add it to request)");
        }
        return () -> post(client, op, path, caller, row.resource());
    }

    private static Response post(HttpTestClient client, Operation op, String path, Caller caller, Resource resource) {
        boolean logout = op.path().equals("/api/v1/auth/logout");
        return switch (op.path()) {
            case "/api/v1/reading-requests" -> client.multipart(path, application(caller, resource),
                    "Idempotency-Key", UUID.randomUUID().toString());
            // Empty credentials: refused by validation for everyone, without an Argon2 check or a failed-login count.
            case "/api/v1/auth/login" -> client.post(path, new LoginRequest("", ""));
            // A bearer token is not the identity provider's key: no caller may mark anyone verified.
            case "/api/v1/identity/verifications" -> client.post(path, new IdentityVerification(
                    world.usernames.get(Caller.PARTY_UNVERIFIED), "440100199001010000", "FACE", true));
            // baseVersion 0 is stale (versions are feed sequences, from 1): a permitted caller gets 409 VERSION_CONFLICT.
            case "/api/v1/judge/reading-requests/{id}/decision" -> client.post(path, new ReviewDecision(UUID.randomUUID(),
                    0, ReviewOpinion.DISAGREE, "申请材料不全", null, null, null, null, null));
            case "/api/v1/judge/reading-requests/{id}/attendance" -> client.post(path,
                    new AttendanceRecord(UUID.randomUUID(), 0, true, null, null));
            // 网上立案: bodies a permitted caller gets refused by a later rule, so nothing is stored (see the table).
            case "/api/v1/filings" -> client.multipart(path, filing(caller), "Idempotency-Key", UUID.randomUUID().toString());
            case "/api/v1/filings/{id}/supplement" -> client.multipart(path, List.of(
                    Part.json("supplement", new FilingSupplementForm("补正")),
                    Part.file(FilingMaterialType.EVIDENCE.name(), "证据.pdf", "application/pdf", MATERIAL)),
                    "Idempotency-Key", UUID.randomUUID().toString());
            case "/api/v1/filings/{id}/messages", "/api/v1/judge/filings/{id}/messages" ->
                    client.post(path, new FilingMessagePost(UUID.randomUUID(), ""));
            case "/api/v1/judge/filings/{id}/opinion" -> client.post(path,
                    new FilingOpinionSave(UUID.randomUUID(), world.filingVersion(resource), ""));
            case "/api/v1/judge/filings/{id}/conclusion" -> client.post(path, new FilingConclusionDecision(
                    UUID.randomUUID(), world.filingVersion(resource), null, null, null, null, null));
            case "/api/v1/judge/filings/{id}/intake" -> client.post(path,
                    new FilingIntake(UUID.randomUUID(), world.filingVersion(resource)));
            // 案件绑定: at a court nobody has (COURT_UNKNOWN, last); a decision on a stale version (VERSION_CONFLICT).
            case "/api/v1/bindings" -> client.multipart(path, binding(), "Idempotency-Key", UUID.randomUUID().toString());
            case "/api/v1/judge/bindings/{id}/decision" -> client.post(path,
                    new BindingDecision(UUID.randomUUID(), 0, BindingVerdict.APPROVE, null));
            // 延期开庭: a hearing nobody has (404 for a permitted applicant), a decision without a conclusion (400).
            case "/api/v1/adjournments" -> client.multipart(path, List.of(Part.json("adjournment",
                    new org.courtdesk.model.adjournment.AdjournmentForm(-1L, "另案开庭冲突"))),
                    "Idempotency-Key", UUID.randomUUID().toString());
            case "/api/v1/judge/adjournments/{id}/decision" -> client.post(path,
                    new org.courtdesk.model.adjournment.AdjournmentDecision(UUID.randomUUID(), 0, null, null, null));
            // 提起上诉: a case nobody has (404 for a permitted applicant), a decision without a conclusion (400).
            case "/api/v1/appeals" -> client.multipart(path, List.of(Part.json("appeal",
                    new org.courtdesk.model.appeal.AppealForm(-1L, -1L, List.of(-2L),
                            org.courtdesk.model.appeal.DecisionType.JUDGMENT, java.time.LocalDate.of(2026, 11, 20), "撤销原判",
                            "事实认定错误")), Part.file("PETITION", "上诉状.pdf", "application/pdf", MATERIAL)),
                    "Idempotency-Key", UUID.randomUUID().toString());
            case "/api/v1/judge/appeals/{id}/decision" -> client.post(path,
                    new org.courtdesk.model.appeal.AppealDecision(UUID.randomUUID(), 0, null, null));
            // 诉讼保全: a 诉前 application at a court nobody has; a blank 退回 reason; a stale 接收.
            case "/api/v1/preservations" -> client.multipart(path,
                    PreservationFixtures.parts(PreservationFixtures.preSuit("粤9999")),
                    "Idempotency-Key", UUID.randomUUID().toString());
            case "/api/v1/judge/preservations/{id}/return" -> client.post(path,
                    new PreservationReturn(UUID.randomUUID(), world.version(op.path(), resource), " "));
            case "/api/v1/judge/preservations/{id}/accept" -> client.post(path,
                    new PreservationAccept(UUID.randomUUID(), 0, null));
            // 调查令: a 案号 that is not one; a blank 退回 reason; a stale 接收.
            case "/api/v1/investigation-orders" -> client.multipart(path,
                    InvestigationFixtures.parts(InvestigationFixtures.form("不是案号")),
                    "Idempotency-Key", UUID.randomUUID().toString());
            case "/api/v1/judge/investigation-orders/{id}/return" -> client.post(path,
                    new InvestigationReturn(UUID.randomUUID(), world.version(op.path(), resource), ""));
            case "/api/v1/judge/investigation-orders/{id}/accept" -> client.post(path,
                    new InvestigationIssue(UUID.randomUUID(), 0));
            // 材料转接: a 案号 that is not one (refused by the form rules); a stale 接收.
            case "/api/v1/material-transfers" -> client.multipart(path, List.of(
                    Part.json("transfer", new org.courtdesk.model.transfer.TransferForm("不是案号", "补充证据",
                            org.courtdesk.model.transfer.TransferMaterialType.EVIDENCE, 1, null, null)),
                    Part.file("FILE", "证据.pdf", "application/pdf", MATERIAL)),
                    "Idempotency-Key", UUID.randomUUID().toString());
            case "/api/v1/judge/material-transfers/{id}/receive" -> client.post(path,
                    new org.courtdesk.model.transfer.TransferReceive(UUID.randomUUID(), 0));
            // 庭审笔录: an empty 补正内容; a 案号 that is not one; a stale answer.
            case "/api/v1/transcript-corrections" -> client.post(path,
                    new org.courtdesk.model.transcript.TranscriptCorrectionForm(-1, ""),
                    "Idempotency-Key", UUID.randomUUID().toString());
            case "/api/v1/judge/transcripts" -> client.multipart(path, List.of(
                    Part.json("transcript", new org.courtdesk.model.transcript.TranscriptAttachForm("不是案号",
                            java.time.LocalDate.of(2026, 11, 20), "庭审笔录")),
                    Part.file("PDF", "庭审笔录.pdf", "application/pdf", MATERIAL)),
                    "Idempotency-Key", UUID.randomUUID().toString());
            case "/api/v1/judge/transcript-corrections/{id}/decision" -> client.post(path,
                    new org.courtdesk.model.transcript.TranscriptDecision(UUID.randomUUID(), 0, true, null));
            // 联系法官: at a court nobody has (COURT_UNKNOWN, last); a reply on a stale version (VERSION_CONFLICT).
            case "/api/v1/contact-requests" -> client.post(path, new org.courtdesk.model.contact.ContactForm("粤9999",
                    "（2026）粤9999民初1号", "希望与法官面谈", List.of(java.time.LocalDateTime.now().plusDays(30)),
                    org.courtdesk.model.contact.ContactWay.IN_PERSON), "Idempotency-Key", UUID.randomUUID().toString());
            case "/api/v1/judge/contact-requests/{id}/reply" -> client.post(path,
                    new org.courtdesk.model.contact.ContactReply(UUID.randomUUID(), 0,
                            org.courtdesk.model.contact.ContactResult.WRITTEN, null, null, null, "书面答复"));
            // 意见建议: at a court nobody has (COURT_UNKNOWN, last); a reply on a stale version (VERSION_CONFLICT).
            case "/api/v1/suggestions" -> client.post(path, new org.courtdesk.model.suggestion.SuggestionForm("粤9999",
                    org.courtdesk.model.suggestion.SuggestionCategory.SERVICE, null, "建议", "建议增加停车位"),
                    "Idempotency-Key", UUID.randomUUID().toString());
            case "/api/v1/judge/suggestions/{id}/reply" -> client.post(path,
                    new org.courtdesk.model.suggestion.SuggestionReply(UUID.randomUUID(), 0, "感谢您的建议"));
            // 服务内容: a new item without its fields (400 for a judge, 403 for anyone else of the court); an edit
            // without fields (the fixtures' version is 0, so it reaches the author check and the rules); a stale 设置发布.
            case "/api/v1/judge/service-contents" -> client.post(path,
                    new org.courtdesk.model.servicecontent.ServiceContentCreate(UUID.randomUUID(), null, false));
            case "/api/v1/judge/service-contents/{id}/content" -> client.post(path,
                    new org.courtdesk.model.servicecontent.ServiceContentSave(UUID.randomUUID(), 0, null, false));
            case "/api/v1/judge/service-contents/{id}/publication" -> client.post(path,
                    new org.courtdesk.model.servicecontent.ServiceContentPublication(UUID.randomUUID(), 99, true));
            // 证据交换: a 案号 that is not one; stale 修改 and 审查; incomplete catalogue entries and 质证.
            case "/api/v1/judge/evidence-exchanges" -> client.post(path, new org.courtdesk.model.evidence.EvidenceExchangeCreate(
                    UUID.randomUUID(), "不是案号", org.courtdesk.model.evidence.EvidenceProcedure.ORDINARY, null, null, null, null,
                    null));
            case "/api/v1/judge/evidence-exchanges/{id}/deadlines" -> client.post(path,
                    new org.courtdesk.model.evidence.EvidenceDeadlineChange(UUID.randomUUID(), 0,
                            java.time.LocalDate.of(2027, 1, 20), null, null, null, "延期"));
            case "/api/v1/judge/evidence-exchanges/{id}/review" -> client.post(path,
                    new org.courtdesk.model.evidence.EvidenceReview(UUID.randomUUID(), 0, "审查意见"));
            case "/api/v1/judge/evidence-exchanges/{id}/evidence", "/api/v1/evidence-exchanges/{id}/evidence" ->
                    client.multipart(path, List.of(Part.json("entry", new org.courtdesk.model.evidence.EvidenceEntry(null, 0,
                            "借条", "原告持有", "借款事实", 1)), Part.file("EVIDENCE", "借条.pdf", "application/pdf", MATERIAL)),
                            "Idempotency-Key", UUID.randomUUID().toString());
            case "/api/v1/evidence-exchanges/{id}/cross-examinations" -> client.post(path,
                    new org.courtdesk.model.evidence.CrossExamForm(-1, null, "认可", "认可", false, null),
                    "Idempotency-Key", UUID.randomUUID().toString());
            default -> client.postRaw(path, "application/json", (logout ? "" : "{}").getBytes(StandardCharsets.UTF_8));
        };
    }

    /** The path with the resource's id or hash in place of its template. */
    private static String path(Operation op, Resource resource) {
        String path = op.path();
        if (path.contains("{id}")) {
            path = path.replace("{id}", Long.toString(world.requestId(path, resource)));
        }
        if (path.contains("{sha256}")) {
            path = path.replace("{sha256}", world.material(resource));
        }
        if (path.contains("{code}")) {
            path = path.replace("{code}", resource == Resource.MISSING ? "粤9999" : world.caseOf(resource).court());
        }
        if (path.contains("{")) {
            throw new AssertionError(op + ": the test does not know what to put in " + path + " (add it to path)");
        }
        return path;
    }

    /**
     * A 阅卷申请 for the resource's case, asking to read it online, with every material the caller's role needs: the
     * cases are not digitised, so a permitted applicant is refused last, by CASE_NOT_DIGITISED, and nothing is stored.
     */
    private static List<Part> application(Caller caller, Resource resource) {
        AuthzWorld.Case c = world.caseOf(resource);
        List<Part> parts = new ArrayList<>();
        parts.add(Part.json("application", new ReadingApplicationForm(c.court(), c.number(), "全案卷宗",
                "代理案件需要查阅卷宗", ReadingMode.ONLINE, true, 1)));
        Role role = world.role(caller);
        for (MaterialType type : ReadingRules.requiredMaterials(role == Role.LAWYER ? Role.LAWYER : Role.PARTY)) {
            parts.add(Part.file(type.name(), type.name().toLowerCase() + ".pdf", "application/pdf", MATERIAL));
        }
        return parts;
    }

    /**
     * A 网上立案 at a court nobody has, with every material the caller's role needs: a permitted applicant passes the
     * form and material rules and is refused last, in the storing transaction, by COURT_UNKNOWN.
     */
    private static List<Part> filing(Caller caller) {
        Role role = world.role(caller) == Role.LAWYER ? Role.LAWYER : Role.PARTY;
        List<Part> parts = new ArrayList<>();
        parts.add(Part.json("filing", FilingFixtures.form("粤9999")));
        for (FilingMaterialType type : FilingRules.requiredMaterials(role)) {
            parts.add(Part.file(type.name(), type.name().toLowerCase() + ".pdf", "application/pdf", MATERIAL));
        }
        return parts;
    }

    /** A 案件绑定 at a court nobody has, with both papers: a lawyer is refused last, by COURT_UNKNOWN. */
    private static List<Part> binding() {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.json("binding", new BindingForm("粤9999", "（2024）粤9999民初1号", BindingPartyRole.DEFENDANT,
                "广州某某贸易有限公司", "14401201810123456", "广东某某律师事务所", BindingAuthority.GENERAL)));
        for (BindingMaterialType type : BindingMaterialType.values()) {
            parts.add(Part.file(type.name(), type.name().toLowerCase() + ".pdf", "application/pdf", MATERIAL));
        }
        return parts;
    }

    private static final byte[] MATERIAL = new PlainPdf().title("申请材料", 16f).toBytes();
}
