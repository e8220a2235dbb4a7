package org.courtdesk.server.court;

import static org.assertj.core.api.Assertions.assertThat;

import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/limits} tells the limits of this server run (issue 12: the workstation checked files against a
 * constant equal to the default, and a server run with a smaller {@code --max-material-mb} refused only on upload).
 */
class LimitsRoutesTest {

    @Test
    void theLimitsOfThisRunNotTheDefault() {
        try (TestServer server = TestServer.start(c -> c.withMaxMaterialBytes(2L * 1024 * 1024))) {
            new TestData(server.jdbi()).court("粤0106", "广州市天河区人民法院").judge("lim.judge", "粤0106");
            Response r = server.client().login("lim.judge", TestData.PASSWORD).get("/api/v1/limits");
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            assertThat(r.json().path("maxMaterialBytes").asLong()).isEqualTo(2L * 1024 * 1024);
            assertThat(r.json().path("maxUploadBytes").asLong())
                    .isEqualTo(server.config().withMaxMaterialBytes(2L * 1024 * 1024).maxUploadBytes());
            // without a token: the problem of any protected route
            Response anonymous = server.client().get("/api/v1/limits");
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.code()).isEqualTo("UNAUTHENTICATED");
        }
        try (TestServer server = TestServer.start()) {
            new TestData(server.jdbi()).court("粤0106", "广州市天河区人民法院").judge("lim.judge", "粤0106");
            Response r = server.client().login("lim.judge", TestData.PASSWORD).get("/api/v1/limits");
            assertThat(r.json().path("maxMaterialBytes").asLong()).isEqualTo(10L * 1024 * 1024);
        }
    }
}
