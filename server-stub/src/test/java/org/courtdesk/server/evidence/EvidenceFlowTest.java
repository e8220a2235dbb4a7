package org.courtdesk.server.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.courtdesk.model.evidence.CrossExamForm;
import org.courtdesk.model.evidence.EvidenceDeadlineChange;
import org.courtdesk.model.evidence.EvidenceReview;
import org.courtdesk.model.evidence.EvidenceSide;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 证据交换 over HTTP: the judge creates an exchange (the lawyers get the deadlines by SMS); both lawyers upload evidence
 * with its catalogue entry (once per key) and cross-examine the other side's; the judge enters paper evidence for a
 * party; changes a deadline (recorded old → new with the reason, SMS to both lawyers); an upload after the side's
 * 举证期限 is marked late; the clock moves 举证中 to 质证中; the catalogue PDF (CJK font embedded, Chinese text
 * extracted); 审查 closes it; the judge's feed carries every step.
 */
class EvidenceFlowTest {

    static TestServer server;
    static EvidenceFixtures fx;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new EvidenceFixtures(server, 710);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void createUploadCrossExamineChangeReviewAndDownload() throws Exception {
        HttpTestClient judge = fx.login(fx.judge);
        HttpTestClient plaintiff = fx.login(fx.plaintiffLawyer);
        HttpTestClient defendant = fx.login(fx.defendantLawyer);

        // 新增, sent twice with one key: one exchange
        var body = fx.create();
        Response created = judge.post("/api/v1/judge/evidence-exchanges", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode view = created.json().path("request");
        long id = view.path("id").asLong();
        assertThat(view.path("applicationNo").asText()).matches("ZJ2026112300\\d{3}");
        assertThat(view.path("status").asText()).isEqualTo("EVIDENCE_PRODUCING");
        assertThat(view.path("deadlines").path("plaintiff").asText()).isEqualTo("2026-12-08");
        assertThat(view.path("deadlines").path("defendant").asText()).isEqualTo("2026-12-13");
        assertThat(view.path("deadlines").path("crossExamination").asText()).isEqualTo("2026-12-23");
        Response again = judge.post("/api/v1/judge/evidence-exchanges", body);
        assertThat(again.json().path("replayed").asBoolean()).isTrue();
        assertThat(again.json().path("request").path("id").asLong()).isEqualTo(id);
        assertThat(fx.count("SELECT COUNT(*) FROM request WHERE kind = 'EVIDENCE_EXCHANGE'")).isEqualTo(1);
        assertThat(server.sms().fullTexts(id)).hasSize(2).allSatisfy(t -> assertThat(t).contains("已组织证据交换",
                "原告至2026-12-08", "质证期限至2026-12-23"));

        // the lawyers see it and upload; a retry with the same key stores nothing more
        assertThat(plaintiff.get("/api/v1/evidence-exchanges").json()).extracting(n -> n.path("id").asLong()).containsExactly(id);
        UUID key = UUID.randomUUID();
        String path = "/api/v1/evidence-exchanges/" + id + "/evidence";
        Response up = EvidenceFixtures.upload(plaintiff, path, EvidenceFixtures.entry(1, "借款合同"), key);
        assertThat(up.status()).as(up.text()).isEqualTo(201);
        Response retry = EvidenceFixtures.upload(plaintiff, path, EvidenceFixtures.entry(1, "借款合同"), key);
        assertThat(retry.status()).as(retry.text()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        EvidenceFixtures.upload(plaintiff, id, EvidenceFixtures.entry(2, "银行转账凭证"));
        Response d1 = EvidenceFixtures.upload(defendant, id, new org.courtdesk.model.evidence.EvidenceEntry(
                EvidenceSide.PLAINTIFF /* ignored: a lawyer's side is the party's */, 1, "还款收据", "被告持有", "被告已还款 5 万元", 1));
        assertThat(d1.status()).as(d1.text()).isEqualTo(201);
        JsonNode items = d1.json().path("items");
        assertThat(items).hasSize(3);
        assertThat(fx.count("SELECT COUNT(*) FROM evidence_item WHERE exchange_id = " + id)).isEqualTo(3);
        long contract = itemId(items, "PLAINTIFF", 1);
        long receipt = itemId(items, "DEFENDANT", 1);
        assertThat(items.findValues("late")).allSatisfy(l -> assertThat(l.asBoolean()).isFalse());

        // 质证 of the other side's items, with and without an objection
        Response c1 = EvidenceFixtures.cross(defendant, id, new CrossExamForm(contract, "认可", "认可", "不认可：借款已部分归还",
                true, "合同约定的利息过高，超过法定上限"));
        assertThat(c1.status()).as(c1.text()).isEqualTo(200);
        Response c2 = EvidenceFixtures.cross(plaintiff, id, new CrossExamForm(receipt, "不认可，收据系伪造", "认可", "认可", true,
                "收据上的签名不是原告法定代表人所签"));
        assertThat(c2.status()).as(c2.text()).isEqualTo(200);
        JsonNode afterCross = c2.json();
        JsonNode contractNode = item(afterCross.path("items"), contract);
        assertThat(contractNode.path("crossExams")).singleElement().satisfies(x -> {
            assertThat(x.path("side").asText()).isEqualTo("DEFENDANT");
            assertThat(x.path("objection").asBoolean()).isTrue();
            assertThat(x.path("objectionReason").asText()).contains("利息过高");
        });

        // the judge enters paper evidence for the defendant (court's upload; marked paper)
        Response paper = EvidenceFixtures.upload(judge, "/api/v1/judge/evidence-exchanges/" + id + "/evidence",
                EvidenceFixtures.paper(EvidenceSide.DEFENDANT, 2, "微信聊天记录截图"), UUID.randomUUID());
        assertThat(paper.status()).as(paper.text()).isEqualTo(201);
        assertThat(item(paper.json().path("items"), itemId(paper.json().path("items"), "DEFENDANT", 2)).path("paper").asBoolean())
                .isTrue();

        // 修改: the plaintiff's deadline earlier than before is allowed with a reason; recorded and sent
        Response changed = judge.post("/api/v1/judge/evidence-exchanges/" + id + "/deadlines", new EvidenceDeadlineChange(
                UUID.randomUUID(), fx.version(id), java.time.LocalDate.of(2026, 12, 1), null, null, null, "原告申请提前交换证据"));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        JsonNode change = changed.json().path("request").path("deadlineChanges").get(0);
        assertThat(change.path("deadline").asText()).isEqualTo("原告举证期限");
        assertThat(change.path("oldValue").asText()).isEqualTo("2026-12-08");
        assertThat(change.path("newValue").asText()).isEqualTo("2026-12-01");
        assertThat(change.path("reason").asText()).isEqualTo("原告申请提前交换证据");
        assertThat(change.path("byName").asText()).isNotBlank();
        assertThat(server.sms().fullTexts(id)).filteredOn(t -> t.contains("期限已变更")).hasSize(2)
                .allSatisfy(t -> assertThat(t).contains("原告举证期限：2026-12-08 → 2026-12-01", "原告申请提前交换证据"));

        // after the plaintiff's deadline: late, and still 举证中 until the defendant's passes
        server.clock().advance(Duration.ofDays(9)); // 2026-12-02 (tokens expire: sign in again)
        plaintiff = fx.login(fx.plaintiffLawyer);
        Response late = EvidenceFixtures.upload(plaintiff, id, EvidenceFixtures.entry(3, "催款函"));
        assertThat(late.status()).isEqualTo(201);
        assertThat(item(late.json().path("items"), itemId(late.json().path("items"), "PLAINTIFF", 3)).path("late").asBoolean())
                .isTrue();
        assertThat(late.json().path("status").asText()).isEqualTo("EVIDENCE_PRODUCING");
        server.clock().advance(Duration.ofDays(12)); // 2026-12-14: after every 举证期限
        plaintiff = fx.login(fx.plaintiffLawyer);
        defendant = fx.login(fx.defendantLawyer);
        judge = fx.login(fx.judge);
        assertThat(plaintiff.get("/api/v1/evidence-exchanges/" + id).json().path("status").asText()).isEqualTo("CROSS_EXAMINING");

        // 目录下载, by the judge and by a lawyer of the case
        Response pdf = judge.get("/api/v1/evidence-exchanges/" + id + "/catalogue.pdf");
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(plaintiff.get("/api/v1/evidence-exchanges/" + id + "/catalogue.pdf").status()).isEqualTo(200);
        Path png = Path.of("target", "evidence-catalogue.png");
        Files.createDirectories(png.getParent());
        Files.write(Path.of("target", "evidence-catalogue.pdf"), pdf.body());
        String text;
        List<String> fonts = new ArrayList<>();
        try (var doc = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(doc);
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont f = doc.getPage(0).getResources().getFont(name);
                if (f.isEmbedded()) {
                    fonts.add(f.getName());
                }
            }
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 80), "png",
                    png.toFile());
        }
        assertThat(fonts).as("embedded fonts").isNotEmpty();
        assertThat(text.replaceAll("\\s", "")).contains("证据目录", fx.caseNumber, "借款合同", "银行转账凭证", "还款收据",
                "微信聊天记录截图", "催款函", "逾期", "利息过高", "原告证据", "被告证据");

        // 审查 closes the exchange; nothing is submitted after it
        Response reviewed = judge.post("/api/v1/judge/evidence-exchanges/" + id + "/review", new EvidenceReview(UUID.randomUUID(),
                fx.version(id), "借款合同、转账凭证无争议；还款收据真实性有争议，待庭审中核实。"));
        assertThat(reviewed.status()).as(reviewed.text()).isEqualTo(200);
        assertThat(reviewed.json().path("request").path("status").asText()).isEqualTo("EVIDENCE_REVIEWED");
        assertThat(reviewed.json().path("request").path("review").path("opinion").asText()).contains("还款收据");
        Response closed = EvidenceFixtures.upload(defendant, id, EvidenceFixtures.entry(9, "补充证据"));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.code()).isEqualTo("EVIDENCE_EXCHANGE_CLOSED");

        // the judge's feed carries it, with the audit trail in order
        JsonNode feed = judge.get("/api/v1/changes?since=0").json().path("changes");
        JsonNode last = null;
        for (JsonNode c : feed) {
            if (c.path("requestId").asLong() == id) {
                last = c;
            }
        }
        assertThat(last).isNotNull();
        List<String> trail = new ArrayList<>();
        last.path("view").path("audit").forEach(a -> trail.add(a.path("action").asText()));
        assertThat(trail).containsExactly(EvidenceAudit.CREATE, EvidenceAudit.UPLOAD, EvidenceAudit.UPLOAD, EvidenceAudit.UPLOAD,
                EvidenceAudit.CROSS, EvidenceAudit.CROSS, EvidenceAudit.UPLOAD_PAPER, EvidenceAudit.CHANGE, EvidenceAudit.UPLOAD,
                EvidenceAudit.REVIEW);
        // a lawyer of the case reads the other side's file by hash
        String sha = item(reviewed.json().path("request").path("items"), receipt).path("sha256").asText();
        assertThat(plaintiff.get("/api/v1/documents/" + sha).status()).isEqualTo(200);
        assertThat(fx.login(fx.strangerLawyer).get("/api/v1/documents/" + sha).status()).isEqualTo(404);
    }

    static long itemId(JsonNode items, String side, int seq) {
        for (JsonNode i : items) {
            if (i.path("side").asText().equals(side) && i.path("seq").asInt() == seq) {
                return i.path("id").asLong();
            }
        }
        throw new AssertionError("no item " + side + " " + seq + " in " + items);
    }

    static JsonNode item(JsonNode items, long id) {
        for (JsonNode i : items) {
            if (i.path("id").asLong() == id) {
                return i;
            }
        }
        throw new AssertionError("no item " + id);
    }
}
