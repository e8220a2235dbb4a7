package org.courtdesk.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.LoginResponse;
import org.courtdesk.model.api.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

class ApiClientTest {

    final MockWebServer web = new MockWebServer();
    static final ApiClient.Timeouts FAST = new ApiClient.Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(2));

    @AfterEach
    void stop() throws Exception {
        web.shutdown();
    }

    ApiClient client() throws Exception {
        return new ApiClient(web.url("/court/").toString(), FAST);
    }

    @Test
    void serverAddressesAreNormalisedOrRefused() throws Exception {
        assertThat(ApiClient.parseServerUrl("court.local:7070").toString()).isEqualTo("http://court.local:7070/");
        assertThat(ApiClient.parseServerUrl(" https://court.local/cd ").toString()).isEqualTo("https://court.local/cd/");
        assertThatThrownBy(() -> ApiClient.parseServerUrl("")).isInstanceOf(BadServerAddressException.class);
        assertThatThrownBy(() -> ApiClient.parseServerUrl("ftp://x")).isInstanceOf(BadServerAddressException.class);
    }

    @Test
    void theTokenGoesWithEveryCallButTheLogin() throws Exception {
        web.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(Json.write(
                new LoginResponse("tok-123", Instant.parse("2026-11-23T14:00:00Z"), Fixtures.JUDGE))));
        web.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(Json.write(Fixtures.JUDGE)));
        try (ApiClient api = client()) {
            assertThat(api.login("wangfg", "pw".toCharArray()).user()).isEqualTo(Fixtures.JUDGE);
            assertThat(api.me()).isEqualTo(Fixtures.JUDGE);
        }
        RecordedRequest login = web.takeRequest();
        assertThat(login.getPath()).isEqualTo("/court/api/v1/auth/login");
        assertThat(login.getHeader("Authorization")).isNull();
        RecordedRequest me = web.takeRequest();
        assertThat(me.getPath()).isEqualTo("/court/api/v1/me");
        assertThat(me.getHeader("Authorization")).isEqualTo("Bearer tok-123");
    }

    @Test
    void problemJsonBecomesAnApiExceptionWithItsCode() throws Exception {
        web.enqueue(new MockResponse().setResponseCode(409).setHeader("Content-Type", "application/problem+json")
                .setBody(Json.write(Problem.of(ErrorCode.VERSION_CONFLICT, null).withCurrent(Fixtures.request(1, 4)))));
        web.enqueue(new MockResponse().setResponseCode(502).setBody("<html>Bad Gateway</html>"));
        web.enqueue(new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"status\":400,\"code\":\"SOMETHING_NEW\",\"detail\":\"新规则\"}"));
        try (ApiClient api = client()) {
            assertThatThrownBy(() -> api.decide(1, Fixtures.agreeOnline())).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.httpStatus()).isEqualTo(409);
                assertThat(e.code()).isEqualTo(ErrorCode.VERSION_CONFLICT);
                assertThat(e.problem()).get().extracting(p -> p.current().version()).isEqualTo(4L);
            });
            assertThatThrownBy(() -> api.changes(0, 10)).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.httpStatus()).isEqualTo(502);
                assertThat(e.code()).isNull();
                assertThat(e.transientFailure()).isTrue();
                assertThat(e.detail()).contains("502");
            });
            assertThatThrownBy(() -> api.changes(0, 10)).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.code()).isNull();
                assertThat(e.detail()).isEqualTo("新规则");
            });
        }
    }

    @Test
    void aPageWhose阅卷ChangeLacksItsViewIsRefusedNotSkipped() throws Exception {
        // A server from before views carried their kind: the 阅卷 view reads as an unknown one.
        String whole = "{\"changes\":[{\"seq\":5,\"kind\":\"CASE_FILE_READING\",\"requestId\":1,\"op\":\"UPSERT\","
                + "\"view\":" + Json.write(Fixtures.request(1, 5)) + "}],\"nextCursor\":5,\"complete\":true}";
        String noKind = whole.replace(",\"kind\":\"CASE_FILE_READING\"}", "}");
        web.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(whole));
        web.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(noKind));
        web.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(
                "{\"changes\":[{\"seq\":6,\"kind\":\"CONTACT_JUDGE\",\"requestId\":2,\"op\":\"REMOVED\","
                        + "\"view\":{\"kind\":\"A_KIND_OF_A_LATER_VERSION\",\"id\":2,\"version\":6}}],\"nextCursor\":6,\"complete\":true}"));
        try (ApiClient api = client()) {
            assertThat(api.changes(0, 10).changes().get(0).view().version()).isEqualTo(5L);
            assertThat(noKind).isNotEqualTo(whole);
            assertThatThrownBy(() -> api.changes(0, 10)).isInstanceOf(ServerUnreachableException.class);
            // A view of a type this build cannot read, on a change that needs no view (REMOVED), is passed on.
            assertThat(api.changes(0, 10).changes()).hasSize(1);
        }
    }

    @Test
    void noAnswerIsUnreachableNotAnError() throws Exception {
        web.start();
        String url = web.url("/").toString();
        web.shutdown();
        try (ApiClient api = new ApiClient(url, FAST)) {
            assertThatThrownBy(() -> api.changes(0, 10)).isInstanceOf(ServerUnreachableException.class);
        }
        try (MockWebServer html = new MockWebServer()) {
            html.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody("<html>portal</html>"));
            try (ApiClient api = new ApiClient(html.url("/").toString(), FAST)) {
                assertThatThrownBy(() -> api.login("a", "b".toCharArray()))
                        .isInstanceOf(ServerUnreachableException.class).hasMessageContaining("不是法官工作台服务器");
            }
        }
    }
}
