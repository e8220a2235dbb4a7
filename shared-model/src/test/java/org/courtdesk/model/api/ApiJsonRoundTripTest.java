package org.courtdesk.model.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.casenumber.CourtLevel;
import org.courtdesk.model.reading.MaterialType;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The API records travel as JSON between the server (strict: unknown fields and null primitives refused) and the
 * workstation (lenient). Both mappers are configured here as the two sides configure theirs.
 */
class ApiJsonRoundTripTest {

    static final ObjectMapper SERVER = WireMappers.server(WireMappers.registryViews());
    static final ObjectMapper APP = WireMappers.app(WireMappers.registryViews());

    static final UUID KEY = UUID.fromString("0b7e4c1e-6a43-4c43-9a8e-2f1f0d1c9b11");
    static final Instant AT = Instant.parse("2026-11-23T02:15:30.123456Z");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    static ReviewInfo review() {
        return new ReviewInfo("王法官", DAY, ReviewOpinion.AGREE, "同意在线阅卷", ReadingMode.ONLINE, DAY.plusDays(15),
                null, null, "请在有效期内查阅");
    }

    static ReadingRequestView view() {
        return new ReadingRequestView(42, "YJ2026112300042", "（2023）粤0106民初12345号", "张三诉李四买卖合同纠纷",
                "粤0106", "广州市天河区人民法院", 7, "陈律师", Role.LAWYER, DAY, AT, "全案卷宗", "代理上诉",
                ReadingMode.ONLINE, true, RequestStatus.APPROVED, 1017, "王法官", review(),
                new OnSiteVisit(true, LocalDateTime.of(2026, 11, 24, 9, 30), LocalDateTime.of(2026, 11, 24, 11, 0)),
                List.of(new MaterialRef(3, MaterialType.LAWYER_LICENCE, "执业证.pdf", "application/pdf", 20480,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                List.of(new AuditEntry(AT, "王法官", "审查通过", "阅卷方式：在线阅卷")));
    }

    /** The same request as a list row: nothing reviewed yet, no audit. */
    static ReadingRequestView pendingRow() {
        return new ReadingRequestView(43, "YJ2026112300043", "(2021)粤01民初1号", null, "粤01", "广州市中级人民法院", 8,
                "赵六", Role.PARTY, DAY, AT, "第一卷", null, ReadingMode.ON_SITE, false, RequestStatus.PENDING_REVIEW, 3,
                null, null, null, List.of(), null);
    }

    static Stream<Object> samples() {
        return Stream.of(
                view(),
                pendingRow(),
                review(),
                new ReviewDecision(KEY, 1017, ReviewOpinion.AGREE, "未扫描，请到现场阅卷", ReadingMode.ON_SITE, null,
                        DAY.plusDays(1), DAY.plusDays(2), null),
                new ReviewDecision(KEY, 3, ReviewOpinion.DISAGREE, "材料不全", null, null, null, null, "请补充授权委托书"),
                new ChangesPage(List.of(new Change(1017, RequestKind.CASE_FILE_READING, 42, ChangeOp.UPSERT, view()),
                        new Change(1018, RequestKind.CASE_FILE_READING, 44, ChangeOp.REMOVED, null)), 1018, true),
                new ChangesPage(List.of(), 0, false),
                new Change(7, RequestKind.CASE_FILE_READING, 43, ChangeOp.UPSERT, pendingRow()),
                // a feed entry that is not a request: its item as decoded without a type (a map)
                Change.ofEntry(8, RequestKind.HEARING_TRANSCRIPT, "TRANSCRIPT_FILE", 5, ChangeOp.UPSERT,
                        new java.util.LinkedHashMap<>(java.util.Map.of("id", 5, "title", "第一次庭审笔录"))),
                Change.ofEntry(9, RequestKind.HEARING_TRANSCRIPT, "TRANSCRIPT_FILE", 5, ChangeOp.REMOVED, null),
                Problem.of(ErrorCode.BAD_CREDENTIALS, null),
                Problem.of(ErrorCode.DECISION_WINDOW_INVALID, null)
                        .withErrors(List.of("DECISION_WINDOW_INVALID", "DECISION_EXPLANATION_REQUIRED")),
                Problem.of(ErrorCode.VERSION_CONFLICT, null).withCurrent(view()),
                new DecisionResult(view(), true),
                new AttendanceRecord(KEY, 1017, true, LocalDateTime.of(2026, 11, 24, 9, 30), null),
                new LoginRequest("judge.wang", "密码 with spaces "),
                new LoginResponse("tok-123", AT, new UserInfo(1, "judge.wang", "王法官", Role.JUDGE, "粤0106", false)),
                new UserInfo(7, "lawyer.chen", "陈律师", Role.LAWYER, null, true),
                new CourtInfo("粤1972", "东莞市第二人民法院", "东莞市", CourtLevel.BASIC, "阅卷室：一楼 103 室，工作日 9:00-17:00", false),
                new CourtInfo("粤01", "广州市中级人民法院", "广州市", CourtLevel.INTERMEDIATE, null, true),
                new IdentityVerification("lawyer.chen", "440106199001011234", "FACE", true),
                new ReadingApplicationForm("粤0106", "（2023）粤0106民初12345号", "全案卷宗", "代理诉讼", ReadingMode.ONLINE, true, 1),
                new SubmissionReceipt(42, "YJ2026112300042", pendingRow()),
                new NotificationView(5, AT, "13800000000", "您的阅卷申请审查通过", 42L),
                new NotificationView(6, AT, "13800000000", "您的案件绑定申请审核通过", null),
                new MaterialRef(3, MaterialType.PARTY_IDENTITY, "身份证明.png", "image/png", 1, "ab".repeat(32)),
                new AuditEntry(AT, "系统", "提交申请", null),
                new OnSiteVisit(null, null, null),
                new ServerLimits(10L * 1024 * 1024, 80L * 1024 * 1024),
                new RequestView.Unknown(5, 9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void serverWritesWhatTheAppReadsAndBack(Object sample) throws IOException {
        String byServer = SERVER.writeValueAsString(sample);
        assertThat(APP.readValue(byServer, sample.getClass())).isEqualTo(sample);
        String byApp = APP.writeValueAsString(sample);
        assertThat(SERVER.readValue(byApp, sample.getClass())).isEqualTo(sample);
        assertThat(byApp).isEqualTo(byServer);
    }

    @Test
    void everyRecordOfTheApiHasASample() throws IOException, URISyntaxException {
        Set<String> records = WireMappers.recordsBeside(ErrorCode.class);
        Set<String> sampled = samples().map(o -> o.getClass().getSimpleName()).collect(Collectors.toSet());
        assertThat(sampled).containsAll(records);
    }

    @Test
    void readingRequestViewLooksAsApiMdSays() throws IOException {
        JsonNode json = SERVER.readTree(SERVER.writeValueAsString(view()));
        assertThat(json.path("applicationDate").asText()).isEqualTo("2026-11-23");
        assertThat(json.path("submittedAt").asText()).isEqualTo("2026-11-23T02:15:30.123456Z");
        assertThat(json.path("status").asText()).isEqualTo("APPROVED");
        assertThat(json.path("applicantRole").asText()).isEqualTo("LAWYER");
        assertThat(json.path("version").asLong()).isEqualTo(1017);
        assertThat(json.path("review").path("validUntil").asText()).isEqualTo("2026-12-08");
        assertThat(json.path("visit").path("borrowedAt").asText()).isEqualTo("2026-11-24T09:30:00");
        assertThat(json.path("materials").get(0).path("type").asText()).isEqualTo("LAWYER_LICENCE");
        assertThat(json.path("caseNumber").asText()).isEqualTo("（2023）粤0106民初12345号");
        assertThat(json.path("kind").asText()).as("the type id of RequestView").isEqualTo("CASE_FILE_READING");
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).as("kind after the record's fields, as openapi.json lists it").last().isEqualTo("kind");
        // Nothing reviewed yet: the keys are there with null.
        JsonNode row = SERVER.readTree(SERVER.writeValueAsString(pendingRow()));
        assertThat(row.has("review")).isTrue();
        assertThat(row.path("review").isNull()).isTrue();
    }

    @Test
    void reviewDecisionCarriesItsKeyAndBaseVersion() throws IOException {
        String json = "{\"idempotencyKey\":\"" + KEY + "\",\"baseVersion\":1017,\"opinion\":\"AGREE\","
                + "\"explanation\":\"同意\",\"mode\":\"ONLINE\",\"validUntil\":\"2026-12-08\"}";
        ReviewDecision d = SERVER.readValue(json, ReviewDecision.class);
        assertThat(d).isEqualTo(new ReviewDecision(KEY, 1017, ReviewOpinion.AGREE, "同意", ReadingMode.ONLINE,
                LocalDate.of(2026, 12, 8), null, null, null));
    }

    @Test
    void theServerRefusesUnknownFieldsAndMissingPrimitivesTheAppTolerates() {
        String extra = "{\"username\":\"a\",\"password\":\"b\",\"remember\":true}";
        assertThat(catchThrowable(() -> SERVER.readValue(extra, LoginRequest.class)))
                .isNotNull();
        assertThat(catchThrowable(() -> APP.readValue(extra, LoginRequest.class)))
                .isNull();
        String noVersion = "{\"idempotencyKey\":\"" + KEY + "\",\"opinion\":\"DISAGREE\",\"explanation\":\"x\"}";
        assertThat(catchThrowable(() -> SERVER.readValue(noVersion, ReviewDecision.class)))
                .as("baseVersion is required").isNotNull();
        String coerced = "{\"idempotencyKey\":\"" + KEY + "\",\"baseVersion\":\"5\",\"attended\":1,"
                + "\"borrowedAt\":null,\"returnedAt\":null}";
        assertThat(catchThrowable(() -> SERVER.readValue(coerced, AttendanceRecord.class)))
                .as("no text for numbers, no numbers for booleans").isNotNull();
        assertThat(catchThrowable(() -> APP.readValue(coerced, AttendanceRecord.class))).isNull();
    }

    @Test
    void changesPageKeepsSequenceOrderAndRemovals() throws IOException {
        ChangesPage page = (ChangesPage) samples().filter(ChangesPage.class::isInstance).findFirst().orElseThrow();
        JsonNode json = SERVER.readTree(SERVER.writeValueAsString(page));
        assertThat(json.path("nextCursor").asLong()).isEqualTo(1018);
        assertThat(json.path("hasMore").asBoolean()).isTrue();
        assertThat(json.path("changes").get(0).path("kind").asText()).isEqualTo("CASE_FILE_READING");
        assertThat(json.path("changes").get(1).path("op").asText()).isEqualTo("REMOVED");
        assertThat(json.path("changes").get(0).path("view").path("kind").asText()).isEqualTo("CASE_FILE_READING");
        assertThat(json.path("changes").get(1).path("view").isNull()).isTrue();
    }

    @Test
    void aViewReadsBackAsItsKindsViewType() throws IOException {
        for (ObjectMapper mapper : List.of(SERVER, APP)) {
            Change c = mapper.readValue(mapper.writeValueAsString(
                    new Change(7, RequestKind.CASE_FILE_READING, 42, ChangeOp.UPSERT, view())), Change.class);
            assertThat(c.view()).isInstanceOf(ReadingRequestView.class).isEqualTo(view());
            assertThat(c.viewAs(ReadingRequestView.class)).isEqualTo(view());
            assertThat(c.viewAs(RequestView.Unknown.class)).isNull();
            RequestView root = mapper.readValue(mapper.writeValueAsString(view()), RequestView.class);
            assertThat(root).isEqualTo(view());
        }
    }

    /** A newer server may send a kind this build has no view for: that entry must not fail the whole page. */
    @Test
    void anUnknownKindsViewReadsAsUnknownAndThePageStillReads() throws IOException {
        String reading = SERVER.writeValueAsString(view());
        // A change of a kind this build knows, carrying a view of a type a later version added (every kind is built now).
        String json = "{\"changes\":["
                + "{\"seq\":1,\"kind\":\"CONTACT_JUDGE\",\"requestId\":9,\"op\":\"UPSERT\",\"view\":"
                + "{\"kind\":\"A_KIND_OF_A_LATER_VERSION\",\"id\":9,\"version\":1,\"status\":\"AWAITING_REPLY\",\"plaintiffs\":[{\"name\":\"甲\"}]}},"
                + "{\"seq\":2,\"kind\":\"CASE_FILE_READING\",\"requestId\":42,\"op\":\"UPSERT\",\"view\":" + reading + "}"
                + "],\"nextCursor\":2,\"hasMore\":false}";
        for (ObjectMapper mapper : List.of(SERVER, APP)) {
            ChangesPage page = mapper.readValue(json, ChangesPage.class);
            assertThat(page.changes()).hasSize(2);
            assertThat(page.changes().get(0).view()).isEqualTo(new RequestView.Unknown(9, 1));
            assertThat(page.changes().get(0).viewAs(ReadingRequestView.class)).isNull();
            assertThat(page.changes().get(1).view()).isEqualTo(view());
        }
        // A view with no kind at all is unknown too, not an error.
        assertThat(APP.readValue("{\"id\":3,\"version\":4}", RequestView.class)).isEqualTo(new RequestView.Unknown(3, 4));
    }

    /**
     * JSON written before views had a kind (the workstation's cache and outbox, the server's stored answers of
     * idempotent replays and submissions) still reads wherever ReadingRequestView is the declared type.
     */
    @Test
    void aReadingViewStoredWithoutKindStillReadsAsItself() throws IOException {
        for (ObjectMapper mapper : List.of(SERVER, APP)) {
            com.fasterxml.jackson.databind.node.ObjectNode old = (com.fasterxml.jackson.databind.node.ObjectNode)
                    mapper.readTree(mapper.writeValueAsString(view()));
            assertThat(old.remove("kind")).isNotNull();
            assertThat(mapper.treeToValue(old, ReadingRequestView.class)).isEqualTo(view());
            String receipt = "{\"id\":43,\"applicationNo\":\"YJ2026112300043\",\"request\":" + old + "}";
            assertThat(mapper.readValue(receipt, SubmissionReceipt.class).request()).isEqualTo(view());
            // Through RequestView the kind is what tells the views apart: without it, an unknown view.
            assertThat(mapper.treeToValue(old, RequestView.class)).isInstanceOf(RequestView.Unknown.class);
        }
    }

    /**
     * Without the registry's subtypes a mapper reads a 阅卷 view only where ReadingRequestView is the declared type,
     * not through RequestView (a feed page): shown so the registration is not dropped.
     */
    @Test
    void aMapperWithoutTheRegisteredViewsReadsNoReadingViewThroughRequestView() throws IOException {
        ObjectMapper bare = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        String json = SERVER.writeValueAsString(view());
        assertThat(bare.readValue(json, RequestView.class)).isNotInstanceOf(ReadingRequestView.class);
        assertThat(bare.readValue(json, ReadingRequestView.class)).isEqualTo(view());
    }

    @Test
    void problemIsRfc9457WithAStableCodeAndNoNulls() throws IOException {
        Problem p = Problem.of(ErrorCode.VERSION_CONFLICT, null);
        JsonNode json = SERVER.readTree(SERVER.writeValueAsString(p));
        assertThat(json.path("type").asText()).isEqualTo("urn:courtdesk:problem:version-conflict");
        assertThat(json.path("title").asText()).isEqualTo("VERSION_CONFLICT");
        assertThat(json.path("status").asInt()).isEqualTo(409);
        assertThat(json.path("code").asText()).isEqualTo("VERSION_CONFLICT");
        assertThat(json.path("detail").asText()).isEqualTo(ErrorCode.VERSION_CONFLICT.message());
        assertThat(json.has("errors")).isFalse();
        assertThat(json.has("current")).isFalse();

        Problem withCurrent = p.withCurrent(view()).withErrors(List.of("VERSION_CONFLICT"));
        JsonNode full = SERVER.readTree(SERVER.writeValueAsString(withCurrent));
        assertThat(full.path("current").path("id").asLong()).isEqualTo(42);
        assertThat(full.path("errors").get(0).asText()).isEqualTo("VERSION_CONFLICT");
        assertThat(full.path("current").path("kind").asText()).isEqualTo("CASE_FILE_READING");
        assertThat(APP.readValue(SERVER.writeValueAsString(withCurrent), Problem.class).current()).isEqualTo(view());
        assertThat(APP.readValue(SERVER.writeValueAsString(withCurrent), Problem.class).currentAs(ReadingRequestView.class))
                .isEqualTo(view());

        assertThat(Problem.of(ErrorCode.NOT_FOUND, "没有这个接口").detail()).isEqualTo("没有这个接口");
    }

    @Test
    void everyErrorCodeHasAnHttpStatusAndAChineseSentence() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(code.httpStatus()).as("%s", code).isBetween(400, 599);
            assertThat(code.message()).as("%s", code).isNotBlank();
            Problem p = Problem.of(code, null);
            assertThat(p.status()).isEqualTo(code.httpStatus());
            assertThat(p.code()).isEqualTo(code.name());
        }
    }
}
