package org.courtdesk.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.Test;

/** A server started on port 0 (any free port) names the port it actually listens on in its heartbeat row. */
class HeartbeatInstanceTest {

    @Test
    void theHeartbeatRowCarriesTheBoundPortNotZero() {
        try (TestServer server = TestServer.start()) {
            assertThat(server.config().port()).as("the test server asks for any free port").isZero();
            assertThat(server.client().get("/health/ready").status()).isEqualTo(200);
            List<String> instances = server.jdbi().withHandle(h -> h.createQuery("SELECT instance FROM server_heartbeat")
                    .mapTo(String.class).list());
            assertThat(instances).singleElement().satisfies(i -> {
                assertThat(i).endsWith(":" + server.server().port());
                assertThat(i).doesNotEndWith(":0");
            });
        }
    }
}
