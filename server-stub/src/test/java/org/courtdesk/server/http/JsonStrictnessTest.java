package org.courtdesk.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.IdentityVerification;
import org.courtdesk.model.api.LoginRequest;
import org.courtdesk.model.api.ReadingApplicationForm;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Every JSON body is read as API.md says and nothing else: each case below was accepted (and "helpfully" converted)
 * before, and is refused now with its code and the field's name; the same body done right is read.
 */
class JsonStrictnessTest {

    static final String KEY = "0b7e4c1e-6a43-4c43-9a8e-2f1f0d1c9b11";
    static final String DECISION = "{\"idempotencyKey\":\"" + KEY + "\",\"baseVersion\":7,\"opinion\":\"AGREE\","
            + "\"explanation\":\"同意\",\"mode\":\"ON_SITE\",\"validUntil\":null,\"onSiteStart\":\"2026-11-25\","
            + "\"onSiteEnd\":\"2026-11-26\",\"replyNote\":null}";
    static final String ATTENDANCE = "{\"idempotencyKey\":\"" + KEY + "\",\"baseVersion\":7,\"attended\":true,"
            + "\"borrowedAt\":\"2026-11-25T09:30:00\",\"returnedAt\":\"2026-11-25T11:30\"}";
    static final String FORM = "{\"courtCode\":\"粤0106\",\"caseNumber\":\"（2024）粤0106民初1号\",\"content\":\"全案卷宗\","
            + "\"reason\":\"代理\",\"requestedMode\":\"ONLINE\",\"agreementAccepted\":true}";
    static final String VERIFICATION = "{\"username\":\"party.liu\",\"idNumber\":\"440106199001011234\","
            + "\"method\":\"FACE\",\"verified\":true}";
    static final String LOGIN = "{\"username\":\"judge.chen\",\"password\":\"demo1234\"}";

    /** A refusal: in {@code base} (of {@code type}) {@code good} becomes {@code bad}; {@code code} names {@code field}. */
    record Case(String name, Class<?> type, String base, String good, String bad, ErrorCode code, String field) {
        @Override
        public String toString() {
            return type.getSimpleName() + ": " + name;
        }
    }

    static Case c(String name, Class<?> type, String base, String good, String bad, ErrorCode code, String field) {
        return new Case(name, type, base, good, bad, code, field);
    }

    static Stream<Case> refusals() {
        ErrorCode invalid = ErrorCode.VALIDATION_FAILED;
        ErrorCode text = ErrorCode.TEXT_INVALID_CHARACTER;
        return Stream.of(
                // numbers are numbers
                c("number as text", ReviewDecision.class, DECISION, "\"baseVersion\":7", "\"baseVersion\":\"7\"", invalid, "baseVersion"),
                c("float for an integer", ReviewDecision.class, DECISION, "\"baseVersion\":7", "\"baseVersion\":7.0", invalid, "baseVersion"),
                c("exponent for an integer", AttendanceRecord.class, ATTENDANCE, "\"baseVersion\":7", "\"baseVersion\":7e0", invalid, "baseVersion"),
                c("out of range", AttendanceRecord.class, ATTENDANCE, "\"baseVersion\":7", "\"baseVersion\":99999999999999999999", invalid, "baseVersion"),
                c("null for a primitive", AttendanceRecord.class, ATTENDANCE, "\"baseVersion\":7", "\"baseVersion\":null", invalid, "baseVersion"),
                c("missing primitive", AttendanceRecord.class, ATTENDANCE, "\"baseVersion\":7,", "", invalid, "baseVersion"),
                // booleans are booleans
                c("\"true\" for a boolean", AttendanceRecord.class, ATTENDANCE, "\"attended\":true", "\"attended\":\"true\"", invalid, "attended"),
                c("1 for a boolean", AttendanceRecord.class, ATTENDANCE, "\"attended\":true", "\"attended\":1", invalid, "attended"),
                c("\"\" for a boolean", ReadingApplicationForm.class, FORM, "\"agreementAccepted\":true", "\"agreementAccepted\":\"\"", invalid, "agreementAccepted"),
                c("\"yes\" for a boolean", IdentityVerification.class, VERIFICATION, "\"verified\":true", "\"verified\":\"yes\"", invalid, "verified"),
                c("missing boolean", ReadingApplicationForm.class, FORM, ",\"agreementAccepted\":true", "", invalid, "agreementAccepted"),
                // text is text
                c("number for text", ReadingApplicationForm.class, FORM, "\"courtCode\":\"粤0106\"", "\"courtCode\":106", invalid, "courtCode"),
                c("boolean for text", LoginRequest.class, LOGIN, "\"password\":\"demo1234\"", "\"password\":true", invalid, "password"),
                c("array for text", ReviewDecision.class, DECISION, "\"replyNote\":null", "\"replyNote\":[\"a\"]", invalid, "replyNote"),
                c("object for text", ReviewDecision.class, DECISION, "\"replyNote\":null", "\"replyNote\":{}", invalid, "replyNote"),
                // a date is yyyy-MM-dd
                c("epoch day for a date", ReviewDecision.class, DECISION, "\"onSiteStart\":\"2026-11-25\"", "\"onSiteStart\":12345", invalid, "onSiteStart"),
                c("date-time for a date", ReviewDecision.class, DECISION, "\"onSiteStart\":\"2026-11-25\"", "\"onSiteStart\":\"2026-11-25T10:00\"", invalid, "onSiteStart"),
                c("instant for a date", ReviewDecision.class, DECISION, "\"onSiteStart\":\"2026-11-25\"", "\"onSiteStart\":\"2026-11-25T00:00:00Z\"", invalid, "onSiteStart"),
                c("array for a date", ReviewDecision.class, DECISION, "\"onSiteStart\":\"2026-11-25\"", "\"onSiteStart\":[2026,11,25]", invalid, "onSiteStart"),
                c("padded date", ReviewDecision.class, DECISION, "\"onSiteStart\":\"2026-11-25\"", "\"onSiteStart\":\" 2026-11-25\"", invalid, "onSiteStart"),
                c("expanded year", ReviewDecision.class, DECISION, "\"onSiteStart\":\"2026-11-25\"", "\"onSiteStart\":\"+12026-11-25\"", invalid, "onSiteStart"),
                c("no such day", ReviewDecision.class, DECISION, "\"onSiteStart\":\"2026-11-25\"", "\"onSiteStart\":\"2026-02-30\"", invalid, "onSiteStart"),
                c("basic format", ReviewDecision.class, DECISION, "\"onSiteStart\":\"2026-11-25\"", "\"onSiteStart\":\"20261125\"", invalid, "onSiteStart"),
                c("\"\" for a date", ReviewDecision.class, DECISION, "\"onSiteStart\":\"2026-11-25\"", "\"onSiteStart\":\"\"", invalid, "onSiteStart"),
                // a date-time is ISO, without offset
                c("number for a date-time", AttendanceRecord.class, ATTENDANCE, "\"borrowedAt\":\"2026-11-25T09:30:00\"", "\"borrowedAt\":1764034200", invalid, "borrowedAt"),
                c("array for a date-time", AttendanceRecord.class, ATTENDANCE, "\"borrowedAt\":\"2026-11-25T09:30:00\"", "\"borrowedAt\":[2026,11,25,9,30]", invalid, "borrowedAt"),
                c("date for a date-time", AttendanceRecord.class, ATTENDANCE, "\"borrowedAt\":\"2026-11-25T09:30:00\"", "\"borrowedAt\":\"2026-11-25\"", invalid, "borrowedAt"),
                c("Z on a date-time", AttendanceRecord.class, ATTENDANCE, "\"borrowedAt\":\"2026-11-25T09:30:00\"", "\"borrowedAt\":\"2026-11-25T09:30:00Z\"", invalid, "borrowedAt"),
                c("offset on a date-time", AttendanceRecord.class, ATTENDANCE, "\"borrowedAt\":\"2026-11-25T09:30:00\"", "\"borrowedAt\":\"2026-11-25T09:30:00+08:00\"", invalid, "borrowedAt"),
                c("space for T", AttendanceRecord.class, ATTENDANCE, "\"borrowedAt\":\"2026-11-25T09:30:00\"", "\"borrowedAt\":\"2026-11-25 09:30:00\"", invalid, "borrowedAt"),
                c("no such hour", AttendanceRecord.class, ATTENDANCE, "\"borrowedAt\":\"2026-11-25T09:30:00\"", "\"borrowedAt\":\"2026-11-25T24:30:00\"", invalid, "borrowedAt"),
                // an enum by its exact name
                c("lower case enum", ReadingApplicationForm.class, FORM, "\"requestedMode\":\"ONLINE\"", "\"requestedMode\":\"online\"", invalid, "requestedMode"),
                c("padded enum", ReadingApplicationForm.class, FORM, "\"requestedMode\":\"ONLINE\"", "\"requestedMode\":\"ONLINE \"", invalid, "requestedMode"),
                c("enum by index", ReviewDecision.class, DECISION, "\"opinion\":\"AGREE\"", "\"opinion\":0", invalid, "opinion"),
                c("enum by quoted index", ReviewDecision.class, DECISION, "\"opinion\":\"AGREE\"", "\"opinion\":\"0\"", invalid, "opinion"),
                c("\"\" for an enum", ReviewDecision.class, DECISION, "\"mode\":\"ON_SITE\"", "\"mode\":\"\"", invalid, "mode"),
                c("unknown enum", ReviewDecision.class, DECISION, "\"mode\":\"ON_SITE\"", "\"mode\":\"BY_POST\"", invalid, "mode"),
                // a UUID is a UUID
                c("\"\" for a UUID", AttendanceRecord.class, ATTENDANCE, "\"idempotencyKey\":\"" + KEY + "\"", "\"idempotencyKey\":\"\"", invalid, "idempotencyKey"),
                c("number for a UUID", AttendanceRecord.class, ATTENDANCE, "\"idempotencyKey\":\"" + KEY + "\"", "\"idempotencyKey\":1", invalid, "idempotencyKey"),
                // shape
                c("unknown field", ReviewDecision.class, DECISION, "\"replyNote\":null", "\"replyNote\":null,\"judgeId\":1", ErrorCode.UNKNOWN_FIELD, "judgeId"),
                c("a field twice", AttendanceRecord.class, ATTENDANCE, "\"attended\":true", "\"attended\":false,\"attended\":true", ErrorCode.MALFORMED_JSON, "attended"),
                c("trailing value", LoginRequest.class, LOGIN, "\"demo1234\"}", "\"demo1234\"} {}", ErrorCode.MALFORMED_JSON, ""),
                c("comment", LoginRequest.class, LOGIN, "{\"username\"", "{/* x */\"username\"", ErrorCode.MALFORMED_JSON, ""),
                c("single quotes", LoginRequest.class, LOGIN, "\"password\":\"demo1234\"", "'password':'demo1234'", ErrorCode.MALFORMED_JSON, ""),
                // text holds no control characters and no lone surrogates
                c("NUL", ReviewDecision.class, DECISION, "\"explanation\":\"同意\"", "\"explanation\":\"同\\u0000意\"", text, "explanation"),
                c("BEL", ReadingApplicationForm.class, FORM, "\"reason\":\"代理\"", "\"reason\":\"代\\u0007理\"", text, "reason"),
                c("ESC", ReviewDecision.class, DECISION, "\"replyNote\":null", "\"replyNote\":\"\\u001b[2J\"", text, "replyNote"),
                c("unit separator", IdentityVerification.class, VERIFICATION, "\"method\":\"FACE\"", "\"method\":\"FACE\\u001f\"", text, "method"),
                c("lone high surrogate", ReviewDecision.class, DECISION, "\"explanation\":\"同意\"", "\"explanation\":\"同意\\ud83d\"", text, "explanation"),
                c("lone low surrogate", ReadingApplicationForm.class, FORM, "\"content\":\"全案卷宗\"", "\"content\":\"\\ude00全案卷宗\"", text, "content"),
                c("swapped pair", LoginRequest.class, LOGIN, "\"username\":\"judge.chen\"", "\"username\":\"judge\\ude00\\ud83d\"", text, "username"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusedNamingTheField(Case c) {
        assertThat(c.base()).contains(c.good());
        assertThat(Json.read(c.base(), c.type())).as("the right body is read").isNotNull();

        ApiException e = catchThrowableOfType(ApiException.class, () -> Json.read(c.base().replace(c.good(), c.bad()), c.type()));

        assertThat(e).as("refused").isNotNull();
        assertThat(e.code()).isEqualTo(c.code());
        assertThat(e.getMessage()).contains(c.field());
    }

    @Test
    void whatIsReadIsWhatWasSent() {
        AttendanceRecord a = Json.read(ATTENDANCE, AttendanceRecord.class);
        assertThat(a.borrowedAt()).isEqualTo(LocalDateTime.of(2026, 11, 25, 9, 30));
        assertThat(a.returnedAt()).isEqualTo(LocalDateTime.of(2026, 11, 25, 11, 30));
        ReviewDecision d = Json.read(DECISION, ReviewDecision.class);
        assertThat(d.onSiteStart()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(d.opinion()).isEqualTo(ReviewOpinion.AGREE);
        ReadingApplicationForm f = Json.read(FORM.replace("代理", "代理\\t执行\\r\\n需要 😀"), ReadingApplicationForm.class);
        assertThat(f.reason()).as("tab, line breaks and a real surrogate pair are text").isEqualTo("代理\t执行\r\n需要 😀");
        assertThat(Json.read(ATTENDANCE.replace(KEY, KEY.toUpperCase()), AttendanceRecord.class).idempotencyKey())
                .as("a UUID's hex digits are case-insensitive (RFC 4122)").isEqualTo(UUID.fromString(KEY));
    }

    @Test
    void theRefusalNamesTheCharacterAndTheExpectedShape() {
        ApiException nul = catchThrowableOfType(ApiException.class,
                () -> Json.read(DECISION.replace("\"同意\"", "\"同\\u0000意\""), ReviewDecision.class));
        assertThat(nul.getMessage()).contains("explanation").contains("U+0000");
        ApiException date = catchThrowableOfType(ApiException.class,
                () -> Json.read(DECISION.replace("\"2026-11-25\"", "12345"), ReviewDecision.class));
        assertThat(date.getMessage()).contains("onSiteStart").contains("yyyy-MM-dd");
        ApiException mode = catchThrowableOfType(ApiException.class,
                () -> Json.read(FORM.replace("\"ONLINE\"", "\"online\""), ReadingApplicationForm.class));
        assertThat(mode.getMessage()).contains("ONLINE").contains("ON_SITE");
    }

    /** Bytes are strict UTF-8: a stray byte, a cut sequence, an overlong NUL, an encoded surrogate, UTF-16. */
    @ParameterizedTest
    @ValueSource(strings = {"ff", "e5ae", "c080", "eda080", "f4908080"})
    void bytesThatAreNotUtf8AreRefusedNotRepaired(String badHex) {
        byte[] good = LOGIN.getBytes(StandardCharsets.UTF_8);
        String hex = java.util.HexFormat.of().formatHex(good).replace(java.util.HexFormat.of().formatHex("demo".getBytes(
                StandardCharsets.UTF_8)), "64" + badHex + "6d6f");
        ApiException e = catchThrowableOfType(ApiException.class,
                () -> Json.read(java.util.HexFormat.of().parseHex(hex), LoginRequest.class, "请求内容"));
        assertThat(e.code()).isEqualTo(ErrorCode.TEXT_INVALID_CHARACTER);
        assertThat(e.getMessage()).contains("UTF-8");
        assertThat(catchThrowableOfType(ApiException.class,
                () -> Json.read(LOGIN.getBytes(StandardCharsets.UTF_16), LoginRequest.class, "请求内容")).code())
                .as("UTF-16 is not UTF-8").isIn(ErrorCode.TEXT_INVALID_CHARACTER, ErrorCode.MALFORMED_JSON);
    }

    /**
     * The workstation writes with its own, lenient mapper (app's api.Json: nulls included, ISO dates): everything it
     * sends, the strict server reads unchanged.
     */
    @Test
    void whatTheWorkstationWritesIsRead() throws Exception {
        ObjectMapper app = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        UUID key = UUID.randomUUID();
        List<Object> bodies = List.of(
                new ReviewDecision(key, 3, ReviewOpinion.AGREE, "同意\n在线阅卷", ReadingMode.ONLINE, LocalDate.of(2026, 12, 8),
                        null, null, "请于有效期内查阅"),
                new ReviewDecision(key, 3, ReviewOpinion.DISAGREE, "材料不全", null, null, null, null, null),
                new AttendanceRecord(key, 4, true, LocalDateTime.of(2026, 11, 25, 9, 0),
                        LocalDateTime.of(2026, 11, 25, 11, 30, 15, 123_000_000)),
                new AttendanceRecord(key, 4, false, null, null),
                new ReadingApplicationForm("粤0106", "（2024）粤0106民初1号", "全案卷宗", "代理", ReadingMode.ON_SITE, true, 1),
                new LoginRequest("judge.chen", "demo1234"),
                new IdentityVerification("party.liu", null, "FACE", true));
        for (Object body : bodies) {
            assertThat(Json.read(app.writeValueAsString(body), body.getClass())).isEqualTo(body);
        }
    }

    // ------------------------------------------------------------------ through HTTP

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OverHttp {
        TestServer server;
        TestData data;

        @BeforeAll
        void start() {
            server = TestServer.start();
            data = new TestData(server.jdbi());
        }

        @AfterAll
        void stop() {
            server.close();
        }

        private HttpTestClient.Response verify(String json) {
            return server.client().postRaw("/api/v1/identity/verifications", "application/json",
                    json.getBytes(StandardCharsets.UTF_8), "X-Identity-Provider-Key", "test-identity-key");
        }

        private boolean verified(String username) {
            return server.jdbi().withHandle(h -> h.createQuery("SELECT identity_verified FROM account WHERE username = :u")
                    .bind("u", username).mapTo(Boolean.class).one());
        }

        /** "true" or 1 for {@code verified} used to verify the account; nothing changes now. */
        @ParameterizedTest
        @ValueSource(strings = {"\"true\"", "1", "\"1\"", "[true]"})
        void aVerificationThatIsNotABooleanVerifiesNobody(String notABoolean) {
            String username = "party.strict" + UUID.randomUUID().toString().substring(0, 8);
            data.account(username, Role.PARTY, null, false);
            HttpTestClient.Response r = verify("{\"username\":\"" + username + "\",\"idNumber\":null,\"method\":\"FACE\","
                    + "\"verified\":" + notABoolean + "}");
            assertThat(r.status()).as(r.text()).isEqualTo(400);
            assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(r.json().path("detail").asText()).contains("verified");
            assertThat(verified(username)).isFalse();
            assertThat(verify("{\"username\":\"" + username + "\",\"idNumber\":null,\"method\":\"FACE\",\"verified\":true}")
                    .status()).isEqualTo(204);
            assertThat(verified(username)).isTrue();
        }

        @Test
        void aUsernameWithANulIsRefusedNotLookedUp() {
            String username = "party.nul" + UUID.randomUUID().toString().substring(0, 8);
            data.account(username, Role.PARTY, null, false);
            HttpTestClient.Response r = verify("{\"username\":\"" + username + "\\u0000\",\"idNumber\":null,"
                    + "\"method\":\"FACE\",\"verified\":true}");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.code()).isEqualTo("TEXT_INVALID_CHARACTER");
            assertThat(r.json().path("detail").asText()).contains("username").contains("U+0000");
            assertThat(verified(username)).isFalse();
        }

        @Test
        void aJsonBodyOverItsLimitIs413() {
            String padded = LOGIN.replace("}", " ".repeat(Json.MAX_BODY_BYTES) + "}");
            HttpTestClient.Response r = server.client().postRaw("/api/v1/auth/login", "application/json",
                    padded.getBytes(StandardCharsets.UTF_8));
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.code()).isEqualTo("PAYLOAD_TOO_LARGE");
            String exact = LOGIN.replace("}", " ".repeat(Json.MAX_BODY_BYTES - LOGIN.length()) + "}");
            assertThat(exact.getBytes(StandardCharsets.UTF_8)).hasSize(Json.MAX_BODY_BYTES);
            assertThat(server.client().postRaw("/api/v1/auth/login", "application/json",
                    exact.getBytes(StandardCharsets.UTF_8)).code()).as("read, then refused for its content")
                    .isEqualTo("BAD_CREDENTIALS");
        }
    }
}
