package org.courtdesk.server.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.server.transcript.TranscriptCourt.attach;

import java.util.List;
import java.util.UUID;

import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangeOp;
import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.transcript.TranscriptAttachForm;
import org.courtdesk.model.transcript.TranscriptInfo;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hearing transcripts in the changes feed (issue 12): a transcript attached to a case is a feed entry
 * {@link TranscriptInfo#FEED_ENTRY} of 庭审笔录 for the judge of the case and the clerks serving them, carrying the
 * transcript; another judge's feed has none of it, a refused attach adds nothing to the feed, and a replayed attach
 * (same key) no second entry.
 */
class TranscriptFeedEntryTest {

    static TranscriptCourt court;
    static TestServer server;
    static long judge;
    static long clerk;
    static long otherJudge;
    static String caseNumber;
    static String otherCase;

    @BeforeAll
    static void start() {
        court = TranscriptCourt.start("tf");
        server = court.server;
        judge = court.judge;
        clerk = court.clerk;
        otherJudge = court.otherJudge;
        caseNumber = "（2026）粤0106民初2888号";
        otherCase = "（2026）粤0106民初2889号";
        TestData data = court.data;
        data.caseOf(ReadingFixtures.COURT, caseNumber, judge, CaseStatus.IN_TRIAL, false);
        data.caseOf(ReadingFixtures.COURT, otherCase, otherJudge, CaseStatus.IN_TRIAL, false);
    }

    @AfterAll
    static void stop() {
        court.close();
    }

    static List<Change> transcriptEntries(HttpTestClient who) {
        HttpTestClient.Response r = who.get("/api/v1/changes?since=0&limit=1000&entries=true");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.as(ChangesPage.class).changes().stream()
                .filter(c -> c.kind() == RequestKind.HEARING_TRANSCRIPT && TranscriptInfo.FEED_ENTRY.equals(c.entry()))
                .toList();
    }

    static long feedRows() {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM change_log").mapTo(Long.class).one());
    }

    @Test
    void aTranscriptReachesTheFeedOfItsCasesJudgeAndClerkOnly() {
        HttpTestClient clerkClient = court.login(clerk);
        TranscriptAttachForm form = new TranscriptAttachForm(caseNumber, server.server().context().today(), "第一次庭审笔录");
        HttpTestClient.Response ok = attach(clerkClient, form, UUID.randomUUID());
        assertThat(ok.status()).as(ok.text()).isEqualTo(201);
        TranscriptInfo info = ok.as(TranscriptInfo.class);
        HttpTestClient.Response other = attach(court.login(otherJudge),
                new TranscriptAttachForm(otherCase, server.server().context().today(), "他案笔录"), UUID.randomUUID());
        assertThat(other.status()).as(other.text()).isEqualTo(201);

        for (HttpTestClient who : List.of(court.login(judge), clerkClient)) {
            assertThat(transcriptEntries(who)).singleElement().satisfies(c -> {
                assertThat(c.requestId()).isEqualTo(info.id());
                assertThat(c.op()).isEqualTo(ChangeOp.UPSERT);
                assertThat(c.view()).isNull();
                TranscriptInfo item = Json.MAPPER.convertValue(c.item(), TranscriptInfo.class);
                assertThat(item).isEqualTo(info);
            });
        }
        // the other judge sees their own case's transcript, not this one
        assertThat(transcriptEntries(court.login(otherJudge))).singleElement()
                .satisfies(c -> assertThat(c.requestId()).isNotEqualTo(info.id()));
    }

    @Test
    void aRefusedAttachAddsNothingToTheFeedAndAReplayNoSecondEntry() {
        HttpTestClient judgeClient = court.login(judge);
        long before = feedRows();
        // another judge's case: refused, nothing in the feed
        HttpTestClient.Response refused = attach(judgeClient,
                new TranscriptAttachForm(otherCase, server.server().context().today(), "越权笔录"), UUID.randomUUID());
        assertThat(refused.status()).as(refused.text()).isEqualTo(404);
        assertThat(feedRows()).isEqualTo(before);

        UUID key = UUID.randomUUID();
        TranscriptAttachForm form = new TranscriptAttachForm(caseNumber, server.server().context().today(), "第二次庭审笔录");
        assertThat(attach(judgeClient, form, key).status()).isEqualTo(201);
        assertThat(feedRows()).isEqualTo(before + 1);
        assertThat(attach(judgeClient, form, key).header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(feedRows()).as("a replay records no second change").isEqualTo(before + 1);
    }
}
