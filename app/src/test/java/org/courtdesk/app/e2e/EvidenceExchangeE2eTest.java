package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.e2e.Workstation.eventually;
import static org.courtdesk.app.e2e.Workstation.waitUntil;
import static org.courtdesk.app.ui.UiTestSupport.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.api.Json;
import org.courtdesk.app.sync.SyncService.Outcome;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.ui.evidence.EvidenceExchangeTab;
import org.courtdesk.app.ui.evidence.EvidenceFiles;
import org.courtdesk.app.ui.main.MainWindow;
import org.courtdesk.app.ui.viewer.MaterialViewer;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.model.evidence.CrossExamForm;
import org.courtdesk.model.evidence.EvidenceDeadlineChange;
import org.courtdesk.model.evidence.EvidenceEntry;
import org.courtdesk.model.evidence.EvidenceExchangeCreate;
import org.courtdesk.model.evidence.EvidenceExchangeView;
import org.courtdesk.model.evidence.EvidenceItem;
import org.courtdesk.model.evidence.EvidenceProcedure;
import org.courtdesk.model.evidence.EvidenceSide;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.demo.DemoAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 证据交换 end to end against the demo court, in the real workstation: judge.chen creates an exchange while the court
 * is down (sent once when it is back); the lawyers of both sides upload evidence and cross-examine over HTTP; the
 * judge's three panes show both catalogues with their 质证 and objection marks, navigated by keyboard (↓, →, Enter)
 * with the opposing side's opinion under the viewer; 修改 of a deadline reaches both lawyers by SMS; the catalogue PDF
 * (text checked) and a file are saved; the prefetched files open offline; 审查 closes it; a 1280×800 snapshot of the
 * demo exchange with a late item and objections goes to target/screenshots/evidence-exchange.png (and to
 * docs/screenshots with -Dcourtdesk.screenshots=DIR).
 */
class EvidenceExchangeE2eTest {

    static DemoCourt court;
    static final OkHttpClient HTTP = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    static final MediaType PDF = MediaType.get("application/pdf");

    @TempDir
    Path home;
    @TempDir
    Path downloads;

    @BeforeAll
    static void startCourt() throws Exception {
        court = DemoCourt.startForWorkstation();
    }

    @AfterAll
    static void stopCourt() {
        if (court != null) {
            court.close();
        }
    }

    static String login(String user) throws Exception {
        try (ApiClient api = new ApiClient(court.baseUrl())) {
            return api.login(user, DemoAccounts.PASSWORD.toCharArray()).token();
        }
    }

    static JsonNode call(String token, Request.Builder request, int expected) throws Exception {
        try (Response r = HTTP.newCall(request.header("Authorization", "Bearer " + token).build()).execute()) {
            String body = r.body() == null ? "" : r.body().string();
            assertThat(r.code()).as("%s %s", r.request().url(), body).isEqualTo(expected);
            return body.isEmpty() ? null : Json.read(body, JsonNode.class);
        }
    }

    static JsonNode upload(String token, long id, EvidenceEntry entry) throws Exception {
        byte[] pdf = new org.courtdesk.server.pdf.PlainPdf().title(entry.name(), 16f).toBytes();
        MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("entry", null, RequestBody.create(Json.write(entry), JSON))
                .addFormDataPart("EVIDENCE", "../../" + entry.name() + ".pdf", RequestBody.create(pdf, PDF)).build();
        return call(token, new Request.Builder().url(court.baseUrl() + "/api/v1/evidence-exchanges/" + id + "/evidence")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post(body), 201);
    }

    static JsonNode cross(String token, long id, CrossExamForm form) throws Exception {
        return call(token, new Request.Builder().url(court.baseUrl() + "/api/v1/evidence-exchanges/" + id + "/cross-examinations")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post(RequestBody.create(Json.write(form), JSON)), 200);
    }

    static long itemId(JsonNode view, String side, int seq) {
        for (JsonNode i : view.path("items")) {
            if (i.path("side").asText().equals(side) && i.path("seq").asInt() == seq) {
                return i.path("id").asLong();
            }
        }
        throw new AssertionError("no item " + side + " " + seq);
    }

    @Test
    void createOfflineUploadCrossExamineNavigateChangeReviewAndViewOffline() throws Exception {
        // a case of judge.chen in trial where lawyer.li acts for the plaintiff, without an exchange; a defendant's lawyer bound
        record Case(long id, String number, String plaintiffLawyer) {}
        Case kase = court.jdbi().withHandle(h -> h.createQuery("SELECT c.id, c.case_number, l.username FROM court_case c "
                        + "JOIN case_agent a ON a.case_id = c.id JOIN case_party p ON p.id = a.party_id "
                        + "JOIN account l ON l.id = a.lawyer_id JOIN account j ON j.id = c.judge_id "
                        + "WHERE j.username = :j AND p.party_role = 'PLAINTIFF' AND c.status = 'IN_TRIAL' AND l.identity_verified "
                        + "AND NOT EXISTS (SELECT 1 FROM request q WHERE q.case_id = c.id AND q.kind = 'EVIDENCE_EXCHANGE') "
                        + "AND EXISTS (SELECT 1 FROM case_party d WHERE d.case_id = c.id AND d.party_role = 'DEFENDANT') "
                        + "ORDER BY CASE WHEN l.username = :l THEN 0 ELSE 1 END, c.id")
                .bind("l", DemoAccounts.LAWYER_LI).bind("j", DemoAccounts.JUDGE_CHEN)
                .map((rs, c) -> new Case(rs.getLong(1), rs.getString(2), rs.getString(3))).first());
        String defendantLawyer = court.jdbi().withHandle(h -> {
            List<String> bound = h.createQuery("SELECT l.username FROM case_agent a JOIN case_party p ON p.id = a.party_id "
                    + "JOIN account l ON l.id = a.lawyer_id WHERE a.case_id = :c AND p.party_role = 'DEFENDANT'")
                    .bind("c", kase.id()).mapTo(String.class).list();
            if (!bound.isEmpty()) {
                return bound.get(0);
            }
            h.execute("INSERT INTO case_agent (case_id, party_id, lawyer_id, bound_at) SELECT ?, p.id, l.id, CURRENT_TIMESTAMP "
                    + "FROM case_party p, account l WHERE p.case_id = ? AND p.party_role = 'DEFENDANT' AND l.username = ? "
                    + "ORDER BY p.id FETCH FIRST 1 ROWS ONLY", kase.id(), kase.id(), other(kase.plaintiffLawyer()));
            return other(kase.plaintiffLawyer());
        });

        try (Workstation app = Workstation.start(home, court.baseUrl())) {
            MainWindow main = app.login(DemoAccounts.JUDGE_CHEN, DemoCourt.PASSWORD);
            app.awaitFirstSync();
            EvidenceExchangeTab tab = (EvidenceExchangeTab) main.queue(RequestKind.EVIDENCE_EXCHANGE).orElseThrow();
            Tab evidenceTab = main.queueTab(RequestKind.EVIDENCE_EXCHANGE).orElseThrow();
            onFx(() -> {
                main.tabs().getSelectionModel().select(evidenceTab);
                return null;
            });
            waitUntil("the demo exchanges", () -> tab.settled() && tab.exchangeList().getItems().size() >= 2);

            // 新增 while the court is down: in the outbox, sent once when it is back
            court.stop();
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
            var outcome = tab.actions().create(new EvidenceExchangeCreate(null, kase.number(), EvidenceProcedure.ORDINARY,
                    null, today.plusDays(20), null, null, null), today);
            assertThat(outcome.saved()).as(String.valueOf(outcome.problem())).isTrue();
            assertThat(app.workspace().pendingCreations(RequestKind.EVIDENCE_EXCHANGE)).hasSize(1);
            assertThat(app.workspace().syncService().runCycle(true).outcome()).isEqualTo(Outcome.OFFLINE);
            court.startAgain();
            eventually("the creation to be sent", () -> app.workspace().pendingCreations(RequestKind.EVIDENCE_EXCHANGE).isEmpty()
                    && app.workspace().requests(RequestKind.EVIDENCE_EXCHANGE, EvidenceExchangeView.class).stream()
                    .anyMatch(r -> r.view().caseNumber().equals(kase.number())));
            app.workspace().syncService().runCycle(true);
            long id = court.jdbi().withHandle(h -> h.createQuery("SELECT id FROM request WHERE kind = 'EVIDENCE_EXCHANGE' "
                    + "AND case_id = :c").bind("c", kase.id()).mapTo(Long.class).one()); // exactly one: sent once

            // the lawyers of both sides upload and cross-examine over HTTP
            String plaintiff = login(kase.plaintiffLawyer());
            String defendant = login(defendantLawyer);
            upload(plaintiff, id, new EvidenceEntry(null, 1, "借款合同", "原告持有原件", "双方借款合同关系", 3));
            upload(plaintiff, id, new EvidenceEntry(null, 2, "银行转账凭证", "工商银行出具", "原告已交付借款", 1));
            JsonNode view = upload(defendant, id, new EvidenceEntry(null, 1, "还款收据", "被告持有原件", "被告已部分还款", 1));
            cross(defendant, id, new CrossExamForm(itemId(view, "PLAINTIFF", 1), "认可", "认可", "不认可利息约定", true,
                    "合同约定的利息超过法定上限"));
            cross(plaintiff, id, new CrossExamForm(itemId(view, "DEFENDANT", 1), "不认可，收据系伪造", "不认可", "不认可", true,
                    "收据签名非原告所签"));
            assertThat(app.workspace().syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);

            // the three panes: both catalogues, marks at a glance; keyboard: ↓ within a side, → to the other, Enter opens
            onFx(() -> {
                tab.exchangeList().getItems().stream().filter(v -> v.id() == id).findFirst()
                        .ifPresent(v -> tab.exchangeList().setValue(v));
                return null;
            });
            waitUntil("both catalogues", () -> tab.leftList().getItems().size() == 2 && tab.rightList().getItems().size() == 1
                    && tab.rightList().getItems().get(0).objected());
            waitUntil("the files prefetched", () -> tab.prefetched() == 3);
            onFx(() -> {
                tab.focusTable();
                return null;
            });
            app.robot.type(KeyCode.DOWN);
            waitUntil("the second plaintiff item", () -> tab.leftList().getSelectionModel().getSelectedIndex() == 1);
            app.robot.type(KeyCode.UP).type(KeyCode.ENTER);
            waitUntil("the contract in the viewer", () -> tab.shown() != null && tab.shown().name().equals("借款合同"));
            assertThat(crossText(tab)).contains("被告", "合同约定的利息超过法定上限");
            app.robot.type(KeyCode.RIGHT);
            waitUntil("the defendant's side", () -> tab.rightList().isFocused());
            app.robot.type(KeyCode.ENTER);
            waitUntil("the receipt in the viewer", () -> tab.shown() != null && tab.shown().name().equals("还款收据"));
            assertThat(crossText(tab)).contains("原告", "收据签名非原告所签");
            waitUntil("the receipt rendered", () -> viewer(tab) != null && viewer(tab).pages() > 0);
            app.robot.type(KeyCode.LEFT);
            waitUntil("back on the plaintiff's side", () -> tab.leftList().isFocused());

            // 修改: recorded and both lawyers told by SMS
            EvidenceExchangeView current = tab.current().orElseThrow();
            var changed = tab.actions().changeDeadlines(current, new EvidenceDeadlineChange(null, 0, null, today.plusDays(25),
                    null, today.plusDays(35), "被告申请延长举证期限"), today);
            assertThat(changed.saved()).as(String.valueOf(changed.problem())).isTrue();
            assertThat(app.workspace().syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
            List<String> sms = court.jdbi().withHandle(h -> h.createQuery("SELECT n.text FROM notification n "
                    + "WHERE n.request_id = :id AND n.text LIKE '%期限已变更%'").bind("id", id).mapTo(String.class).list());
            assertThat(sms).hasSize(2).allSatisfy(t -> assertThat(t).contains("被告申请延长举证期限", "→ " + today.plusDays(25)));

            // 目录下载 and 材料下载 from the cache
            EvidenceExchangeView cached = app.workspace().request(org.courtdesk.model.request.RequestRef.of(
                    RequestKind.EVIDENCE_EXCHANGE, id), EvidenceExchangeView.class).map(KindRow::view).orElseThrow();
            byte[] catalogue = EvidenceFiles.catalogue(cached, java.time.ZoneId.of("Asia/Shanghai"));
            try (var doc = Loader.loadPDF(catalogue)) {
                assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", "")).contains("证据目录", kase.number(), "借款合同",
                        "银行转账凭证", "还款收据", "收据签名非原告所签");
                assertThat(doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next())
                        .isEmbedded()).isTrue();
            }
            EvidenceItem receipt = cached.items().stream().filter(i -> i.side() == EvidenceSide.DEFENDANT).findFirst().orElseThrow();
            Path saved = tab.saveMaterial(receipt, downloads);
            assertThat(saved.getParent()).isEqualTo(downloads);
            assertThat(saved.getFileName().toString()).isEqualTo("还款收据.pdf");

            // offline: the prefetched files still open
            court.stop();
            onFx(() -> {
                tab.open(tab.leftList().getItems().get(1));
                return null;
            });
            waitUntil("the transfer record rendered offline", () -> viewer(tab) != null && viewer(tab).pages() > 0);
            court.startAgain();

            // the demo exchange with a late item and objections, for the picture
            onFx(() -> {
                tab.exchangeList().getItems().stream().filter(v -> v.items().stream().anyMatch(EvidenceItem::late)).findFirst()
                        .ifPresent(v -> tab.exchangeList().setValue(v));
                return null;
            });
            waitUntil("the demo exchange", () -> tab.leftList().getItems().stream().anyMatch(EvidenceItem::late));
            onFx(() -> {
                tab.focusTable();
                tab.open(tab.leftList().getItems().get(0));
                return null;
            });
            waitUntil("its first item rendered", () -> viewer(tab) != null && viewer(tab).pages() > 0);
            onFx(() -> {
                app.stage().setWidth(1280);
                app.stage().setHeight(800);
                return null;
            });
            waitUntil("the window at 1280×800", () -> main.getWidth() <= 1280 && main.getHeight() <= 800);
            Path png = UiTestSupport.snapshot(main, "evidence-exchange");
            String target = System.getProperty("courtdesk.screenshots");
            if (target != null && !target.isBlank()) {
                Path dir = Path.of(target).isAbsolute() ? Path.of(target) : Path.of("..").resolve(target);
                Files.createDirectories(dir);
                Files.copy(png, dir.resolve("evidence-exchange.png"), StandardCopyOption.REPLACE_EXISTING);
            }

            // 审查 closes it
            EvidenceExchangeView ours = app.workspace().request(org.courtdesk.model.request.RequestRef.of(
                    RequestKind.EVIDENCE_EXCHANGE, id), EvidenceExchangeView.class).map(KindRow::view).orElseThrow();
            var reviewed = tab.actions().review(ours, "借款合同、转账凭证无争议；还款收据真实性有争议，待庭审核实。");
            assertThat(reviewed.saved()).as(String.valueOf(reviewed.problem())).isTrue();
            assertThat(app.workspace().syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
            String status = court.jdbi().withHandle(h -> h.createQuery("SELECT status FROM request WHERE id = :id").bind("id", id)
                    .mapTo(String.class).one());
            assertThat(status).isEqualTo(RequestStatus.EVIDENCE_REVIEWED.name());
        }
    }

    private static String other(String lawyer) {
        return lawyer.equals("lawyer.zheng") ? "lawyer.feng" : "lawyer.zheng";
    }

    private static MaterialViewer viewer(EvidenceExchangeTab tab) {
        Node n = ((javafx.scene.layout.StackPane) tab.content().lookup("#evidence-viewer")).getChildren().get(0);
        return n instanceof MaterialViewer v ? v : null;
    }

    private static String crossText(EvidenceExchangeTab tab) {
        return onFx(() -> tab.crossPane().getChildren().stream().map(n -> ((Label) n).getText()).reduce("", String::concat));
    }
}
