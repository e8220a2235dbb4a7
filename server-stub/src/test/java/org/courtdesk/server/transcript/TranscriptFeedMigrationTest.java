package org.courtdesk.server.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.transcript.TranscriptInfo;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * V25 on a court that already has hearing transcripts (issue 12): each gets its feed entry TRANSCRIPT_FILE, numbered
 * after every change there was, for the judge of its case — so a workstation whose cursor is past their attachment pulls
 * them — and another judge's feed has none of them.
 */
class TranscriptFeedMigrationTest {

    static final String COURT = "粤0106";

    @Test
    void transcriptsStoredBeforeV25ComeThroughTheFeedAfterIt() throws Exception {
        Path dir = Files.createTempDirectory("courtdesk-v24");
        String url = TestServer.jdbcUrl(dir);
        Flyway.configure().dataSource(url, "sa", "").locations(org.courtdesk.server.db.Vendor.migrationLocations(url))
                .target("24").load().migrate();
        Jdbi v24 = Jdbi.create(url, "sa", "");
        TestData data = new TestData(v24).court(COURT, "广州市天河区人民法院");
        long judge = data.judge("judge.v24", COURT);
        data.judge("judge2.v24", COURT);
        long kase = data.caseOf(COURT, "（2026）粤0106民初4242号", judge, CaseStatus.IN_TRIAL, false);
        String sha = "ab".repeat(32);
        v24.useHandle(h -> {
            // the catalogue row only (its bytes would be in the file store; nothing here reads them)
            h.execute("INSERT INTO blob (sha256, content_type, size_bytes, content, stored_at) "
                    + "VALUES (?, 'application/pdf', 10, NULL, CURRENT_TIMESTAMP)", sha);
            for (String title : List.of("第一次庭审笔录", "第二次庭审笔录")) {
                h.execute("INSERT INTO hearing_transcript (case_id, hearing_date, title, file_name, size_bytes, sha256, "
                        + "attached_by, attached_at, readable_until) VALUES (?, DATE '2026-12-01', ?, '笔录.pdf', 10, ?, ?, "
                        + "CURRENT_TIMESTAMP, DATE '2026-12-06')", kase, title, sha, judge);
            }
            h.execute("UPDATE feed_counter SET last_seq = 40 WHERE id = 1"); // changes of requests long pulled
        });

        try (TestServer server = TestServer.startOn(dir)) {
            HttpTestClient client = server.client().login("judge.v24", TestData.PASSWORD);
            HttpTestClient.Response r = client.get("/api/v1/changes?since=40&limit=100&entries=true");
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            List<Change> changes = r.as(ChangesPage.class).changes();
            assertThat(changes).hasSize(2).allSatisfy(c -> {
                assertThat(c.kind()).isEqualTo(RequestKind.HEARING_TRANSCRIPT);
                assertThat(c.entry()).isEqualTo(TranscriptInfo.FEED_ENTRY);
                assertThat(c.op()).isEqualTo(ChangeOp.UPSERT);
                assertThat(c.seq()).isGreaterThan(40);
            });
            assertThat(changes).extracting(c -> Json.MAPPER.convertValue(c.item(), TranscriptInfo.class).title())
                    .containsExactly("第一次庭审笔录", "第二次庭审笔录");
            HttpTestClient other = server.client().login("judge2.v24", TestData.PASSWORD);
            assertThat(other.get("/api/v1/changes?since=0&limit=100&entries=true").as(ChangesPage.class).changes()).isEmpty();
            // the counter moved past them: the next change is numbered after
            long last = server.jdbi().withHandle(h -> h.createQuery("SELECT last_seq FROM feed_counter WHERE id = 1")
                    .mapTo(Long.class).one());
            assertThat(last).isEqualTo(42);
        }
    }
}
