package org.courtdesk.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * Two instances started with --demo on one database at once seed the demo court once: one seeds, the other waits on
 * the seed lock and then finds nothing missing (H2 here; PostgreSQL with -Ppostgresql).
 */
class DemoSeedOnceTest {

    @Test
    void twoSeedersAtOnceSeedOnce() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC);
        try (TestServer server = TestServer.start()) {
            ExecutorService two = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    runs.add(two.submit(() -> {
                        go.await();
                        return new DemoDataService().seedIfEmpty(server.jdbi(), clock);
                    }));
                }
                go.countDown();
                List<Boolean> seeded = new ArrayList<>();
                for (Future<Boolean> f : runs) {
                    seeded.add(f.get(10, TimeUnit.MINUTES)); // neither failed
                }
                assertThat(seeded).as("one seeded, the other found it seeded").containsExactlyInAnyOrder(true, false);
            } finally {
                two.shutdownNow();
            }
            long requests = count(server, "SELECT COUNT(*) FROM request");
            long accounts = count(server, "SELECT COUNT(*) FROM account");
            assertThat(requests).isPositive();
            assertThat(count(server, "SELECT COUNT(DISTINCT application_no) FROM request WHERE application_no IS NOT NULL"))
                    .isEqualTo(count(server, "SELECT COUNT(*) FROM request WHERE application_no IS NOT NULL"));
            // A third start adds nothing either.
            assertThat(new DemoDataService().seedIfEmpty(server.jdbi(), clock)).isFalse();
            assertThat(count(server, "SELECT COUNT(*) FROM request")).isEqualTo(requests);
            assertThat(count(server, "SELECT COUNT(*) FROM account")).isEqualTo(accounts);
        }
    }

    private static long count(TestServer server, String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
