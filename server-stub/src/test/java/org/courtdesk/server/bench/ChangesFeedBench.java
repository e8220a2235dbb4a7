package org.courtdesk.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.Test;

/**
 * Design, data path 1: the changes feed costs what changed, not the size of the database. Two real servers over
 * HTTP, the same court of {@value #JUDGES} judges with 1,000 and with 100,000 阅卷申请 of history (one feed entry
 * each; the judges take turns, except in the last tenth, where the court works on while the measured judge's queue
 * is quiet), measured against a baseline in the same run: the {@code GET /health} round trip, HTTP and JSON with no
 * feed work. The latest page, the first page and the idle poll should cost the same on both; the full pull grows with
 * what the judge may see (about a quarter of the history) and should grow no faster.
 * Run with {@code mvn -B -pl server-stub -am test -Pbench}; not part of {@code mvn verify}, which must not depend on
 * timing.
 */
class ChangesFeedBench {

    private static final int SMALL = 1_000;
    private static final int LARGE = 100_000;
    private static final int JUDGES = 4;
    private static final int REQUESTS_PER_CASE = 4;
    private static final int LAWYERS = 20;
    private static final int PAGE = 200;
    private static final int BATCH = 1_000;
    private static final int ROUNDS = 15;
    private static final int PULL_ROUNDS = 5;
    /** The last tenth of the history belongs to the other judges. */
    private static final int QUIET_TAIL_PERCENT = 10;

    @Test
    void feedCostsWhatChangedNotTheDatabaseSize() {
        try (Court small = Court.of(SMALL); Court large = Court.of(LARGE)) {
            long[] sinceLatest = {small.sinceLatest(), large.sinceLatest()};
            long[] head = {small.judgeCursor(), large.judgeCursor()};
            for (int i = 0; i < 2; i++) {
                sink += small.fullPull() + large.fullPull(); // warms the server's and the client's code paths
            }

            double[] baseline = medians(ROUNDS, small::health, large::health);
            double[] latest = medians(ROUNDS, () -> small.page(sinceLatest[0]), () -> large.page(sinceLatest[1]));
            double[] first = medians(ROUNDS, () -> small.page(0), () -> large.page(0));
            double[] idle = medians(ROUNDS, () -> small.page(head[0]), () -> large.page(head[1]));
            double[] pull = medians(PULL_ROUNDS, small::fullPull, large::fullPull);

            System.out.printf("%nChangesFeedBench: GET /api/v1/changes for one judge of %d, %d a page, median of %d rounds "
                    + "(full pull: %d)%n", JUDGES, PAGE, ROUNDS, PULL_ROUNDS);
            System.out.printf("  %-40s %22s %22s %8s%n", "", String.format("%,d requests", SMALL),
                    String.format("%,d requests", LARGE), "large/");
            System.out.printf("  %-40s %22s %22s %8s%n", "", "ms    × baseline", "ms    × baseline", "small");
            row("baseline: GET /health round trip", baseline, baseline);
            row("latest page (since near head, 200)", latest, baseline);
            row("first page (since = 0, 200)", first, baseline);
            row("idle poll (since = the judge's head)", idle, baseline);
            row(String.format("full pull from 0 (%,d / %,d changes)", small.judgeRequests, large.judgeRequests), pull, baseline);
            System.out.printf("  full pull per 1,000 changes: %.1f ms / %.1f ms%n",
                    pull[0] * 1000 / small.judgeRequests, pull[1] * 1000 / large.judgeRequests);
            System.out.println("  Each judge's page is read off index change_log_judge_seq in order and stops at the limit, so a full");
            System.out.println("  pull costs the same per 1,000 changes whatever the database size (before: every page sorted all later ones).");

            // What was measured is what was meant: 200 changes twice, nothing, and every change the judge may see.
            for (Court court : List.of(small, large)) {
                assertThat(court.pageOf(court.sinceLatest()).changes()).hasSize(PAGE);
                assertThat(court.pageOf(0).changes()).hasSize(PAGE);
                assertThat(court.pageOf(court.judgeCursor()).changes()).isEmpty();
                assertThat(court.fullPull()).isEqualTo(court.judgeRequests);
            }
        }
    }

    private static void row(String what, double[] ms, double[] baseline) {
        System.out.printf("  %-40s %9.2f ms %6.1f× %9.2f ms %6.1f× %7.1f×%n", what,
                ms[0], ms[0] / baseline[0], ms[1], ms[1] / baseline[1], ms[1] / ms[0]);
    }

    /** A court on its own started server: {@value #JUDGES} judges, the first one logged in over HTTP. */
    static final class Court implements AutoCloseable {
        final TestServer server;
        final HttpTestClient anonymous;
        final HttpTestClient judge;
        final long judgeId;
        final int judgeRequests;

        private Court(TestServer server, HttpTestClient judge, long judgeId, int judgeRequests) {
            this.server = server;
            this.anonymous = server.client();
            this.judge = judge;
            this.judgeId = judgeId;
            this.judgeRequests = judgeRequests;
        }

        static Court of(int requests) {
            TestServer server = TestServer.start();
            try {
                ReadingFixtures fx = new ReadingFixtures(server);
                List<Long> judges = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (int i = 0; i < JUDGES; i++) {
                    names.add(ReadingFixtures.unique("judge"));
                    judges.add(fx.data.judge(names.get(i), ReadingFixtures.COURT));
                }
                List<Long> lawyers = new ArrayList<>();
                for (int i = 0; i < LAWYERS; i++) {
                    lawyers.add(fx.lawyer());
                }
                long start = System.nanoTime();
                int judgeRequests = server.jdbi().inTransaction(h -> bulk(h, requests, judges, lawyers));
                System.out.printf("ChangesFeedBench: %,d requests with their feed entries stored in %.1f s%n", requests,
                        (System.nanoTime() - start) / 1e9);
                HttpTestClient judge = server.client().login(names.get(0), TestData.PASSWORD);
                return new Court(server, judge, judges.get(0), judgeRequests);
            } catch (RuntimeException | Error e) {
                server.close();
                throw e;
            }
        }

        /**
         * Cases, then requests (pending, version = its feed seq), in batches of {@value #BATCH} in one transaction;
         * the feed entries are copied from the requests. Returns how many went to the first judge.
         */
        static int bulk(Handle h, int requests, List<Long> judges, List<Long> lawyers) {
            int casesPerJudge = requests / (JUDGES - 1) / REQUESTS_PER_CASE + 1; // the busiest judge's share, rounded up
            PreparedBatch cases = h.prepareBatch("INSERT INTO court_case (case_number, court_code, title, cause, status, "
                    + "digitised, judge_id, filed_on, archived_on) VALUES (:n, :c, '张某诉李某民间借贷纠纷', '民间借贷纠纷', "
                    + "'ARCHIVED', TRUE, :j, DATE '2023-03-01', DATE '2024-01-10')");
            int serial = 0;
            for (long judge : judges) {
                for (int k = 0; k < casesPerJudge; k++) {
                    cases.bind("n", "（2025）粤0106民初" + (++serial) + "号").bind("c", ReadingFixtures.COURT)
                            .bind("j", judge).add();
                    if (cases.size() == BATCH) {
                        cases.execute();
                    }
                }
            }
            if (cases.size() > 0) {
                cases.execute();
            }
            Map<Long, List<Long>> casesOf = new HashMap<>();
            h.createQuery("SELECT id, judge_id FROM court_case WHERE case_number LIKE '（2025）%' ORDER BY id")
                    .map((rs, ctx) -> Map.entry(rs.getLong(2), rs.getLong(1)))
                    .forEach(e -> casesOf.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));

            long base = h.createQuery("SELECT last_seq FROM feed_counter WHERE id = 1 FOR UPDATE").mapTo(Long.class).one();
            // Ids for all of them at once from the core's counter: header rows, then their 阅卷 details.
            long firstId = h.createQuery("SELECT last_id FROM request_id_counter WHERE id = 1 FOR UPDATE").mapTo(Long.class).one() + 1;
            h.createUpdate("UPDATE request_id_counter SET last_id = :l WHERE id = 1").bind("l", firstId - 1 + requests).execute();
            PreparedBatch batch = h.prepareBatch("INSERT INTO request (id, kind, application_no, case_id, court_code, "
                    + "judge_id, applicant_id, submitted_at, status, version) "
                    + "VALUES (:id, 'CASE_FILE_READING', :no, :c, :court, :j, :a, :at, 'PENDING_REVIEW', :v)");
            PreparedBatch details = h.prepareBatch("INSERT INTO reading_request (id, application_date, content, reason, "
                    + "requested_mode) VALUES (:id, :d, '全案卷宗', '代理案件需要查阅卷宗', :m)");
            LocalDate day = LocalDate.of(2026, 11, 20);
            OffsetDateTime at = OffsetDateTime.ofInstant(Instant.parse("2026-11-20T03:00:00Z"), ZoneOffset.UTC);
            int quietFrom = requests - requests * QUIET_TAIL_PERCENT / 100;
            int[] made = new int[JUDGES];
            for (int i = 0; i < requests; i++) {
                int j = i < quietFrom ? i % JUDGES : 1 + i % (JUDGES - 1);
                long judge = judges.get(j);
                long caseId = casesOf.get(judge).get(made[j]++ / REQUESTS_PER_CASE);
                batch.bind("id", firstId + i).bind("no", String.format("YJB%013d", i)).bind("c", caseId)
                        .bind("court", ReadingFixtures.COURT).bind("j", judge).bind("a", lawyers.get(i % lawyers.size()))
                        .bind("at", at).bind("v", base + i + 1).add();
                details.bind("id", firstId + i).bind("d", day)
                        .bind("m", (i % 3 == 0 ? ReadingMode.ON_SITE : ReadingMode.ONLINE).name()).add();
                if (batch.size() == BATCH) {
                    batch.execute();
                    details.execute();
                }
            }
            if (batch.size() > 0) {
                batch.execute();
                details.execute();
            }
            h.createUpdate("INSERT INTO change_log (seq, kind, request_id, judge_id, applicant_id, op, at) "
                    + "SELECT version, 'CASE_FILE_READING', id, judge_id, applicant_id, 'UPSERT', submitted_at "
                    + "FROM request WHERE application_no LIKE 'YJB%'").execute();
            h.createUpdate("UPDATE feed_counter SET last_seq = :s WHERE id = 1").bind("s", base + requests).execute();
            return made[0];
        }

        /** The {@code since} that leaves exactly {@value #PAGE} of this judge's changes after it. */
        long sinceLatest() {
            return server.jdbi().withHandle(h -> h.createQuery("SELECT seq FROM change_log WHERE judge_id = :j "
                    + "ORDER BY seq DESC OFFSET " + PAGE + " ROWS FETCH FIRST 1 ROW ONLY").bind("j", judgeId)
                    .mapTo(Long.class).one());
        }

        /** The cursor the workstation holds once it is up to date: the judge's last change. */
        long judgeCursor() {
            return server.jdbi().withHandle(h -> h.createQuery("SELECT MAX(seq) FROM change_log WHERE judge_id = :j")
                    .bind("j", judgeId).mapTo(Long.class).one());
        }

        int health() {
            HttpTestClient.Response r = anonymous.get("/health");
            assertThat(r.status()).isEqualTo(200);
            return r.json().size();
        }

        ChangesPage pageOf(long since) {
            HttpTestClient.Response r = judge.get("/api/v1/changes?since=" + since + "&limit=" + PAGE);
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            return r.as(ChangesPage.class);
        }

        int page(long since) {
            return pageOf(since).changes().size();
        }

        /** From 0 to the end, {@value #PAGE} a page, as a first sync does; returns how many changes came. */
        int fullPull() {
            long since = 0;
            int count = 0;
            ChangesPage p;
            do {
                p = pageOf(since);
                count += p.changes().size();
                since = p.nextCursor();
            } while (p.hasMore());
            return count;
        }

        @Override
        public void close() {
            server.close();
        }
    }

    private static long sink;

    /** Medians in ms of the same work on the small and the large court, rounds interleaved so load hits both alike. */
    private static double[] medians(int rounds, IntSupplier small, IntSupplier large) {
        for (int i = 0; i < 3; i++) {
            sink += small.getAsInt() + large.getAsInt(); // warm-up
        }
        double[][] ms = new double[2][rounds];
        IntSupplier[] work = {small, large};
        for (int i = 0; i < rounds; i++) {
            for (int w = 0; w < 2; w++) {
                long start = System.nanoTime();
                sink += work[w].getAsInt();
                ms[w][i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(ms[0]);
        Arrays.sort(ms[1]);
        return new double[] {ms[0][rounds / 2], ms[1][rounds / 2]};
    }
}
