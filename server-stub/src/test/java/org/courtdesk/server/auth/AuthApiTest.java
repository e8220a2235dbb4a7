package org.courtdesk.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.LoginRequest;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthApiTest {

    static TestServer server;
    static HttpTestClient anonymous;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        TestData data = new TestData(server.jdbi()).court("粤0106", "广州市天河区人民法院");
        data.judge("judge.a", "粤0106");
        data.account("lawyer.a", Role.LAWYER, null, false);
        data.account("lawyer.locked", Role.LAWYER, null, false);
        anonymous = server.client();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void loginGivesAnExpiringTokenThatIdentifiesTheUser() {
        HttpTestClient judge = anonymous.login("judge.a", TestData.PASSWORD);
        UserInfo me = judge.get("/api/v1/me").as(UserInfo.class);
        assertThat(me.username()).isEqualTo("judge.a");
        assertThat(me.role()).isEqualTo(Role.JUDGE);
        assertThat(me.courtCode()).isEqualTo("粤0106");

        server.clock().advance(Duration.ofHours(13));
        try {
            HttpTestClient.Response expired = judge.get("/api/v1/me");
            assertThat(expired.status()).isEqualTo(401);
            assertThat(expired.code()).isEqualTo("TOKEN_EXPIRED");
        } finally {
            server.clock().advance(Duration.ofHours(-13));
        }
    }

    @Test
    void tokensAreStoredOnlyAsHashes() {
        HttpTestClient judge = anonymous.login("judge.a", TestData.PASSWORD);
        int plain = server.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM auth_token WHERE token_hash = :t")
                .bind("t", judge.token()).mapTo(Integer.class).one());
        assertThat(plain).isZero();
        String stored = server.jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM account WHERE username = 'judge.a'")
                .mapTo(String.class).one());
        assertThat(stored).startsWith("$argon2id$").doesNotContain(TestData.PASSWORD);
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        HttpTestClient.Response wrong = anonymous.post("/api/v1/auth/login", new LoginRequest("judge.a", "nope"));
        HttpTestClient.Response unknown = anonymous.post("/api/v1/auth/login", new LoginRequest("nobody", "nope"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("BAD_CREDENTIALS");
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.code()).isEqualTo("BAD_CREDENTIALS");
        assertThat(wrong.json().path("detail").asText()).isEqualTo("用户名或密码错误");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        for (int i = 0; i < LoginThrottle.MAX_PER_NAME_AND_ADDRESS; i++) {
            anonymous.post("/api/v1/auth/login", new LoginRequest("lawyer.locked", "wrong" + i));
        }
        HttpTestClient.Response r = anonymous.post("/api/v1/auth/login", new LoginRequest("lawyer.locked", TestData.PASSWORD));
        assertThat(r.status()).isEqualTo(423);
        assertThat(r.code()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(r.header("Retry-After")).isEqualTo(String.valueOf(LoginThrottle.WINDOW.toSeconds()));
    }

    @Test
    void missingBadAndRevokedTokensAreRefused() {
        assertThat(anonymous.get("/api/v1/me").code()).isEqualTo("UNAUTHENTICATED");
        assertThat(anonymous.withToken("made-up").get("/api/v1/me").code()).isEqualTo("UNAUTHENTICATED");
        HttpTestClient lawyer = anonymous.login("lawyer.a", TestData.PASSWORD);
        assertThat(lawyer.post("/api/v1/auth/logout", "").status()).isEqualTo(204);
        assertThat(lawyer.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void malformedJsonAndUnknownFieldsAreRefusedClearly() {
        HttpTestClient.Response malformed = anonymous.postRaw("/api/v1/auth/login", "application/json",
                "{\"username\": ".getBytes(StandardCharsets.UTF_8));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("MALFORMED_JSON");
        HttpTestClient.Response unknown = anonymous.postRaw("/api/v1/auth/login", "application/json",
                "{\"username\":\"judge.a\",\"password\":\"x\",\"admin\":true}".getBytes(StandardCharsets.UTF_8));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("UNKNOWN_FIELD");
        assertThat(unknown.json().path("detail").asText()).contains("admin");
    }

    @Test
    void unknownRoutesAnswerProblemJson() {
        HttpTestClient.Response r = anonymous.login("judge.a", TestData.PASSWORD).get("/api/v1/nothing-here");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void healthAnswersWithoutLogin() {
        HttpTestClient.Response r = anonymous.get("/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("database").asText()).isEqualTo("UP");
    }

    @Test
    void identityProviderSeamNeedsItsKey() {
        var v = new org.courtdesk.model.api.IdentityVerification("lawyer.a", "440100199001010000", "FACE", true);
        assertThat(anonymous.post("/api/v1/identity/verifications", v).status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/identity/verifications", v, "X-Identity-Provider-Key", "wrong").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/identity/verifications", v, "X-Identity-Provider-Key", "test-identity-key").status())
                .isEqualTo(204);
        UserInfo me = anonymous.login("lawyer.a", TestData.PASSWORD).get("/api/v1/me").as(UserInfo.class);
        assertThat(me.identityVerified()).isTrue();
    }
}
