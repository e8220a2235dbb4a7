package org.courtdesk.server.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.server.transcript.TranscriptCourt.PDF;
import static org.courtdesk.server.transcript.TranscriptCourt.attach;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.model.transcript.TranscriptAttachForm;
import org.courtdesk.model.transcript.TranscriptCorrectionForm;
import org.courtdesk.model.transcript.TranscriptCorrectionView;
import org.courtdesk.model.transcript.TranscriptDecision;
import org.courtdesk.model.transcript.TranscriptInfo;
import org.courtdesk.server.reading.judge.ReadingFixtures;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Part;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestData;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 庭审笔录 over HTTP: the clerk attaches a hearing's PDF to the judge's case; the party and the lawyer of the case read it
 * within the court's reading days and raise a 申请补正; the judge refuses one with a reason and agrees to another (once,
 * replayed by key); every refusal stores nothing; another judge and another applicant get the 404 of a missing one;
 * after the reading days a 申请补正 is refused and the PDF is closed to the parties (not to the court).
 */
class TranscriptFlowTest {

    static TranscriptCourt court;
    static TestServer server;
    static TestData data;
    static long judge;
    static long clerk;
    static long otherJudge;
    static long lawyer;
    static long party;
    static long stranger;
    static String caseNumber;

    @BeforeAll
    static void start() {
        court = TranscriptCourt.start("tr");
        server = court.server;
        data = court.data;
        judge = court.judge;
        clerk = court.clerk;
        otherJudge = court.otherJudge;
        lawyer = data.account(ReadingFixtures.unique("tr.lawyer"), Role.LAWYER, null, true);
        party = data.account(ReadingFixtures.unique("tr.party"), Role.PARTY, null, true);
        stranger = data.account(ReadingFixtures.unique("tr.stranger"), Role.PARTY, null, true);
        caseNumber = "（2026）粤0106民初2777号";
        long kase = data.caseOf(ReadingFixtures.COURT, caseNumber, judge, CaseStatus.IN_TRIAL, false);
        long plaintiff = data.party(kase, "PLAINTIFF", "广州某某贸易有限公司", party);
        data.bind(kase, plaintiff, lawyer);
    }

    @AfterAll
    static void stop() {
        court.close();
    }

    static long count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    static List<Long> footprint() {
        return List.of(count("SELECT COUNT(*) FROM hearing_transcript"), count("SELECT COUNT(*) FROM transcript_correction"),
                count("SELECT COUNT(*) FROM request"), count("SELECT COUNT(*) FROM change_log"),
                count("SELECT COUNT(*) FROM audit_log"), count("SELECT COUNT(*) FROM notification"),
                count("SELECT COUNT(*) FROM idempotency_key"), count("SELECT COUNT(*) FROM blob"),
                count("SELECT COUNT(*) FROM transcript_correction WHERE decided_at IS NOT NULL"));
    }

    static void refused(Supplier<Response> call, int status, String code) {
        List<Long> before = footprint();
        Response r = call.get();
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.code()).as(r.text()).isEqualTo(code);
        assertThat(footprint()).as("nothing stored on " + code).isEqualTo(before);
    }

    static Response correct(HttpTestClient who, long transcript, String content) {
        return who.post("/api/v1/transcript-corrections", new TranscriptCorrectionForm(transcript, content),
                "Idempotency-Key", UUID.randomUUID().toString());
    }

    @Test
    void attachedReadCorrectedAndAnswered() {
        HttpTestClient clerkClient = court.login(clerk);
        LocalDate today = server.server().context().today();
        TranscriptAttachForm form = new TranscriptAttachForm(caseNumber, today.minusDays(1), "第一次庭审笔录");
        // refusals first: nothing stored by any
        refused(() -> attach(court.login(otherJudge), form, PDF, UUID.randomUUID()), 404, "NOT_FOUND");
        refused(() -> attach(clerkClient, form, "not a pdf".getBytes(), UUID.randomUUID()), 415,
                "MATERIAL_CONTENT_REFUSED");
        refused(() -> attach(clerkClient, new TranscriptAttachForm(caseNumber, today.plusDays(1), "笔录"), PDF,
                UUID.randomUUID()), 400, "TRANSCRIPT_HEARING_DATE_INVALID");
        refused(() -> attach(court.login(party), form, PDF, UUID.randomUUID()), 403, "FORBIDDEN");
        refused(() -> court.login(otherJudge).multipart("/api/v1/judge/transcripts", List.of(Part.json("transcript", form),
                Part.file("PDF", "a.png", "image/png", pngBytes())), "Idempotency-Key", UUID.randomUUID().toString()),
                400, "TRANSCRIPT_PDF_REQUIRED");

        UUID key = UUID.randomUUID();
        Response attached = attach(clerkClient, form, PDF, key);
        assertThat(attached.status()).as(attached.text()).isEqualTo(201);
        TranscriptInfo info = attached.as(TranscriptInfo.class);
        assertThat(info.readableUntil()).isEqualTo(today.plusDays(5));
        List<Long> before = footprint();
        assertThat(attach(clerkClient, form, PDF, key).header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(footprint()).isEqualTo(before);

        // the judge lists it per case; another judge does not see it
        assertThat(court.login(judge).get("/api/v1/judge/transcripts?caseNumber=" + caseNumber).json().findValues("id"))
                .extracting(n -> n.asLong()).containsExactly(info.id());
        assertThat(court.login(otherJudge).get("/api/v1/judge/transcripts").json().findValues("id")).isEmpty();

        // the party and the lawyer read it; a stranger neither sees nor reads it
        HttpTestClient partyClient = court.login(party);
        assertThat(partyClient.get("/api/v1/transcripts").json().findValues("id")).extracting(n -> n.asLong())
                .contains(info.id());
        assertThat(partyClient.get("/api/v1/documents/" + info.sha256()).status()).isEqualTo(200);
        assertThat(court.login(lawyer).get("/api/v1/documents/" + info.sha256()).status()).isEqualTo(200);
        HttpTestClient strangerClient = court.login(stranger);
        assertThat(strangerClient.get("/api/v1/transcripts").json().findValues("id")).isEmpty();
        assertThat(strangerClient.get("/api/v1/documents/" + info.sha256()).status()).isEqualTo(404);

        // 申请补正
        refused(() -> correct(partyClient, info.id(), "  "), 400, "TRANSCRIPT_CORRECTION_REQUIRED");
        refused(() -> correct(strangerClient, info.id(), "第3页有误"), 404, "NOT_FOUND");
        refused(() -> correct(court.login(judge), info.id(), "第3页有误"), 403, "FORBIDDEN");
        Response c1 = correct(partyClient, info.id(), "第3页借款金额应为伍万元");
        assertThat(c1.status()).as(c1.text()).isEqualTo(201);
        assertThat(c1.json().path("applicationNo").asText()).startsWith("BZ");
        long first = c1.json().path("id").asLong();
        Response c2 = correct(court.login(lawyer), info.id(), "漏记证据第4项");
        long second = c2.json().path("id").asLong();

        // the judge answers: a refusal needs its reason; another judge cannot touch it
        HttpTestClient judgeClient = court.login(judge);
        String path = "/api/v1/judge/transcript-corrections/";
        TranscriptCorrectionView v1 = judgeClient.get(path + first).as(TranscriptCorrectionView.class);
        assertThat(v1.transcript().title()).isEqualTo("第一次庭审笔录");
        assertThat(v1.status().label()).isEqualTo("待答复");
        refused(() -> judgeClient.post(path + first + "/decision", new TranscriptDecision(UUID.randomUUID(),
                v1.version(), false, " ")), 400, "TRANSCRIPT_REFUSAL_REASON_REQUIRED");
        refused(() -> court.login(otherJudge).post(path + first + "/decision", new TranscriptDecision(UUID.randomUUID(),
                v1.version(), true, null)), 404, "NOT_FOUND");
        assertThat(court.login(otherJudge).get(path + first).status()).isEqualTo(404);
        TranscriptDecision refuse = new TranscriptDecision(UUID.randomUUID(), v1.version(), false, "经核对录音录像，记载无误");
        Response r = judgeClient.post(path + first + "/decision", refuse);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.json().path("request").path("status").asText()).isEqualTo("CORRECTION_REFUSED");
        assertThat(judgeClient.post(path + first + "/decision", refuse).json().path("replayed").asBoolean()).isTrue();
        refused(() -> judgeClient.post(path + first + "/decision", new TranscriptDecision(UUID.randomUUID(),
                judgeClient.get(path + first).json().path("version").asLong(), true, null)), 409, "ILLEGAL_TRANSITION");
        Response agreed = court.login(clerk).post(path + second + "/decision", new TranscriptDecision(UUID.randomUUID(),
                judgeClient.get(path + second).json().path("version").asLong(), true, null));
        assertThat(agreed.json().path("request").path("status").asText()).isEqualTo("CORRECTION_AGREED");
        assertThat(server.sms().fullTexts(first)).hasSize(1).first().asString().contains("不予补正").contains("记载无误");
        assertThat(partyClient.get("/api/v1/transcript-corrections/" + first).json().path("answer").path("reason")
                .asText()).isEqualTo("经核对录音录像，记载无误");
        assertThat(court.login(lawyer).get("/api/v1/transcript-corrections/" + first).status()).isEqualTo(404);

        // after the reading days: no 申请补正, and the parties can no longer open the PDF; the court still can
        server.clock().advance(Duration.ofDays(6));
        try {
            HttpTestClient partyLater = court.login(party);
            refused(() -> correct(partyLater, info.id(), "第6页有误"), 409, "TRANSCRIPT_READING_CLOSED");
            assertThat(partyLater.get("/api/v1/documents/" + info.sha256()).status()).isEqualTo(404);
            assertThat(court.login(judge).get("/api/v1/documents/" + info.sha256()).status()).isEqualTo(200);
        } finally {
            server.clock().advance(Duration.ofDays(-6));
        }
    }

    static byte[] pngBytes() {
        try {
            var img = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
