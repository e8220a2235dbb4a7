package org.courtdesk.server.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.model.api.DecisionResult;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * V6 (one header table for every kind): a database written at schema V5, with 阅卷申请 in every state, migrates, and
 * the API then serves the same requests: same ids, 申请编号, statuses, versions, review, audit and change feed. New
 * requests continue above the old ids.
 */
class RequestHeaderMigrationTest {

    private static final String COURT = "粤0106";

    @Test
    void aV5DatabaseMigratesAndTheApiServesTheSameRequests() throws Exception {
        Path dir = Files.createTempDirectory("courtdesk-v5");
        String url = TestServer.jdbcUrl(dir);
        Flyway.configure().dataSource(url, "sa", "").locations(org.courtdesk.server.db.Vendor.migrationLocations(url)).target("5").load().migrate();
        Jdbi v5 = Jdbi.create(url, "sa", "");
        TestData data = new TestData(v5).court(COURT, "广州市天河区人民法院");
        long judgeId = data.judge("judge.v5", COURT);
        long lawyerId = data.account("lawyer.v5", Role.LAWYER, null, true);
        long caseId = data.caseOf(COURT, "（2024）粤0106民初1234号", judgeId, CaseStatus.ARCHIVED, true);
        // Ids with gaps, as a live database has them; each row's version is its feed seq (V5 layout).
        v5.useHandle(h -> {
            insertV5(h, 7, "YJ2026111800001", caseId, judgeId, lawyerId, "2026-11-18T02:00:00Z", "PENDING_REVIEW", 1);
            insertV5(h, 8, "YJ2026111900001", caseId, judgeId, lawyerId, "2026-11-19T02:00:00Z", "REJECTED", 3);
            h.execute("UPDATE reading_request SET reviewer_id = ?, review_date = DATE '2026-11-20', opinion = 'DISAGREE', "
                    + "explanation = '材料不全' WHERE id = 8", judgeId);
            insertV5(h, 12, "YJ2026112000001", caseId, judgeId, lawyerId, "2026-11-20T02:00:00Z", "APPROVED", 4);
            h.execute("UPDATE reading_request SET reviewer_id = ?, review_date = DATE '2026-11-21', opinion = 'AGREE', "
                    + "explanation = '同意', mode = 'ON_SITE', on_site_start = DATE '2026-11-24', "
                    + "on_site_end = DATE '2026-11-28' WHERE id = 12", judgeId);
            // The change feed: seq 2 of request 8 was superseded by seq 3.
            feed(h, 1, 7, judgeId, lawyerId);
            feed(h, 2, 8, judgeId, lawyerId);
            feed(h, 3, 8, judgeId, lawyerId);
            feed(h, 4, 12, judgeId, lawyerId);
            h.execute("UPDATE feed_counter SET last_seq = 4 WHERE id = 1");
            h.execute("INSERT INTO audit_log (kind, request_id, at, actor_id, actor_name, action, detail) VALUES "
                    + "('CASE_FILE_READING', 8, TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+08:00', ?, '法官', '审查不通过', "
                    + "'审查意见：不同意；材料不全')", judgeId);
        });

        try (TestServer server = TestServer.startOn(dir)) {
            HttpTestClient judge = server.client().login("judge.v5", TestData.PASSWORD);
            HttpTestClient lawyer = server.client().login("lawyer.v5", TestData.PASSWORD);

            ReadingRequestView pending = judge.get("/api/v1/judge/reading-requests/7").as(ReadingRequestView.class);
            assertThat(List.of(pending.id(), pending.version())).containsExactly(7L, 1L);
            assertThat(pending.applicationNo()).isEqualTo("YJ2026111800001");
            assertThat(pending.status()).isEqualTo(RequestStatus.PENDING_REVIEW);
            assertThat(pending.caseNumber()).isEqualTo("（2024）粤0106民初1234号");
            assertThat(pending.submittedAt()).isEqualTo(Instant.parse("2026-11-18T02:00:00Z"));

            ReadingRequestView rejected = judge.get("/api/v1/judge/reading-requests/8").as(ReadingRequestView.class);
            assertThat(rejected.status()).isEqualTo(RequestStatus.REJECTED);
            assertThat(rejected.version()).isEqualTo(3);
            assertThat(rejected.review().opinion()).isEqualTo(ReviewOpinion.DISAGREE);
            assertThat(rejected.review().explanation()).isEqualTo("材料不全");
            assertThat(rejected.audit()).singleElement().satisfies(a -> assertThat(a.detail()).isEqualTo("审查意见：不同意；材料不全"));

            ReadingRequestView approved = judge.get("/api/v1/judge/reading-requests/12").as(ReadingRequestView.class);
            assertThat(approved.status()).isEqualTo(RequestStatus.APPROVED);
            assertThat(approved.version()).isEqualTo(4);
            assertThat(approved.review().onSiteEnd()).isEqualTo(LocalDate.of(2026, 11, 28));

            // The applicant's list, newest first, and the feed with the same seqs (the superseded one left out).
            List<ReadingRequestView> mine = lawyer.get("/api/v1/reading-requests")
                    .as(new TypeReference<List<ReadingRequestView>>() {});
            assertThat(mine).extracting(ReadingRequestView::applicationNo)
                    .containsExactly("YJ2026112000001", "YJ2026111900001", "YJ2026111800001");
            ChangesPage feed = judge.get("/api/v1/changes?since=0&limit=200").as(ChangesPage.class);
            assertThat(feed.changes()).extracting(c -> c.seq() + ":" + c.requestId() + ":" + c.viewAs(ReadingRequestView.class).version())
                    .containsExactly("1:7:1", "3:8:3", "4:12:4");
            assertThat(feed.nextCursor()).isEqualTo(4);

            // The pipeline works on the migrated rows: the decision moves the header, its version is the next seq.
            HttpTestClient.Response decided = judge.post("/api/v1/judge/reading-requests/7/decision",
                    ReadingFixtures.refuse(1, "材料不全"));
            assertThat(decided.status()).isEqualTo(200);
            ReadingRequestView after = decided.as(DecisionResult.class).requestAs(ReadingRequestView.class);
            assertThat(List.of(after.id(), after.version())).containsExactly(7L, 5L);
            assertThat(after.status()).isEqualTo(RequestStatus.REJECTED);
            assertThat(after.applicationNo()).isEqualTo("YJ2026111800001");

            // A stale version is still a conflict, and nothing changed.
            assertThat(judge.post("/api/v1/judge/reading-requests/12/attendance",
                    java.util.Map.of("idempotencyKey", UUID.randomUUID().toString(), "baseVersion", 3, "attended", false))
                    .code()).isEqualTo("VERSION_CONFLICT");

            // The next request of any kind gets an id above the carried-over ones, and the next serial of its day.
            Requests.Created next = server.jdbi().inTransaction(h -> Requests.create(h, new Requests.New(
                    RequestKind.CASE_FILE_READING, "YJ", LocalDate.of(2026, 11, 20), caseId, COURT, judgeId, null,
                    lawyerId, Instant.parse("2026-11-20T05:00:00Z"), RequestStatus.PENDING_REVIEW, null)));
            assertThat(next).isEqualTo(new Requests.Created(13, "YJ2026112000002"));
        }
    }

    private static void insertV5(org.jdbi.v3.core.Handle h, long id, String no, long caseId, long judgeId, long applicantId,
                                 String at, String status, long version) {
        h.createUpdate("INSERT INTO reading_request (id, application_no, case_id, court_code, judge_id, applicant_id, "
                        + "application_date, submitted_at, content, reason, requested_mode, status, version) "
                        + "VALUES (:id, :no, :c, :court, :j, :a, :d, :at, '全案卷宗', '代理案件需要查阅卷宗', 'ONLINE', :s, :v)")
                .bind("id", id).bind("no", no).bind("c", caseId).bind("court", COURT).bind("j", judgeId)
                .bind("a", applicantId).bind("d", LocalDate.ofInstant(Instant.parse(at), java.time.ZoneOffset.ofHours(8)))
                .bind("at", java.time.OffsetDateTime.parse(at)).bind("s", status).bind("v", version).execute();
    }

    private static void feed(org.jdbi.v3.core.Handle h, long seq, long id, long judgeId, long applicantId) {
        h.execute("INSERT INTO change_log (seq, kind, request_id, judge_id, applicant_id, op, at) "
                + "VALUES (?, 'CASE_FILE_READING', ?, ?, ?, 'UPSERT', CURRENT_TIMESTAMP)", seq, id, judgeId, applicantId);
    }
}
