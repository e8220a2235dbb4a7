package org.courtdesk.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Issue 15's scale figures: the changes feed and a decision's latency with many requests on embedded H2 (one
 * process) against PostgreSQL with one and with two server instances, printed side by side. PostgreSQL here is a
 * separate embedded server with its default durability (fsync and synchronous commit on), as H2 forces each commit
 * to the disk. Requests: {@code -Dcourtdesk.bench.requests} (default 1,000,000; the row count used is printed),
 * stored by {@link ScaleLoad} (COPY on PostgreSQL, committed JDBC batches on H2; each phase's time is printed).
 * Run with {@code mvn -B -pl server-stub -am test -Pbench -Dtest=ScaleBench}.
 */
class ScaleBench {

    static final int ROUNDS = 21;
    static final int DECISIONS = 21;

    record Figures(double health, double latestPage, double idlePoll, double decision) {}

    @Test
    void feedAndDecisionAtScaleOnH2AndPostgresqlWithOneAndTwoInstances() throws Exception {
        int requests = Integer.getInteger("courtdesk.bench.requests", 1_000_000);
        Map<String, Figures> figures = new LinkedHashMap<>();
        try (TestServer h2 = TestServer.startOn(java.nio.file.Files.createTempDirectory("courtdesk-scale-h2"))) {
            Setup s = load(h2, requests, "H2");
            figures.put("H2, 1 instance", print("H2, 1 instance", measure(s, List.of(h2))));
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"));
                 Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE courtdesk_scale");
            }
            String url = pg.getJdbcUrl("postgres", "courtdesk_scale");
            try (TestServer a = TestServer.start(cfg -> cfg.withJdbc(url, "postgres", ""))) {
                Setup s = load(a, requests, "PostgreSQL");
                figures.put("PostgreSQL, 1 instance", print("PostgreSQL, 1 instance", measure(s, List.of(a))));
                try (TestServer b = TestServer.start(cfg -> cfg.withJdbc(url, "postgres", "")
                        .withFilesDir(a.config().effectiveFilesDir()))) {
                    figures.put("PostgreSQL, 2 instances", print("PostgreSQL, 2 instances", measure(s, List.of(a, b))));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }

        System.out.printf("%nScaleBench: %,d 阅卷申请 in the database (one feed entry each, 4 judges); median of %d rounds, "
                + "%d decisions; over HTTP on this machine%n", requests, ROUNDS, DECISIONS);
        System.out.printf("  %-42s %12s %12s %12s %12s%n", "", "GET /health", "latest page", "idle poll", "decision");
        for (Map.Entry<String, Figures> e : figures.entrySet()) {
            Figures f = e.getValue();
            System.out.printf("  %-42s %9.2f ms %9.2f ms %9.2f ms %9.2f ms%n", e.getKey(), f.health(), f.latestPage(),
                    f.idlePoll(), f.decision());
        }
        System.out.println("  latest page: 200 of the judge's changes near the head; idle poll: since = the judge's head;");
        System.out.println("  decision: POST a 阅卷 approval (on site), one at a time, alternating instances when there are two.");
    }

    private static Figures print(String what, Figures f) {
        System.out.printf("ScaleBench: %s: health %.2f ms, latest page %.2f ms, idle poll %.2f ms, decision %.2f ms%n", what,
                f.health(), f.latestPage(), f.idlePoll(), f.decision());
        return f;
    }

    record Setup(TestServer loadedOn, String judgeName, long judgeId, List<long[]> pending) {}

    private static Setup load(TestServer server, int requests, String what) throws java.sql.SQLException {
        ReadingFixtures fx = new ReadingFixtures(server);
        List<Long> judges = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            names.add(ReadingFixtures.unique("judge"));
            judges.add(fx.data.judge(names.get(i), ReadingFixtures.COURT));
        }
        List<Long> lawyers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lawyers.add(fx.lawyer());
        }
        long start = System.nanoTime();
        ScaleLoad.load(server.jdbi(), requests, judges, lawyers);
        if (what.equals("PostgreSQL")) {
            server.jdbi().useHandle(h -> h.execute("ANALYZE"));
        }
        System.out.printf("ScaleBench: %,d requests stored on %s in %.1f s%n", requests, what, (System.nanoTime() - start) / 1e9);
        // Pending requests of the measured judge to decide, the oldest (far from the head: the latest page keeps 200): 3 rounds of DECISIONS (one per configuration) + warm-up.
        List<long[]> pending = server.jdbi().withHandle(h -> h.createQuery("SELECT id, version FROM request "
                        + "WHERE judge_id = :j AND status = 'PENDING_REVIEW' ORDER BY id FETCH FIRST 100 ROWS ONLY")
                .bind("j", judges.get(0)).map((rs, c) -> new long[] {rs.getLong(1), rs.getLong(2)}).list());
        return new Setup(server, names.get(0), judges.get(0), new ArrayList<>(pending));
    }

    private static Figures measure(Setup s, List<TestServer> instances) {
        List<HttpTestClient> judges = new ArrayList<>();
        for (TestServer t : instances) {
            judges.add(t.client().login(s.judgeName(), TestData.PASSWORD));
        }
        long head = s.loadedOn().jdbi().withHandle(h -> h.createQuery("SELECT MAX(seq) FROM change_log WHERE judge_id = :j")
                .bind("j", s.judgeId()).mapTo(Long.class).one());
        long nearHead = s.loadedOn().jdbi().withHandle(h -> h.createQuery("SELECT seq FROM change_log WHERE judge_id = :j "
                + "ORDER BY seq DESC OFFSET 200 ROWS FETCH FIRST 1 ROW ONLY").bind("j", s.judgeId()).mapTo(Long.class).one());
        double health = median(ROUNDS, i -> {
            assertThat(instances.get(i % instances.size()).client().get("/health").status()).isEqualTo(200);
        });
        double latest = median(ROUNDS, i -> {
            ChangesPage p = judges.get(i % judges.size()).get("/api/v1/changes?since=" + nearHead + "&limit=200")
                    .as(ChangesPage.class);
            assertThat(p.changes()).hasSize(200);
        });
        double idle = median(ROUNDS, i -> {
            ChangesPage p = judges.get(i % judges.size()).get("/api/v1/changes?since=" + head + "&limit=200")
                    .as(ChangesPage.class);
            assertThat(p.changes()).isEmpty();
        });
        LocalDate day = LocalDate.of(2026, 11, 24);
        double decision = median(DECISIONS, i -> {
            long[] r = s.pending().remove(0);
            HttpTestClient.Response res = judges.get(i % judges.size()).post("/api/v1/judge/reading-requests/" + r[0]
                    + "/decision", ReadingFixtures.approveOnSite(r[1], day, day.plusDays(1)));
            assertThat(res.status()).as(res.text()).isEqualTo(200);
        });
        return new Figures(health, latest, idle, decision);
    }

    interface Round {
        void run(int i);
    }

    private static double median(int rounds, Round work) {
        for (int i = 0; i < 3; i++) {
            work.run(i); // warm-up
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.run(i);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[rounds / 2];
    }
}
