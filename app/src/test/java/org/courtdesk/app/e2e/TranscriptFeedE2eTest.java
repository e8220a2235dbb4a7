package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.sync.SyncService.Outcome;
import org.courtdesk.app.ui.transcript.TranscriptUploads;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.transcript.TranscriptInfo;
import org.courtdesk.server.demo.DemoAccounts;
import org.courtdesk.server.transcript.TranscriptRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 庭审笔录 through the changes feed against the real demo court (issue 12): the first sync brings every transcript of
 * judge.chen's cases into the cache (and no other judge's); a transcript attached on the server afterwards is listed
 * after the next sync; with the court stopped the workstation — still running, and signed in again offline from its
 * cache — lists the case's transcripts synced before, with no request to the server.
 */
class TranscriptFeedE2eTest {

    @TempDir
    Path home;
    DemoCourt court;

    @AfterEach
    void stop() {
        if (court != null) {
            court.close();
        }
    }

    List<Long> serverTranscriptsOf(String judge) {
        return court.jdbi().withHandle(h -> h.createQuery("SELECT t.id FROM hearing_transcript t "
                + "JOIN court_case c ON c.id = t.case_id JOIN account j ON j.id = c.judge_id WHERE j.username = :j "
                + "ORDER BY t.id").bind("j", judge).mapTo(Long.class).list());
    }

    static List<Long> cachedIds(LocalWorkspace ws) {
        return ws.entries(RequestKind.HEARING_TRANSCRIPT, TranscriptInfo.FEED_ENTRY, TranscriptInfo.class).stream()
                .map(TranscriptInfo::id).sorted().toList();
    }

    @Test
    void transcriptsComeWithTheSyncAndAreListedOffline() throws Exception {
        Messages.use(Messages.CHINESE);
        court = DemoCourt.start();
        String number = court.jdbi().withHandle(h -> h.createQuery("SELECT c.case_number FROM court_case c "
                + "JOIN account j ON j.id = c.judge_id WHERE j.username = :j ORDER BY c.id")
                .bind("j", DemoAccounts.JUDGE_CHEN).mapTo(String.class).first());
        long caseId = court.jdbi().withHandle(h -> h.createQuery("SELECT id FROM court_case WHERE case_number = :n")
                .bind("n", number).mapTo(Long.class).one());
        long judge = court.accountId(DemoAccounts.JUDGE_CHEN);

        long attached;
        try (LocalWorkspace ws = DemoSignIn.judgeChen(home, court.baseUrl())) {
            assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
            List<Long> own = serverTranscriptsOf(DemoAccounts.JUDGE_CHEN);
            assertThat(own).as("the demo court has transcripts of judge.chen").isNotEmpty();
            assertThat(cachedIds(ws)).as("every transcript of the judge's cases, and only those").isEqualTo(own);

            // attached on the server (by the clerk's upload, here straight into the court): listed after a sync
            attached = court.jdbi().inTransaction(h -> TranscriptRepository.attach(h, caseId, court.today(),
                    "补充庭审笔录（同步）", "补充.pdf", new org.courtdesk.server.pdf.PlainPdf().title("补充", 16f).toBytes(),
                    judge, java.time.Instant.now(), court.today().plusDays(5)));
            TranscriptUploads model = new TranscriptUploads(ws);
            assertThat(model.load(number).lines()).noneMatch(l -> l.transcript() != null && l.transcript().id() == attached);
            assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
            TranscriptUploads.CaseTranscripts online = model.load(number);
            assertThat(online.lines()).anySatisfy(l -> {
                assertThat(l.transcript().id()).isEqualTo(attached);
                assertThat(l.transcript().title()).isEqualTo("补充庭审笔录（同步）");
            });
            assertThat(online.live()).isTrue();

            // the court goes away: the running workstation still lists them
            court.stop();
            assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OFFLINE);
            TranscriptUploads.CaseTranscripts offline = model.load(number);
            assertThat(offline.live()).isFalse();
            assertThat(offline.asOf()).isNotNull();
            assertThat(offline.lines()).extracting(l -> l.transcript().id()).contains(attached)
                    .containsExactlyElementsOf(online.lines().stream().map(l -> l.transcript().id()).toList());
        }
        // signed in again while the court is down: from the encrypted cache
        try (LocalWorkspace ws = DemoSignIn.judgeChen(home, court.baseUrl())) {
            assertThat(new TranscriptUploads(ws).load(number).lines())
                    .anySatisfy(l -> assertThat(l.transcript().id()).isEqualTo(attached));
        }
    }
}
