package org.courtdesk.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.courtdesk.server.support.TestServer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** An older server started on a database a newer one migrated refuses to start, and says why (an upgrade's undo). */
class NewerSchemaTest {

    @Test
    void refusesASchemaNewerThanItKnows() {
        try (TestServer server = TestServer.start()) {
            String url = server.jdbcUrl();
            String user = server.config().jdbcUser();
            server.stop();
            Jdbi jdbi = Jdbi.create(url, user, "");
            jdbi.useHandle(h -> h.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\", "
                    + "\"execution_time\", \"success\") VALUES "
                    + "(999, '999', 'from a newer server', 'SQL', 'V999__from_a_newer_server.sql', 0, 'test', "
                    + "CURRENT_TIMESTAMP, 1, TRUE)"));

            assertThatThrownBy(server::restart)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("newer than this server knows")
                    .hasMessageContaining("999");

            jdbi.useHandle(h -> h.execute("DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" = 999"));
            server.restart();
            assertThat(server.server().context().database().healthy()).as("starts again on the schema it knows").isTrue();
        }
    }
}
