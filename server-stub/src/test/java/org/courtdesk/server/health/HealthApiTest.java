package org.courtdesk.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.Test;

/** Liveness and readiness: readiness is UP only while the database takes a write. */
class HealthApiTest {

    @Test
    void readyAndLiveWhileTheDatabaseTakesWrites() {
        try (TestServer server = TestServer.start()) {
            for (String path : new String[] {"/health", "/health/ready", "/api/v1/health"}) {
                Response r = server.client().get(path);
                assertThat(r.status()).as(path).isEqualTo(200);
                assertThat(r.json().path("status").asText()).isEqualTo("UP");
                assertThat(r.json().path("database").asText()).isEqualTo("UP");
            }
            Response live = server.client().get("/health/live");
            assertThat(live.status()).isEqualTo(200);
            assertThat(live.json().path("status").asText()).isEqualTo("UP");
            Integer beats = server.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM server_heartbeat")
                    .mapTo(Integer.class).one());
            assertThat(beats).as("readiness wrote its heartbeat").isEqualTo(1);
        }
    }

    @Test
    void aDatabaseThatAnswersButRefusesWritesIsNotReadyButTheProcessIsLive() {
        // An H2 file opened read-only stands for a full or read-only disk; on PostgreSQL the same is the database set
        // to default_transaction_read_only, which the server's own connections then obey.
        if (org.courtdesk.server.support.TestDatabases.postgresql()) {
            postgresReadOnly();
            return;
        }
        try (TestServer first = TestServer.start()) {
            first.stop();
            // The same database opened read-only: reads work, every write fails (as on a full or read-only disk).
            String readOnly = "jdbc:h2:file:" + first.dataDir().toAbsolutePath().resolve("courtdesk").toString()
                    .replace('\\', '/') + ";ACCESS_MODE_DATA=r";
            try (TestServer server = TestServer.start(c -> withJdbc(c, readOnly))) {
                Response r = server.client().get("/health");
                assertThat(r.status()).isEqualTo(503);
                assertThat(r.json().path("status").asText()).isEqualTo("DOWN");
                assertThat(r.json().path("database").asText()).isEqualTo("READ_ONLY");
                assertThat(r.json().path("error").asText()).isNotBlank();
                assertThat(server.client().get("/health/ready").status()).isEqualTo(503);
                assertThat(server.client().get("/health/live").status()).isEqualTo(200);
            }
        }
    }

    private void postgresReadOnly() {
        try (TestServer server = TestServer.start()) {
            String db = server.jdbi().withHandle(h -> h.createQuery("SELECT current_database()").mapTo(String.class).one());
            server.stop();
            org.jdbi.v3.core.Jdbi.create(server.jdbcUrl(), "postgres", "")
                    .useHandle(h -> h.execute("ALTER DATABASE " + db + " SET default_transaction_read_only = on"));
            server.restart();
            Response r = server.client().get("/health");
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.json().path("status").asText()).isEqualTo("DOWN");
            assertThat(r.json().path("database").asText()).isEqualTo("READ_ONLY");
            assertThat(r.json().path("error").asText()).isNotBlank();
            assertThat(server.client().get("/health/ready").status()).isEqualTo(503);
            assertThat(server.client().get("/health/live").status()).isEqualTo(200);
        }
    }

    private static ServerConfig withJdbc(ServerConfig c, String url) {
        return new ServerConfig(c.host(), c.port(), c.dataDir(), url, c.jdbcUser(), c.jdbcPassword(), c.demo(),
                c.tokenTtl(), c.maxMaterialBytes(), c.identityProviderKey(), c.clock(), c.zone(), c.clockOffset(),
                c.trustedProxies());
    }
}
