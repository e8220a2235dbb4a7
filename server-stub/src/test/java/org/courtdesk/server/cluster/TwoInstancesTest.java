package org.courtdesk.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.server.auth.LoginThrottle;
import org.courtdesk.server.reading.download.CaseFileRoutes;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestDatabases;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two server processes on one PostgreSQL and one shared file store, as behind a load balancer: clients alternate
 * between them and everything a client relies on holds across the two (PostgreSQL only: H2 is one process).
 */
class TwoInstancesTest {

    static TestServer a;
    static TestServer b;
    static ReadingFixtures fx;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(TestDatabases.postgresql(), "two instances need a shared PostgreSQL (-Ppostgresql)");
        a = TestServer.start();
        b = TestServer.start(c -> c.withJdbc(a.jdbcUrl(), "postgres", "").withFilesDir(a.config().effectiveFilesDir()));
        fx = new ReadingFixtures(a);
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    /** The same credentials' client on each instance, alternately. */
    static HttpTestClient on(int i, String token) {
        return (i % 2 == 0 ? a : b).client().withToken(token);
    }

    @Test
    void concurrentDecisionsThroughBothInstancesAreEachAppliedOnceAndEveryFeedReaderSeesEveryChangeInOrder()
            throws Exception {
        String judgeName = ReadingFixtures.unique("judge");
        long judgeId = fx.data.judge(judgeName, ReadingFixtures.COURT);
        long lawyerId = fx.lawyer();
        long caseId = fx.archivedCase(judgeId, false);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            ids.add(fx.pending(caseId, lawyerId, ReadingMode.ON_SITE));
        }
        // A token from instance A works on B: tokens live in the database.
        String token = a.client().login(judgeName, TestData.PASSWORD).token();
        assertThat(b.client().withToken(token).get("/api/v1/changes?since=0").status()).isEqualTo(200);

        // Every decider starts from the version the judge saw before anyone decided: only one decision can win.
        Map<Long, Long> before = new HashMap<>();
        for (long id : ids) {
            before.put(id, fx.version(id));
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        Map<Long, List<Integer>> answers = new ConcurrentHashMap<>();
        List<Future<?>> work = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 11, 24);
        for (int t = 0; t < 4; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                for (int k = 0; k < ids.size(); k++) {
                    long id = ids.get((k + thread * 6) % ids.size());
                    // Two threads send the same decision with the same key (a client retrying through the other
                    // instance), two others a decision of their own: one decision wins, the twin replays it.
                    UUID key = thread < 2 ? UUID.fromString("00000000-0000-4000-8000-" + String.format("%012d", id))
                            : UUID.randomUUID();
                    long version = before.get(id);
                    ReviewDecision d = ReadingFixtures.approveOnSite(version, start, start.plusDays(1));
                    d = new ReviewDecision(key, d.baseVersion(), d.opinion(), d.explanation(), d.mode(), d.validUntil(),
                            d.onSiteStart(), d.onSiteEnd(), d.replyNote());
                    HttpTestClient.Response r = on(thread + k, token).post("/api/v1/judge/reading-requests/" + id
                            + "/decision", d);
                    answers.computeIfAbsent(id, x -> java.util.Collections.synchronizedList(new ArrayList<>()))
                            .add(r.status());
                    assertThat(r.status()).as(r.text()).isIn(200, 409, 503);
                }
                return null;
            }));
        }
        List<List<Change>> seenByReader = new ArrayList<>();
        List<Future<?>> readers = new ArrayList<>();
        for (int reader = 0; reader < 2; reader++) {
            List<Change> seen = java.util.Collections.synchronizedList(new ArrayList<>());
            seenByReader.add(seen);
            int first = reader;
            readers.add(pool.submit(() -> {
                long cursor = 0;
                int page = first;
                boolean finalPass = false;
                while (true) {
                    boolean doneBefore = !writing.get();
                    HttpTestClient.Response r = on(page++, token).get("/api/v1/changes?since=" + cursor + "&limit=3");
                    assertThat(r.status()).as(r.text()).isEqualTo(200);
                    ChangesPage p = r.as(ChangesPage.class);
                    seen.addAll(p.changes());
                    cursor = p.nextCursor();
                    if (!p.hasMore() && doneBefore) {
                        if (finalPass) {
                            return null;
                        }
                        finalPass = true;
                    }
                }
            }));
        }
        try {
            for (Future<?> f : work) {
                f.get(300, TimeUnit.SECONDS);
            }
            writing.set(false);
            for (Future<?> f : readers) {
                f.get(300, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        // Each request decided exactly once, whichever instance answered.
        for (long id : ids) {
            assertThat(answers.get(id)).as("request " + id).contains(200);
            assertThat(fx.auditRows(id, org.courtdesk.server.audit.AuditLog.ACTION_APPROVE)).as("request " + id + " decided once").isEqualTo(1);
            assertThat(fx.changeRows(id)).as("submission + one decision").isEqualTo(2);
            assertThat(fx.smsRows(id)).as("one notice").isEqualTo(1);
        }
        // The feed's sequence: no gap, no duplicate, across both instances' writers.
        List<Long> all = a.jdbi().withHandle(h -> h.createQuery("SELECT seq FROM change_log ORDER BY seq")
                .mapTo(Long.class).list());
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i)).as("no gap in the sequence").isEqualTo(all.get(i - 1) + 1);
        }
        // Every reader, alternating between instances, saw the changes in order and ends on the database's state.
        Map<Long, Long> db = new HashMap<>();
        a.jdbi().useHandle(h -> h.createQuery("SELECT id, version FROM request WHERE judge_id = :j").bind("j", judgeId)
                .map((rs, c) -> new long[] {rs.getLong(1), rs.getLong(2)}).forEach(x -> db.put(x[0], x[1])));
        for (List<Change> seen : seenByReader) {
            assertThat(seen).extracting(Change::seq).as("in order, each once").isSorted().doesNotHaveDuplicates();
            Map<Long, ReadingRequestView> copy = new HashMap<>();
            for (Change c : seen) {
                copy.put(c.requestId(), c.viewAs(ReadingRequestView.class));
            }
            assertThat(copy.keySet()).isEqualTo(db.keySet());
            for (long id : ids) {
                assertThat(copy.get(id).version()).isEqualTo(db.get(id));
                assertThat(copy.get(id).status().name()).isEqualTo("APPROVED");
            }
        }
    }

    @Test
    void loginLockoutCountsTheFailuresOfBothInstances() {
        String name = ReadingFixtures.unique("judge");
        fx.data.judge(name, ReadingFixtures.COURT);
        for (int i = 0; i < LoginThrottle.MAX_PER_NAME_AND_ADDRESS; i++) {
            HttpTestClient.Response r = (i % 2 == 0 ? a : b).client().post("/api/v1/auth/login",
                    new org.courtdesk.model.api.LoginRequest(name, "wrong-" + i));
            assertThat(r.status()).isIn(401, 423);
        }
        for (TestServer s : List.of(a, b)) {
            HttpTestClient.Response r = s.client().post("/api/v1/auth/login",
                    new org.courtdesk.model.api.LoginRequest(name, TestData.PASSWORD));
            assertThat(r.status()).as("locked on both instances: " + r.text()).isEqualTo(423);
            assertThat(r.code()).isEqualTo("ACCOUNT_LOCKED");
        }
    }

    @Test
    void downloadCodeLockoutAndTheCaseFileHoldAcrossInstances() {
        String judgeName = ReadingFixtures.unique("judge");
        long judgeId = fx.data.judge(judgeName, ReadingFixtures.COURT);
        long lawyerId = fx.lawyer();
        long id = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
        HttpTestClient.Response decided = a.client().login(judgeName, TestData.PASSWORD).post(
                "/api/v1/judge/reading-requests/" + id + "/decision",
                ReadingFixtures.approveOnline(fx.version(id), LocalDate.of(2026, 12, 10)));
        assertThat(decided.status()).as(decided.text()).isEqualTo(200);
        String code = fx.codesFromSms(id)[0];
        String lawyerToken = b.client().login(fx.username(lawyerId), TestData.PASSWORD).token();
        String path = "/api/v1/reading-requests/" + id + "/case-file";
        // The case file A produced (its SMS went through A's gateway) is served by B: one file store.
        HttpTestClient.Response ok = on(1, lawyerToken).get(path, CaseFileRoutes.HEADER, code);
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < CaseFileRoutes.MAX_WRONG_CODES; i++) {
            assertThat(on(i, lawyerToken).get(path, CaseFileRoutes.HEADER, wrong).status()).isEqualTo(403);
        }
        for (int i = 0; i < 2; i++) {
            HttpTestClient.Response locked = on(i, lawyerToken).get(path, CaseFileRoutes.HEADER, code);
            assertThat(locked.status()).as("locked on both instances").isNotEqualTo(200);
            assertThat(locked.code()).isEqualTo("DOWNLOAD_CODE_WRONG");
        }
    }
}
