package org.courtdesk.server.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.courtdesk.model.investigation.InvestigationIssue;
import org.courtdesk.model.investigation.InvestigationReturn;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.HttpTestClient.Response;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 调查令 over HTTP: a lawyer bound to the case applies before its 举证期限; the judge and their clerk see it, another
 * judge does not; the clerk returns one with a reason; the judge accepts the other, which issues the order — the
 * court's first of the year, valid 15 days — as a PDF the lawyer downloads (Chinese text checked) and the judge reads
 * by hash; another applicant cannot download it; the SMS carry reason, number and validity.
 */
class InvestigationFlowTest {

    static TestServer server;
    static InvestigationFixtures fx;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fx = new InvestigationFixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void applyReturnIssueAndDownload() throws Exception {
        HttpTestClient lawyer = fx.login(fx.lawyer);
        HttpTestClient judge = fx.login(fx.judge);
        HttpTestClient clerk = fx.login(fx.clerk);

        Response applied = InvestigationFixtures.submit(lawyer, InvestigationFixtures.parts(InvestigationFixtures.form(fx.caseNumber)));
        assertThat(applied.status()).as(applied.text()).isEqualTo(201);
        long id = applied.json().path("id").asLong();
        JsonNode view = applied.json().path("investigation");
        assertThat(applied.json().path("applicationNo").asText()).matches("DC2026112300\\d{3}");
        assertThat(view.path("kind").asText()).isEqualTo("INVESTIGATION_ORDER");
        assertThat(view.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(view.path("evidenceDeadline").asText()).isEqualTo("2026-12-10");
        assertThat(view.path("decisionDays").asInt()).isEqualTo(5);
        assertThat(view.path("lawFirm").asText()).isEqualTo("广东某某律师事务所");
        assertThat(fx.count("SELECT COUNT(*) FROM request WHERE id = " + id
                + " AND due_at = TIMESTAMP WITH TIME ZONE '2026-11-28 16:00:00+00:00'")).as("due end of 11-28 local").isEqualTo(1);
        Response second = InvestigationFixtures.submit(lawyer, InvestigationFixtures.parts(InvestigationFixtures.form(fx.caseNumber)));
        long other = second.json().path("id").asLong();

        assertThat(feedIds(judge)).contains(id, other);
        assertThat(feedIds(clerk)).contains(id, other);
        assertThat(feedIds(fx.login(fx.otherJudge))).doesNotContain(id, other);

        Response returned = clerk.post("/api/v1/judge/investigation-orders/" + other + "/return",
                new InvestigationReturn(UUID.randomUUID(), fx.version(other), "调查内容与待证事实无关联，请明确所需证据。"));
        assertThat(returned.status()).as(returned.text()).isEqualTo(200);
        assertThat(returned.json().path("request").path("status").asText()).isEqualTo("RETURNED");

        // before 接收 there is no order to download
        Response early = lawyer.get("/api/v1/investigation-orders/" + id + "/order.pdf");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("INVESTIGATION_ORDER_NOT_ISSUED");

        Response issued = judge.post("/api/v1/judge/investigation-orders/" + id + "/accept",
                new InvestigationIssue(UUID.randomUUID(), fx.version(id)));
        assertThat(issued.status()).as(issued.text()).isEqualTo(200);
        JsonNode order = issued.json().path("request").path("decision").path("order");
        assertThat(issued.json().path("request").path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(order.path("orderNo").asText()).isEqualTo("（2026）粤0106调令1号");
        assertThat(order.path("issuedOn").asText()).isEqualTo("2026-11-23");
        assertThat(order.path("validUntil").asText()).isEqualTo("2026-12-07");

        // the lawyer downloads the PDF; its text is Chinese and names the order, the holder and the validity
        Response pdf = lawyer.get("/api/v1/investigation-orders/" + id + "/order.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String text;
        Path png = Path.of("target", "investigation-order.png");
        Files.createDirectories(png.getParent());
        try (var doc = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(doc);
            // a picture of the first page, to look at: the Chinese must render, not only extract
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 60),
                    "png", png.toFile());
        }
        assertThat(Files.size(png)).isGreaterThan(5_000);
        assertThat(text.replaceAll("\\s", "")).contains("调查令", "（2026）粤0106调令1号", "持令人", "广东某某律师事务所",
                "中国工商银行股份有限公司广州天河支行", "2026年11月23日", "2026年12月7日", fx.caseNumber);
        Path out = Path.of("target", "investigation-order.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf.body());
        // the judge reads it by hash like a material; another applicant gets a 404
        assertThat(judge.get("/api/v1/documents/" + order.path("pdfSha256").asText()).status()).isEqualTo(200);
        assertThat(fx.login(fx.party).get("/api/v1/documents/" + order.path("pdfSha256").asText()).status()).isEqualTo(404);

        // SMS: 退回 with the reason, 接收 with the number and the validity
        assertThat(server.sms().fullTexts(other)).singleElement().asString().contains("已被退回", "调查内容与待证事实无关联");
        assertThat(server.sms().fullTexts(id)).singleElement().asString()
                .contains("（2026）粤0106调令1号", "有效期至2026-12-07", "【广州市天河区人民法院】");
        List<String> trail = new ArrayList<>();
        lawyer.get("/api/v1/investigation-orders/" + id).json().path("audit").forEach(a -> trail.add(a.path("action").asText()));
        assertThat(trail).containsExactly(InvestigationAudit.SUBMIT, InvestigationAudit.ISSUE);
    }

    static List<Long> feedIds(HttpTestClient client) {
        Response r = client.get("/api/v1/changes?since=0");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().path("changes").forEach(c -> ids.add(c.path("requestId").asLong()));
        return ids;
    }
}
