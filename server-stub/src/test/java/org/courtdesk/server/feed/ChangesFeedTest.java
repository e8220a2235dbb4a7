package org.courtdesk.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangesFeedTest {

    static TestServer server;
    static ReadingFixtures fx;

    long judgeId;
    HttpTestClient judge;
    long otherJudgeId;
    HttpTestClient otherJudge;
    HttpTestClient clerk;
    long lawyerId;
    HttpTestClient lawyer;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new ReadingFixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void people() {
        String j = ReadingFixtures.unique("judge");
        String o = ReadingFixtures.unique("judge");
        String c = ReadingFixtures.unique("clerk");
        judgeId = fx.data.judge(j, ReadingFixtures.COURT);
        otherJudgeId = fx.data.judge(o, ReadingFixtures.COURT);
        fx.data.clerk(c, ReadingFixtures.COURT, judgeId);
        judge = server.client().login(j, TestData.PASSWORD);
        otherJudge = server.client().login(o, TestData.PASSWORD);
        clerk = server.client().login(c, TestData.PASSWORD);
        lawyerId = fx.lawyer();
        lawyer = server.client().login(fx.username(lawyerId), TestData.PASSWORD);
    }

    static ChangesPage page(HttpTestClient client, long since, int limit) {
        HttpTestClient.Response r = client.get("/api/v1/changes?since=" + since + "&limit=" + limit);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.as(ChangesPage.class);
    }

    @Test
    void pagesInSequenceOrderWithACursor() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE));
        }
        ChangesPage p1 = page(judge, 0, 3);
        ChangesPage p2 = page(judge, p1.nextCursor(), 3);
        ChangesPage p3 = page(judge, p2.nextCursor(), 3);
        ChangesPage p4 = page(judge, p3.nextCursor(), 3);

        assertThat(p1.changes()).hasSize(3);
        assertThat(p1.hasMore()).isTrue();
        assertThat(p2.changes()).hasSize(3);
        assertThat(p2.hasMore()).isTrue();
        assertThat(p3.changes()).hasSize(1);
        assertThat(p3.hasMore()).isFalse();
        assertThat(p4.changes()).isEmpty();
        assertThat(p4.nextCursor()).isEqualTo(p3.nextCursor());
        assertThat(p4.hasMore()).isFalse();

        List<Change> all = new ArrayList<>();
        for (ChangesPage p : List.of(p1, p2, p3)) {
            all.addAll(p.changes());
            assertThat(p.nextCursor()).isEqualTo(p.changes().get(p.changes().size() - 1).seq());
        }
        assertThat(all).extracting(Change::requestId).containsExactlyElementsOf(ids);
        assertThat(all).extracting(Change::seq).isSorted().doesNotHaveDuplicates();
        for (Change c : all) {
            assertThat(c.kind()).isEqualTo(RequestKind.CASE_FILE_READING);
            assertThat(c.view()).as("the view type the kind's registry entry names").isInstanceOf(ReadingRequestView.class);
            assertThat(c.op()).isEqualTo(ChangeOp.UPSERT);
            assertThat(c.viewAs(ReadingRequestView.class).version()).isEqualTo(c.seq());
            assertThat(c.viewAs(ReadingRequestView.class).status()).isEqualTo(RequestStatus.PENDING_REVIEW);
            assertThat(c.viewAs(ReadingRequestView.class).audit()).isEmpty();
        }
        // Defaults: since=0, limit=200.
        ChangesPage everything = judge.get("/api/v1/changes").as(ChangesPage.class);
        assertThat(everything.changes()).hasSize(7);
        assertThat(everything.hasMore()).isFalse();

        // Asked for, a page says how many of this user's changes come after it (a progress bar's total); else nothing.
        assertThat(p1.remaining()).isNull();
        ChangesPage counted = judge.get("/api/v1/changes?since=0&limit=3&remaining=true").as(ChangesPage.class);
        assertThat(counted.changes()).hasSize(3);
        assertThat(counted.remaining()).isEqualTo(4L);
        assertThat(judge.get("/api/v1/changes?since=" + p1.nextCursor() + "&limit=3&remaining=true")
                .as(ChangesPage.class).remaining()).isEqualTo(1L);
        assertThat(judge.get("/api/v1/changes?since=" + p3.nextCursor() + "&remaining=true").as(ChangesPage.class)
                .remaining()).isZero();
        assertThat(otherJudge.get("/api/v1/changes?since=0&remaining=true").as(ChangesPage.class).remaining())
                .as("another judge's changes are not counted").isZero();
    }

    @Test
    void aRequestChangedSeveralTimesInOnePageComesOnceWithItsCurrentStateButTheCursorPassesAll() {
        long a = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
        long b = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
        HttpTestClient.Response decided = judge.post("/api/v1/judge/reading-requests/" + a + "/decision",
                ReadingFixtures.refuse(fx.version(a), "不符合条件"));
        assertThat(decided.status()).isEqualTo(200);
        long aVersion = fx.version(a);

        ChangesPage p = page(judge, 0, 10);

        assertThat(p.changes()).extracting(Change::requestId).containsExactly(b, a);
        assertThat(p.changes()).extracting(Change::seq).containsExactly(fx.version(b), aVersion);
        Change changeOfA = p.changes().get(1);
        assertThat(changeOfA.viewAs(ReadingRequestView.class).status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(changeOfA.viewAs(ReadingRequestView.class).review().explanation()).isEqualTo("不符合条件");
        // The trail travels with the change, so the workstation shows the history offline.
        assertThat(changeOfA.viewAs(ReadingRequestView.class).audit()).extracting(AuditEntry::action).containsExactly(AuditLog.ACTION_REJECT);
        assertThat(changeOfA.viewAs(ReadingRequestView.class).audit().get(0).detail()).contains("不符合条件");
        assertThat(p.changes().get(0).viewAs(ReadingRequestView.class).audit()).isEmpty();
        assertThat(p.nextCursor()).isEqualTo(aVersion);
        assertThat(p.hasMore()).isFalse();

        // With a smaller page the first sighting of a is the old state; the next page brings the new one.
        ChangesPage small = page(judge, 0, 1);
        assertThat(small.changes()).singleElement().satisfies(c -> {
            assertThat(c.requestId()).isEqualTo(a);
            assertThat(c.viewAs(ReadingRequestView.class).status()).isEqualTo(RequestStatus.REJECTED); // always the current view
        });
        assertThat(small.hasMore()).isTrue();
    }

    @Test
    void aJudgeSeesOnlyOwnRequestsAndAClerkExactlyTheServedJudges() {
        long mine = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
        long theirs = fx.pending(fx.archivedCase(otherJudgeId, true), lawyerId, ReadingMode.ONLINE);
        long mine2 = fx.pending(fx.archivedCase(judgeId, false), lawyerId, ReadingMode.ON_SITE);

        assertThat(page(judge, 0, 100).changes()).extracting(Change::requestId).containsExactly(mine, mine2);
        assertThat(page(clerk, 0, 100).changes()).extracting(Change::requestId).containsExactly(mine, mine2);
        assertThat(page(otherJudge, 0, 100).changes()).extracting(Change::requestId).containsExactly(theirs);

        // A cursor that starts inside someone else's changes still works (the seqs are global).
        ChangesPage fromTheirs = page(judge, fx.version(theirs), 100);
        assertThat(fromTheirs.changes()).extracting(Change::requestId).containsExactly(mine2);
    }

    @Test
    void applicantsAndAnonymousCannotReadTheFeed() {
        HttpTestClient.Response applicant = lawyer.get("/api/v1/changes?since=0");
        assertThat(applicant.status()).isEqualTo(403);
        assertThat(applicant.code()).isEqualTo("FORBIDDEN");
        assertThat(server.client().get("/api/v1/changes?since=0").status()).isEqualTo(401);
    }

    @Test
    void badParametersAreRefused() {
        for (String query : List.of("since=-1", "since=abc", "limit=0", "limit=1001", "limit=x", "since=1.5")) {
            HttpTestClient.Response r = judge.get("/api/v1/changes?" + query);
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.code()).as(query).isEqualTo("VALIDATION_FAILED");
        }
        assertThat(judge.get("/api/v1/changes?limit=1000").status()).isEqualTo(200);
    }

    @Test
    void removalsTravelAsChanges() {
        long id = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
        long seq = server.jdbi().inTransaction(h -> ChangeLog.record(h, RequestKind.CASE_FILE_READING, id, judgeId, lawyerId,
                ChangeOp.REMOVED));

        ChangesPage p = page(judge, fx.version(id), 10);

        assertThat(p.changes()).singleElement().satisfies(c -> {
            assertThat(c.seq()).isEqualTo(seq);
            assertThat(c.op()).isEqualTo(ChangeOp.REMOVED);
            assertThat(c.viewAs(ReadingRequestView.class)).isNull();
        });
    }

    @Test
    void theFeedQueryReadsThePageStraightOffTheJudgeSeqIndex() {
        if (org.courtdesk.server.support.TestDatabases.postgresql()) {
            // PostgreSQL: EXPLAIN is one row per plan node. With sequential scans ruled out (a test table is tiny, a
            // province's is not), the page must come off the (judge_id, seq) index with no Sort node above it.
            String plan = server.jdbi().inTransaction(h -> {
                h.execute("SET LOCAL enable_seqscan = off");
                return String.join("\n", h.createQuery("EXPLAIN " + ChangesRoutes.JUDGE_PAGE)
                        .bind("judge", judgeId).bind("since", 0).bind("limit", 200).mapTo(String.class).list());
            });
            assertThat(plan).containsIgnoringCase("change_log_judge_seq");
            assertThat(plan).doesNotContain("Sort");
            return;
        }
        String plan = server.jdbi().withHandle(h -> h.createQuery("EXPLAIN " + ChangesRoutes.JUDGE_PAGE)
                .bind("judge", judgeId).bind("since", 0).bind("limit", 200)
                .mapTo(String.class).one());
        assertThat(plan).containsIgnoringCase("CHANGE_LOG_JUDGE_SEQ");
        // No sort step: H2 stops after the limit instead of reading every later change of the judge.
        assertThat(plan).containsIgnoringCase("index sorted");
    }

    /**
     * A page ends before the large fields its sources tell of ({@link FeedSource.Current#bytes}) pass
     * {@link ChangesRoutes#PAGE_BYTE_BUDGET}; the cursor is then the last change sent and the next pages bring the rest,
     * each request once; an entry larger than the budget still comes, alone; a source that tells nothing pages by count
     * only.
     */
    @Test
    void aPageEndsBeforeItsLargeFieldsPassTheBudgetAndTheNextPagesBringTheRest() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE));
        }
        long big = ChangesRoutes.PAGE_BYTE_BUDGET * 45 / 100; // two fit, three do not
        java.util.function.LongFunction<ChangesRoutes> routes = bytes -> new ChangesRoutes(server.jdbi(),
                java.time.LocalDate::now, java.util.Map.of(RequestKind.CASE_FILE_READING, (h, asked, today) -> {
                    java.util.Map<Long, FeedSource.Current> now = new java.util.HashMap<>();
                    for (long id : asked) {
                        now.put(id, new FeedSource.Current() {
                            @Override
                            public Long judgeId() {
                                return judgeId;
                            }

                            @Override
                            public long bytes() {
                                return id == ids.get(4) && bytes > 0 ? ChangesRoutes.PAGE_BYTE_BUDGET + 1 : bytes;
                            }

                            @Override
                            public Change upsert(long seq) {
                                return new Change(seq, RequestKind.CASE_FILE_READING, id, ChangeOp.UPSERT, null);
                            }
                        });
                    }
                    return now;
                }));
        ChangesRoutes budgeted = routes.apply(big);
        List<List<Long>> pages = new ArrayList<>();
        long since = 0;
        for (int n = 0; n < 10; n++) {
            long from = since;
            ChangesPage p = server.jdbi().withHandle(h -> budgeted.page(h, List.of(judgeId), from, 100,
                    java.time.LocalDate.now()));
            pages.add(p.changes().stream().map(Change::requestId).toList());
            if (!p.changes().isEmpty()) {
                assertThat(p.nextCursor()).isEqualTo(p.changes().get(p.changes().size() - 1).seq());
            }
            since = p.nextCursor();
            if (!p.hasMore()) {
                break;
            }
        }
        assertThat(pages).containsExactly(List.of(ids.get(0), ids.get(1)), List.of(ids.get(2), ids.get(3)),
                List.of(ids.get(4))); // the last one is over the budget alone: it still comes

        ChangesRoutes plain = routes.apply(0);
        ChangesPage all = server.jdbi().withHandle(h -> plain.page(h, List.of(judgeId), 0, 100, java.time.LocalDate.now()));
        assertThat(all.changes()).extracting(Change::requestId).containsExactlyElementsOf(ids);
        assertThat(all.hasMore()).isFalse();
    }

    /**
     * A feed entry that is not a request (Change.entry) travels beside the requests: its own source answers for
     * (kind, entry name), an entry with the same id as a request of the same kind is a change of its own (both come), it
     * reaches only its audience (another judge sees neither), a REMOVED entry comes without its item, and an entry whose
     * source no longer has it travels as a removal.
     */
    @Test
    void feedEntriesThatAreNotRequestsTravelBesideThemToTheirAudienceOnly() {
        long id = fx.pending(fx.archivedCase(judgeId, true), lawyerId, ReadingMode.ONLINE);
        long before = fx.version(id) - 1;
        java.util.Set<Long> present = new java.util.HashSet<>(List.of(id));
        FeedSource entries = (h, asked, today) -> {
            java.util.Map<Long, FeedSource.Current> now = new java.util.HashMap<>();
            for (long e : asked) {
                if (present.contains(e)) {
                    now.put(e, new FeedSource.Current() {
                        @Override
                        public Long judgeId() {
                            return judgeId;
                        }

                        @Override
                        public Change upsert(long seq) {
                            return Change.ofEntry(seq, RequestKind.CASE_FILE_READING, "NOTE", e, ChangeOp.UPSERT,
                                    java.util.Map.of("text", "卷宗已归档"));
                        }
                    });
                }
            }
            return now;
        };
        ChangesRoutes routes = new ChangesRoutes(server.jdbi(), java.time.LocalDate::now, java.util.Map.of(),
                java.util.Map.of(FeedSource.Key.entry(RequestKind.CASE_FILE_READING, "NOTE"), entries));
        long entrySeq = server.jdbi().inTransaction(h -> ChangeLog.recordEntry(h, RequestKind.CASE_FILE_READING, "NOTE",
                id, judgeId, null, ChangeOp.UPSERT));

        ChangesPage p = server.jdbi().withHandle(h -> routes.page(h, List.of(judgeId), before, 100,
                java.time.LocalDate.now()));
        assertThat(p.changes()).hasSize(2);
        assertThat(p.changes().get(0).aboutEntry()).as("the request itself").isFalse();
        assertThat(p.changes().get(1)).satisfies(c -> {
            assertThat(c.seq()).isEqualTo(entrySeq);
            assertThat(c.entry()).isEqualTo("NOTE");
            assertThat(c.requestId()).isEqualTo(id);
            assertThat(c.op()).isEqualTo(ChangeOp.UPSERT);
            assertThat(c.view()).isNull();
            assertThat(c.item()).isEqualTo(java.util.Map.of("text", "卷宗已归档"));
        });
        assertThat(server.jdbi().withHandle(h -> routes.page(h, List.of(otherJudgeId), before, 100,
                java.time.LocalDate.now())).changes()).as("another judge's workstation").isEmpty();

        // Over HTTP, for a client that reads entries, the entry keeps its name; the request's change has none.
        HttpTestClient.Response withEntries = judge.get("/api/v1/changes?since=" + before + "&limit=100&entries=true");
        assertThat(withEntries.as(ChangesPage.class).changes()).extracting(Change::entry).containsExactly(null, "NOTE");
        // A client that does not ask (an older workstation, which would refuse an UPSERT without a view) gets the
        // request only, and its cursor passes the entry all the same.
        ChangesPage without = page(judge, before, 100);
        assertThat(without.changes()).extracting(Change::entry).containsExactly((String) null);
        assertThat(without.nextCursor()).isEqualTo(entrySeq);

        present.clear(); // the source no longer has it: a removal, without its item
        ChangesPage gone = server.jdbi().withHandle(h -> routes.page(h, List.of(judgeId), entrySeq - 1, 100,
                java.time.LocalDate.now()));
        assertThat(gone.changes()).singleElement().satisfies(c -> {
            assertThat(c.entry()).isEqualTo("NOTE");
            assertThat(c.op()).isEqualTo(ChangeOp.REMOVED);
            assertThat(c.item()).isNull();
        });
        long removedSeq = server.jdbi().inTransaction(h -> ChangeLog.recordEntry(h, RequestKind.CASE_FILE_READING,
                "NOTE", id, judgeId, null, ChangeOp.REMOVED));
        assertThat(server.jdbi().withHandle(h -> routes.page(h, List.of(judgeId), entrySeq, 100,
                java.time.LocalDate.now())).changes()).singleElement()
                .satisfies(c -> assertThat(c.seq()).isEqualTo(removedSeq));
    }
}
