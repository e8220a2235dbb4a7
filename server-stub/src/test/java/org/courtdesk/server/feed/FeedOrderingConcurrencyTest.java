package org.courtdesk.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The feed's promise under load: writers commit in random order (each sleeps a random time after taking its seq and
 * before committing), while a reader pages the feed with tiny pages as fast as it can. At the end the reader has
 * seen every change exactly once (or, within one page, superseded by a later change of the same request, which the
 * feed sends once at its highest seq), never a seq twice, and its copy equals the database.
 */
class FeedOrderingConcurrencyTest {

    static TestServer server;
    static ReadingFixtures fx;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new ReadingFixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** One page as read: the range (since, nextCursor] it covered and what it carried. */
    record Read(long since, ChangesPage page, boolean whileWriting) {}

    @Test
    void noChangeIsSkippedWhenTransactionsCommitOutOfOrder() throws Exception {
        String judgeName = ReadingFixtures.unique("judge");
        long judgeId = fx.data.judge(judgeName, ReadingFixtures.COURT);
        long otherJudgeId = fx.data.judge(ReadingFixtures.unique("judge"), ReadingFixtures.COURT);
        long lawyerId = fx.lawyer();
        long caseId = fx.archivedCase(judgeId, false);
        long otherCaseId = fx.archivedCase(otherJudgeId, false);
        List<Long> toDecide = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            toDecide.add(fx.pending(caseId, lawyerId, ReadingMode.ON_SITE));
        }
        // Writers mostly change existing requests: an UPDATE of a non-key column takes no lock on a parent row, so
        // nothing but the feed counter orders these transactions. (H2 locks the referenced row when a foreign key is
        // checked, which would serialise inserts of the same judge and hide an ordering bug.)
        List<Long> existing = new ArrayList<>(toDecide.subList(0, 4)); // also decided over HTTP: conflicts happen
        for (int i = 0; i < 24; i++) {
            existing.add(fx.pending(caseId, lawyerId, ReadingMode.ONLINE));
        }
        HttpTestClient judge = server.client().login(judgeName, TestData.PASSWORD);

        int writers = 3;
        int perWriter = 40;
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 3);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            work.add(pool.submit(() -> {
                for (int i = 0; i < perWriter; i++) {
                    ThreadLocalRandom rnd = ThreadLocalRandom.current();
                    boolean update = rnd.nextInt(5) != 0;
                    long target = existing.get(rnd.nextInt(existing.size()));
                    int delay = rnd.nextInt(25);
                    // The database may pick this direct write as a deadlock victim against a decision over HTTP (seen
                    // on PostgreSQL): it rolled back whole, seq and all, so it is simply written again, as the server
                    // tells clients to do with 503 SERVICE_BUSY.
                    for (int attempt = 0; ; attempt++) {
                        try {
                            server.jdbi().useTransaction(h -> {
                                if (update) {
                                    touch(h, target, judgeId, lawyerId);
                                } else {
                                    ReadingFixtures.insertPending(h, caseId, lawyerId, ReadingMode.ONLINE);
                                }
                                sleep(delay); // holds the seq, uncommitted
                            });
                            break;
                        } catch (RuntimeException e) {
                            if (attempt >= 5 || !org.courtdesk.server.http.Problems.isBusy(e)) {
                                throw e;
                            }
                        }
                    }
                    sleep(10 + rnd.nextInt(20));
                }
                return null;
            }));
        }
        // Someone else's judge writes too: their seqs are gaps in this judge's feed.
        work.add(pool.submit(() -> {
            for (int i = 0; i < perWriter; i++) {
                server.jdbi().useTransaction(h -> {
                    ReadingFixtures.insertPending(h, otherCaseId, lawyerId, ReadingMode.ONLINE);
                    sleep(ThreadLocalRandom.current().nextInt(6));
                });
                sleep(10 + ThreadLocalRandom.current().nextInt(20));
            }
            return null;
        }));
        // Real decisions over HTTP, each a full transaction with its own row lock.
        work.add(pool.submit(() -> {
            LocalDate start = LocalDate.of(2026, 11, 24);
            for (long id : toDecide) {
                for (int attempt = 0; ; attempt++) {
                    HttpTestClient.Response r = judge.post("/api/v1/judge/reading-requests/" + id + "/decision",
                            ReadingFixtures.approveOnSite(fx.version(id), start, start.plusDays(1)));
                    if (r.status() == 200) {
                        break;
                    }
                    if (r.status() == 503) {
                        // The fixture writers hold row locks outside the server's write queue: a decision that could
                        // not get its lock in time stored nothing and says when to come back, as clients are told to.
                        assertThat(r.code()).as(r.text()).isEqualTo("SERVICE_BUSY");
                        assertThat(r.header("Retry-After")).isNotNull();
                        assertThat(attempt).isLessThan(20);
                        sleep(50);
                        continue;
                    }
                    // A writer touched the request meanwhile: the judge sees the conflict and decides again.
                    assertThat(r.code()).as(r.text()).isEqualTo("VERSION_CONFLICT");
                    assertThat(attempt).isLessThan(20);
                }
            }
            return null;
        }));

        List<Read> reads = new ArrayList<>();
        Future<?> reader = pool.submit(() -> {
            long cursor = 0;
            boolean finalPass = false;
            while (true) {
                boolean doneBefore = !writing.get();
                // Mostly tiny pages; often a full one, so the reader also catches up with the writers and reads at the
                // frontier, where a commit out of order would bite.
                int limit = ThreadLocalRandom.current().nextInt(2) == 0 ? 1000 : 1 + ThreadLocalRandom.current().nextInt(4);
                HttpTestClient.Response r = judge.get("/api/v1/changes?since=" + cursor + "&limit=" + limit);
                assertThat(r.status()).as(r.text()).isEqualTo(200);
                ChangesPage page = r.as(ChangesPage.class);
                reads.add(new Read(cursor, page, !doneBefore));
                cursor = page.nextCursor();
                if (!page.hasMore() && doneBefore) {
                    if (finalPass) {
                        return null;
                    }
                    finalPass = true;
                }
            }
        });

        try {
            for (Future<?> f : work) {
                f.get(120, TimeUnit.SECONDS);
            }
            writing.set(false);
            reader.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        // ---- what the reader saw
        List<Long> seen = new ArrayList<>();
        Map<Long, Long> seenRequestAt = new HashMap<>(); // seq -> request
        Map<Long, ReadingRequestView> copy = new HashMap<>();
        Map<Long, Read> pageOf = new HashMap<>();
        long previousCursor = 0;
        for (Read read : reads) {
            assertThat(read.since()).isEqualTo(previousCursor);
            previousCursor = read.page().nextCursor();
            for (Change c : read.page().changes()) {
                assertThat(c.seq()).isGreaterThan(read.since()).isLessThanOrEqualTo(read.page().nextCursor());
                assertThat(c.op()).isEqualTo(ChangeOp.UPSERT);
                seen.add(c.seq());
                seenRequestAt.put(c.seq(), c.requestId());
                copy.put(c.requestId(), c.viewAs(ReadingRequestView.class));
                pageOf.put(c.seq(), read);
            }
        }
        assertThat(seen).as("every seq at most once, in order").isSorted().doesNotHaveDuplicates();
        assertThat(reads.size()).as("the reader paged while writers wrote").isGreaterThan(20);
        long atFrontier = reads.stream().filter(r -> r.whileWriting() && !r.page().hasMore()).count();
        assertThat(atFrontier).as("the reader caught up with the writers while they wrote").isGreaterThanOrEqualTo(5);

        // ---- every change of this judge was seen, or superseded within the same page
        record Row(long seq, long requestId) {}
        List<Row> log = server.jdbi().withHandle(h -> h.createQuery(
                        "SELECT seq, request_id FROM change_log WHERE judge_id = :j ORDER BY seq")
                .bind("j", judgeId).map((rs, c) -> new Row(rs.getLong(1), rs.getLong(2))).list());
        int expected = 12 + 24 + writers * perWriter + 12; // submissions, writers, decisions
        assertThat(log.size()).isGreaterThanOrEqualTo(expected);
        Set<Long> seenSet = new HashSet<>(seen);
        int superseded = 0;
        for (Row row : log) {
            if (seenSet.contains(row.seq())) {
                assertThat(seenRequestAt.get(row.seq())).isEqualTo(row.requestId());
                continue;
            }
            // Not sent itself: a later change of the same request must have been sent from the page covering it.
            Read covering = reads.stream().filter(r -> row.seq() > r.since() && row.seq() <= r.page().nextCursor())
                    .findFirst().orElseThrow(() -> new AssertionError("seq " + row.seq() + " skipped: no page covered it"));
            boolean supersededInPage = covering.page().changes().stream()
                    .anyMatch(c -> c.requestId() == row.requestId() && c.seq() > row.seq());
            assertThat(supersededInPage).as("seq " + row.seq() + " of request " + row.requestId() + " was skipped").isTrue();
            superseded++;
        }
        assertThat(seen.size() + superseded).isEqualTo(log.size());
        assertThat(previousCursor).isEqualTo(log.get(log.size() - 1).seq());

        // ---- the reader's copy equals the database
        Map<Long, long[]> db = new HashMap<>();
        server.jdbi().useHandle(h -> h.createQuery("SELECT id, version FROM request WHERE judge_id = :j")
                .bind("j", judgeId).map((rs, c) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .forEach(a -> db.put(a[0], a)));
        assertThat(copy.keySet()).isEqualTo(db.keySet());
        for (Map.Entry<Long, long[]> e : db.entrySet()) {
            ReadingRequestView mine = copy.get(e.getKey());
            assertThat(mine.version()).as("request " + e.getKey()).isEqualTo(e.getValue()[1]);
        }
        for (long id : toDecide) {
            assertThat(copy.get(id).status().name()).isEqualTo("APPROVED");
        }
    }

    /**
     * The mechanism itself, step by step: while a transaction holds seq n uncommitted, the next writer cannot even
     * take n+1, and a reader sees neither; once the first commits, both appear, in order.
     */
    @Test
    void aWriterWaitsForTheUncommittedSeqBeforeItAndTheReaderSeesNeither() throws Exception {
        String judgeName = ReadingFixtures.unique("judge");
        long judgeId = fx.data.judge(judgeName, ReadingFixtures.COURT);
        long lawyerId = fx.lawyer();
        long caseId = fx.archivedCase(judgeId, false);
        long first = fx.pending(caseId, lawyerId, ReadingMode.ONLINE);
        long second = fx.pending(caseId, lawyerId, ReadingMode.ONLINE);
        HttpTestClient judge = server.client().login(judgeName, TestData.PASSWORD);
        long cursor = judge.get("/api/v1/changes?since=0").as(ChangesPage.class).nextCursor();

        java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> slow = pool.submit(() -> server.jdbi().inTransaction(h -> {
                touch(h, first, judgeId, lawyerId);
                long seq = h.createQuery("SELECT version FROM request WHERE id = :id").bind("id", first)
                        .mapTo(Long.class).one();
                holding.countDown();
                release.await(); // holds seq n, uncommitted
                return seq;
            }));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Long> fast = pool.submit(() -> server.jdbi().inTransaction(h -> {
                touch(h, second, judgeId, lawyerId);
                return h.createQuery("SELECT version FROM request WHERE id = :id").bind("id", second)
                        .mapTo(Long.class).one();
            }));
            Thread.sleep(400);
            assertThat(fast.isDone()).as("the second writer must wait for the first one's seq to commit").isFalse();
            ChangesPage meanwhile = judge.get("/api/v1/changes?since=" + cursor).as(ChangesPage.class);
            assertThat(meanwhile.changes()).isEmpty();
            assertThat(meanwhile.nextCursor()).isEqualTo(cursor);

            release.countDown();
            long n = slow.get(10, TimeUnit.SECONDS);
            long m = fast.get(10, TimeUnit.SECONDS);
            assertThat(m).isEqualTo(n + 1);
            ChangesPage after = judge.get("/api/v1/changes?since=" + cursor).as(ChangesPage.class);
            assertThat(after.changes()).extracting(Change::seq).containsExactly(n, m);
            assertThat(after.changes()).extracting(Change::requestId).containsExactly(first, second);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    /** A direct change of an existing request: write, stamp, new version. */
    private static void touch(Handle h, long id, long judgeId, long applicantId) {
        h.createUpdate("UPDATE reading_request SET reason = :r WHERE id = :id")
                .bind("r", "补充说明 " + System.nanoTime()).bind("id", id).execute();
        long seq = ChangeLog.record(h, RequestKind.CASE_FILE_READING, id, judgeId, applicantId, ChangeOp.UPSERT);
        h.createUpdate("UPDATE request SET version = :v WHERE id = :id").bind("v", seq).bind("id", id).execute();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
