package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.api.Json;
import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.outbox.Outbox;
import org.courtdesk.app.outbox.OutboxFiles;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.sync.SyncService.Outcome;
import org.courtdesk.app.workspace.StaffOp;
import org.courtdesk.app.workspace.FileRejectedException;
import org.courtdesk.app.workspace.OutgoingFile;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.transcript.TranscriptAttachForm;
import org.courtdesk.server.demo.DemoAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The outbox's file actions against the real demo court, at the data layer (no screens): a transcript PDF queued
 * offline is kept encrypted in the cache, survives a 503, a lost answer and the SIGKILL of the workstation process in
 * the middle of its upload, and is stored by the server exactly once; a refusal keeps the file with the reason in
 * Chinese until the user retries or discards it; a file over the limit is not queued. A {@link FaultProxy} between the
 * workstation and the court breaks what each step needs.
 */
class OutboxFilesE2eTest {

    static DemoCourt court;

    /** The server's attaching of a hearing transcript (庭审笔录), as a file action of the outbox. */
    static final StaffOp ATTACH = StaffOp.uploadCreation("transcript-attach", "api/v1/judge/transcripts", "transcript");

    @TempDir
    Path home;
    FaultProxy proxy;
    LocalWorkspace ws;

    @BeforeAll
    static void startCourt() {
        Messages.use(Messages.CHINESE);
        court = DemoCourt.start();
    }

    @AfterAll
    static void stopCourt() {
        if (court != null) {
            court.close();
        }
    }

    @AfterEach
    void tearDown() {
        if (ws != null) {
            ws.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    /** A case of {@code judge} with a party who has an account (who reads the transcript over HTTP). */
    record Case(String number, String party) {}

    static Case caseOf(String judge) {
        return court.jdbi().withHandle(h -> h.createQuery("SELECT c.case_number, a.username FROM court_case c "
                        + "JOIN account j ON j.id = c.judge_id JOIN case_party p ON p.case_id = c.id "
                        + "JOIN account a ON a.id = p.account_id WHERE j.username = :j ORDER BY c.id")
                .bind("j", judge).map((rs, c) -> new Case(rs.getString(1), rs.getString(2))).first());
    }

    static String otherJudgesCase() {
        return court.jdbi().withHandle(h -> h.createQuery("SELECT c.case_number FROM court_case c "
                        + "JOIN account j ON j.id = c.judge_id WHERE j.username <> :j ORDER BY c.id")
                .bind("j", DemoAccounts.JUDGE_CHEN).mapTo(String.class).first());
    }

    static int transcriptsTitled(String title) {
        return court.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM hearing_transcript WHERE title = :t")
                .bind("t", title).mapTo(Integer.class).one());
    }

    static byte[] pdf(String marker) {
        return new org.courtdesk.server.pdf.PlainPdf().title(marker, 16f).toBytes();
    }

    LocalWorkspace login(String url) throws Exception {
        LocalWorkspace w = DemoSignIn.judgeChen(home, url);
        assertThat(w.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
        return w;
    }

    PendingAction queueTranscript(String caseNumber, String title, byte[] pdf) throws FileRejectedException {
        return ws.saveUploadCreation(RequestKind.HEARING_TRANSCRIPT, ATTACH,
                new TranscriptAttachForm(caseNumber, court.today(), title),
                List.of(new OutgoingFile("PDF", title + ".pdf", "application/pdf", pdf)));
    }

    static JsonNode get(String user, String path) throws Exception {
        try (ApiClient api = new ApiClient(court.baseUrl())) {
            String token = api.login(user, DemoAccounts.PASSWORD.toCharArray()).token();
            okhttp3.OkHttpClient http = new okhttp3.OkHttpClient();
            try (okhttp3.Response r = http.newCall(new okhttp3.Request.Builder().url(court.baseUrl() + path)
                    .header("Authorization", "Bearer " + token).build()).execute()) {
                assertThat(r.code()).as(path).isEqualTo(200);
                String body = r.body().string();
                return body.startsWith("%PDF") ? null : Json.read(body, JsonNode.class);
            }
        }
    }

    @Test
    void aTranscriptQueuedOfflineIsKeptEncryptedAndStoredOnceThroughA503AndALostAnswer() throws Exception {
        proxy = new FaultProxy(court.baseUrl(), p -> p.equals("/api/v1/judge/transcripts"));
        ws = login(proxy.baseUrl());
        Case kase = caseOf(DemoAccounts.JUDGE_CHEN);
        String title = "第一次庭审笔录-离线-" + System.nanoTime();
        String marker = "MARKER-" + System.nanoTime();

        proxy.down = true;
        PendingAction saved = queueTranscript(kase.number(), title, pdf(marker));
        assertThat(saved.isCreation()).isTrue();
        assertThat(saved.files()).singleElement().satisfies(f -> {
            assertThat(f.part()).isEqualTo("PDF");
            assertThat(f.size()).isPositive();
        });
        assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OFFLINE);
        assertThat(ws.pendingCreations(RequestKind.HEARING_TRANSCRIPT)).singleElement()
                .satisfies(p -> assertThat(p.state()).isEqualTo(OutboxState.PENDING));
        assertThat(ws.syncStatus().pendingUploads()).isEqualTo(1);
        // The PDF waits inside the encrypted cache: its bytes are nowhere in the clear on disk.
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain(marker).doesNotContain("%PDF-");
            }
        }
        assertThat(transcriptsTitled(title)).isZero();

        // Back, but the first answer is a 503 and the second is lost after the server stored it.
        proxy.down = false;
        proxy.then(FaultProxy.Fault.SERVER_ERROR, FaultProxy.Fault.LOSE_ANSWER);
        assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.SERVER_TROUBLE);
        assertThat(transcriptsTitled(title)).isZero();
        // The lost answer: the HTTP client may send it again on a fresh connection at once (same key), or the cycle
        // ends offline and the next one sends it; either way the server replays what it stored.
        Outcome lost = ws.syncService().runCycle(true).outcome();
        assertThat(lost).isIn(Outcome.OFFLINE, Outcome.OK);
        assertThat(transcriptsTitled(title)).as("stored, the answer lost").isOne();
        if (lost == Outcome.OFFLINE) {
            assertThat(ws.pendingCreations(RequestKind.HEARING_TRANSCRIPT)).hasSize(1);
            assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
        }

        assertThat(transcriptsTitled(title)).as("sent three times, stored once").isOne();
        assertThat(proxy.matched.get()).isEqualTo(3);
        assertThat(ws.pendingCreations(RequestKind.HEARING_TRANSCRIPT)).isEmpty();
        assertThat(ws.cache().read(OutboxFiles::count)).as("the bytes leave the cache once confirmed").isZero();

        // The party of the case reads it over HTTP, with the reading deadline the court counts.
        JsonNode mine = null;
        for (JsonNode t : get(kase.party(), "/api/v1/transcripts")) {
            if (t.path("title").asText().equals(title)) {
                mine = t;
            }
        }
        assertThat(mine).as("the party sees the transcript").isNotNull();
        int days = court.jdbi().withHandle(h -> h.createQuery("SELECT c.transcript_reading_days FROM court c JOIN "
                + "court_case cc ON cc.court_code = c.code WHERE cc.case_number = :n").bind("n", kase.number())
                .mapTo(Integer.class).one());
        assertThat(LocalDate.parse(mine.path("readableUntil").asText())).isEqualTo(court.today().plusDays(days));
        assertThat(get(kase.party(), "/api/v1/documents/" + mine.path("sha256").asText())).isNull();
    }

    @Test
    void aRefusalKeepsTheFileWithTheReasonInChineseUntilRetriedOrDiscarded() throws Exception {
        ws = login(court.baseUrl());
        String title = "他案笔录-" + System.nanoTime();
        PendingAction saved = queueTranscript(otherJudgesCase(), title, pdf(title));
        assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
        PendingAction refused = ws.pendingCreations(RequestKind.HEARING_TRANSCRIPT).get(0);
        assertThat(refused.id()).isEqualTo(saved.id());
        assertThat(refused.state()).isEqualTo(OutboxState.REFUSED);
        assertThat(refused.errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(refused.lastError()).contains("案件");
        assertThat(refused.files()).hasSize(1);
        assertThat(ws.cache().read(OutboxFiles::count)).isOne();
        assertThat(transcriptsTitled(title)).isZero();

        assertThat(ws.retryAction(refused.id())).isTrue();
        assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
        assertThat(ws.pendingCreations(RequestKind.HEARING_TRANSCRIPT)).singleElement()
                .satisfies(p -> assertThat(p.state()).isEqualTo(OutboxState.REFUSED));

        ws.discardAction(refused.id());
        assertThat(ws.pendingCreations(RequestKind.HEARING_TRANSCRIPT)).isEmpty();
        assertThat(ws.cache().read(OutboxFiles::count)).isZero();
        assertThat(ws.cache().read(Outbox::all)).isEmpty();
    }

    @Test
    void aFileOverTheLimitOrEmptyIsNotQueued() throws Exception {
        ws = login(court.baseUrl());
        Case kase = caseOf(DemoAccounts.JUDGE_CHEN);
        byte[] big = new byte[(int) OutgoingFile.MAX_BYTES + 1];
        assertThatThrownBy(() -> queueTranscript(kase.number(), "太大", big))
                .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                    assertThat(e.problems()).containsExactly(ErrorCode.MATERIAL_TOO_LARGE);
                    assertThat(Messages.text(e.text())).contains("太大.pdf").contains("10.0 MB").contains("超过");
                });
        assertThatThrownBy(() -> queueTranscript(kase.number(), "空", new byte[0]))
                .isInstanceOfSatisfying(FileRejectedException.class,
                        e -> assertThat(Messages.text(e.text())).contains("空文件"));
        assertThat(ws.cache().read(Outbox::all)).isEmpty();
        assertThat(ws.cache().read(OutboxFiles::count)).isZero();
    }

    @Test
    void theWorkstationKilledMidUploadSendsItOnceAfterRestart() throws Exception {
        proxy = new FaultProxy(court.baseUrl(), p -> p.equals("/api/v1/judge/transcripts"));
        proxy.then(FaultProxy.Fault.HOLD);
        Case kase = caseOf(DemoAccounts.JUDGE_CHEN);
        String title = "第二次庭审笔录-中断-" + System.nanoTime();
        Path pdfFile = Files.write(home.resolve("in.pdf"), pdf(title));
        Path appData = Files.createDirectories(home.resolve("appdata"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashMidUpload.class.getName(),
                appData.toString(), proxy.baseUrl(), DemoAccounts.JUDGE_CHEN, DemoAccounts.PASSWORD, kase.number(),
                court.today().toString(), title, pdfFile.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("child.log").toFile()).start();
        try {
            assertThat(proxy.held.await(3, TimeUnit.MINUTES)).as("the upload reached the server: "
                    + Files.readString(home.resolve("child.log"))).isTrue();
            p.destroyForcibly(); // SIGKILL, mid-upload: the server has it, the workstation never heard
            assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(Files.readString(home.resolve("child.log"))).contains("SAVED").doesNotContain("NOT KILLED");
        assertThat(transcriptsTitled(title)).isOne();

        // Started again on the same cache: the action is still there with its file and its key, sent, replayed.
        ws = DemoSignIn.judgeChen(appData, proxy.baseUrl());
        assertThat(ws.pendingCreations(RequestKind.HEARING_TRANSCRIPT)).singleElement()
                .satisfies(a -> assertThat(a.files()).hasSize(1));
        assertThat(ws.syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
        assertThat(ws.pendingCreations(RequestKind.HEARING_TRANSCRIPT)).isEmpty();
        assertThat(transcriptsTitled(title)).as("killed mid-upload, stored once").isOne();
        assertThat(proxy.matched.get()).isEqualTo(2);
    }
}
