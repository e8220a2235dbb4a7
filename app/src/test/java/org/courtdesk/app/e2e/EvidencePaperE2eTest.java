package org.courtdesk.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.e2e.Workstation.eventually;
import static org.courtdesk.app.e2e.Workstation.waitUntil;
import static org.courtdesk.app.ui.UiTestSupport.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.outbox.OutboxFiles;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.sync.SyncService.Outcome;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.ui.evidence.EvidenceExchangeTab;
import org.courtdesk.app.ui.evidence.EvidenceOps;
import org.courtdesk.app.ui.main.MainWindow;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.model.evidence.EvidenceEntry;
import org.courtdesk.model.evidence.EvidenceExchangeView;
import org.courtdesk.model.evidence.EvidenceItem;
import org.courtdesk.model.evidence.EvidenceSide;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.demo.DemoAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 证据交换's dialogs driven headless in the real workstation against the demo court: 新增 (Ctrl+N), 修改 (Alt+M),
 * 纸质代传 (Alt+P) and 审查 (Alt+R), each first refused under its fields by the shared rules, then saved and sent; the
 * paper evidence is queued while the court is down (待同步 in the side's catalogue), sent once, and appears in the
 * 被告 catalogue marked 纸质代传; a second one with a 序号 the server finds taken is refused on its line with the reason,
 * its file kept until discarded. Then the three panes in English at 1280×800 (target/screenshots/evidence-paper-en.png).
 */
class EvidencePaperE2eTest {

    static DemoCourt court;
    static final ZoneId COURT = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path home;

    @BeforeAll
    static void startCourt() throws Exception {
        court = DemoCourt.startForWorkstation();
    }

    @AfterAll
    static void stopCourt() {
        Messages.use(Messages.CHINESE);
        if (court != null) {
            court.close();
        }
    }

    record Case(long id, String number) {}

    static Case freshCase() {
        return court.jdbi().withHandle(h -> h.createQuery("SELECT c.id, c.case_number FROM court_case c "
                        + "JOIN account j ON j.id = c.judge_id WHERE j.username = :j AND c.status = 'IN_TRIAL' "
                        + "AND NOT EXISTS (SELECT 1 FROM request q WHERE q.case_id = c.id AND q.kind = 'EVIDENCE_EXCHANGE') "
                        + "AND EXISTS (SELECT 1 FROM case_party d WHERE d.case_id = c.id AND d.party_role = 'DEFENDANT') "
                        + "ORDER BY c.id DESC")
                .bind("j", DemoAccounts.JUDGE_CHEN).map((rs, c) -> new Case(rs.getLong(1), rs.getString(2))).first());
    }

    /** The dialog's control with this id, once the dialog shows. */
    static <T extends Node> T control(Workstation app, String id) {
        waitUntil("the dialog's " + id, () -> app.robot.lookup("#" + id).tryQuery().isPresent());
        return app.robot.lookup("#" + id).query();
    }

    static void set(Workstation app, String id, String text) {
        TextInputControl field = control(app, id);
        onFx(() -> {
            field.setText(text);
            return null;
        });
    }

    /** Presses OK; answers the dialog's error text when it stayed open (empty when it closed). */
    static String ok(Workstation app) {
        Button ok = control(app, "evidence-dialog-ok");
        Label errors = control(app, "evidence-dialog-errors");
        onFx(() -> {
            ok.fire();
            return null;
        });
        return onFx(() -> ok.getScene() != null && ok.getScene().getWindow().isShowing() ? errors.getText() : "");
    }

    static void shortcut(Workstation app, EvidenceExchangeTab tab, KeyCode modifier, KeyCode key) {
        onFx(() -> {
            tab.focusTable();
            return null;
        });
        // the dialog opens in the key handler and waits there (showAndWait): press, and let go later
        app.robot.press(modifier, key);
        app.robot.release(key, modifier);
    }

    static void noDialog(Workstation app) {
        waitUntil("the dialog closed", () -> app.robot.lookup("#evidence-dialog-ok").tryQuery().isEmpty());
    }

    @Test
    void theDialogsDriveCreateChangePaperEvidenceAndReview() throws Exception {
        Case kase = freshCase();
        LocalDate today = LocalDate.now(COURT);
        Path scan = Files.write(home.resolve("收据扫描.pdf"), new org.courtdesk.server.pdf.PlainPdf()
                .title("还款收据（纸质）", 16f).toBytes());
        Path notAScan = Files.writeString(home.resolve("note.pdf"), "not a pdf at all");
        try (Workstation app = Workstation.start(home.resolve("app"), court.baseUrl())) {
            MainWindow main = app.login(DemoAccounts.JUDGE_CHEN, DemoCourt.PASSWORD);
            app.awaitFirstSync();
            EvidenceExchangeTab tab = (EvidenceExchangeTab) main.queue(RequestKind.EVIDENCE_EXCHANGE).orElseThrow();
            Tab evidenceTab = main.queueTab(RequestKind.EVIDENCE_EXCHANGE).orElseThrow();
            onFx(() -> {
                main.tabs().getSelectionModel().select(evidenceTab);
                return null;
            });
            waitUntil("the demo exchanges", () -> tab.settled() && !tab.exchangeList().getItems().isEmpty());

            // 新增 (Ctrl+N): a wrong 案号 is refused under the field, the right one saved and sent
            shortcut(app, tab, KeyCode.CONTROL, KeyCode.N);
            set(app, "evidence-create-case", "不是案号");
            assertThat(ok(app)).isNotBlank();
            set(app, "evidence-create-case", kase.number());
            assertThat(ok(app)).isEmpty();
            noDialog(app);
            eventually("the new exchange saved", () -> app.workspace().pendingCreations(RequestKind.EVIDENCE_EXCHANGE).size()
                    + app.workspace().requests(RequestKind.EVIDENCE_EXCHANGE, EvidenceExchangeView.class).stream()
                    .filter(r -> r.view().caseNumber().equals(kase.number())).count() == 1);
            assertThat(app.workspace().syncService().runCycle(true).outcome()).isEqualTo(Outcome.OK);
            long id = court.jdbi().withHandle(h -> h.createQuery("SELECT id FROM request WHERE kind = 'EVIDENCE_EXCHANGE' "
                    + "AND case_id = :c").bind("c", kase.id()).mapTo(Long.class).one());
            waitUntil("the exchange listed", () -> tab.settled()
                    && tab.exchangeList().getItems().stream().anyMatch(v -> v.id() == id));
            onFx(() -> {
                tab.exchangeList().getItems().stream().filter(v -> v.id() == id).findFirst()
                        .ifPresent(v -> tab.exchangeList().setValue(v));
                return null;
            });
            waitUntil("the exchange shown", () -> tab.current().map(v -> v.id() == id).orElse(false));

            // 修改 (Alt+M): without a reason refused, with one saved and sent
            shortcut(app, tab, KeyCode.ALT, KeyCode.M);
            DateSetter.set(app, "evidence-change-defendant", today.plusDays(25));
            DateSetter.set(app, "evidence-change-cross", today.plusDays(35));
            assertThat(ok(app)).isNotBlank();
            set(app, "evidence-change-reason", "被告申请延长举证期限");
            assertThat(ok(app)).isEmpty();
            noDialog(app);
            eventually("the change sent", () -> {
                app.workspace().syncService().runCycle(true);
                return court.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM evidence_deadline_change "
                        + "WHERE exchange_id = :id").bind("id", id).mapTo(Integer.class).one()) == 2; // 被告举证期限 and 质证期限
            });

            // 纸质代传 (Alt+P) while the court is down: the side, the entry and the file; a text file is refused
            court.stop();
            shortcut(app, tab, KeyCode.ALT, KeyCode.P);
            ComboBox<EvidenceSide> side = control(app, "evidence-paper-side");
            onFx(() -> {
                side.setValue(EvidenceSide.DEFENDANT);
                return null;
            });
            assertThat(onFx(() -> ((TextInputControl) control(app, "evidence-paper-seq")).getText())).isEqualTo("1");
            assertThat(ok(app)).as("nothing filled").contains("证据名称");
            set(app, "evidence-paper-name", "还款收据（纸质）");
            set(app, "evidence-paper-source", "被告当庭提交原件");
            set(app, "evidence-paper-proves", "被告已部分还款");
            set(app, "evidence-paper-pages", "2");
            set(app, "evidence-paper-file", notAScan.toString());
            assertThat(ok(app)).isEmpty();
            noDialog(app);
            waitUntil("the type refusal", () -> onFx(() -> ((Label) tab.content().lookup("#evidence-message")).getText())
                    .contains("不是 PDF"));
            assertThat(app.workspace().cache().read(OutboxFiles::count)).isZero();

            shortcut(app, tab, KeyCode.ALT, KeyCode.P);
            ComboBox<EvidenceSide> side2 = control(app, "evidence-paper-side");
            onFx(() -> {
                side2.setValue(EvidenceSide.DEFENDANT);
                return null;
            });
            set(app, "evidence-paper-name", "还款收据（纸质）");
            set(app, "evidence-paper-source", "被告当庭提交原件");
            set(app, "evidence-paper-proves", "被告已部分还款");
            set(app, "evidence-paper-pages", "2");
            set(app, "evidence-paper-file", scan.toString());
            assertThat(ok(app)).isEmpty();
            noDialog(app);
            waitUntil("the queued line in the 被告 catalogue", () -> tab.settled() && onFx(() -> tab.rightList().getItems()
                    .stream().anyMatch(i -> i.id() < 0 && i.paper() && i.name().equals("还款收据（纸质）"))));
            // a second with the same 序号, saved through the actions as the dialog would: the server will refuse it
            EvidenceExchangeView shown = tab.current().orElseThrow();
            var second = tab.actions().paper(shown, new EvidenceEntry(EvidenceSide.DEFENDANT, 1,
                    "还款收据（复印件）", "被告提交", "被告已部分还款", 1), scan);
            assertThat(second.saved()).as(String.valueOf(second.problem())).isTrue();
            assertThat(app.workspace().syncService().runCycle(true).outcome()).isEqualTo(Outcome.OFFLINE);

            court.startAgain();
            app.workspace().syncService().runCycle(true);
            app.workspace().syncService().runCycle(true);
            int stored = court.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM evidence_item WHERE exchange_id = :id "
                    + "AND name = :n").bind("id", id).bind("n", "还款收据（纸质）").mapTo(Integer.class).one());
            assertThat(stored).as("sent once").isOne();
            waitUntil("in the 被告 catalogue marked paper", () -> tab.settled() && onFx(() -> tab.rightList().getItems()
                    .stream().anyMatch(i -> i.id() > 0 && i.paper() && i.name().equals("还款收据（纸质）"))));
            List<PendingAction> left = app.workspace().request(RequestRef.of(RequestKind.EVIDENCE_EXCHANGE, id),
                    EvidenceExchangeView.class).map(KindRow::pending).orElseThrow();
            assertThat(left).singleElement().satisfies(a -> {
                assertThat(a.is(EvidenceOps.PAPER)).isTrue();
                assertThat(a.state()).isEqualTo(OutboxState.REFUSED);
                assertThat(a.files()).hasSize(1);
            });
            waitUntil("the refusal on its line", () -> tab.settled() && onFx(() -> tab.content()
                    .lookupAll("#evidence-paper-refusal").stream().anyMatch(n -> ((Label) n).getText().contains("序号"))));
            onFx(() -> {
                app.stage().setWidth(1280);
                app.stage().setHeight(800);
                return null;
            });
            waitUntil("the window at 1280×800", () -> main.getWidth() <= 1280 && main.getHeight() <= 800);
            Path png = UiTestSupport.snapshot(main, "evidence-paper-refused");
            assertThat(png).exists();
            // 放弃: the line and its file go
            onFx(() -> {
                tab.rightList().requestFocus();
                tab.rightList().getItems().stream().filter(i -> i.id() < 0).findFirst()
                        .ifPresent(i -> tab.rightList().getSelectionModel().select(i));
                return null;
            });
            Button discard = app.robot.lookup("#evidence-paper-discard").query();
            waitUntil("放弃 offered", () -> onFx(discard::isVisible));
            onFx(() -> {
                discard.fire();
                return null;
            });
            eventually("the refused one discarded", () -> app.workspace().cache().read(OutboxFiles::count) == 0);

            // 审查 (Alt+R): an empty opinion refused, then saved and sent
            shortcut(app, tab, KeyCode.ALT, KeyCode.R);
            assertThat(ok(app)).isNotBlank();
            set(app, "evidence-review-opinion", "还款收据系纸质代传，真实性待庭审核实。");
            assertThat(ok(app)).isEmpty();
            noDialog(app);
            eventually("the review sent", () -> {
                app.workspace().syncService().runCycle(true);
                return court.jdbi().withHandle(h -> h.createQuery("SELECT status FROM request WHERE id = :id").bind("id", id)
                        .mapTo(String.class).one()).equals(RequestStatus.EVIDENCE_REVIEWED.name());
            });
        }
    }

    @Test
    void theThreePanesInEnglishAt1280x800() throws Exception {
        Messages.use(Messages.ENGLISH);
        // the language the user chose last time (what --lang or the menu would remember)
        org.courtdesk.app.settings.Settings.load(home.resolve("en"), null).put("ui.language", "en");
        try (Workstation app = Workstation.start(home.resolve("en"), court.baseUrl())) {
            MainWindow main = app.login(DemoAccounts.JUDGE_CHEN, DemoCourt.PASSWORD);
            app.awaitFirstSync();
            EvidenceExchangeTab tab = (EvidenceExchangeTab) main.queue(RequestKind.EVIDENCE_EXCHANGE).orElseThrow();
            Tab evidenceTab = main.queueTab(RequestKind.EVIDENCE_EXCHANGE).orElseThrow();
            onFx(() -> {
                main.tabs().getSelectionModel().select(evidenceTab);
                app.stage().setWidth(1280);
                app.stage().setHeight(800);
                return null;
            });
            waitUntil("the demo exchanges", () -> tab.settled() && !tab.exchangeList().getItems().isEmpty());
            onFx(() -> {
                tab.exchangeList().getItems().stream().filter(v -> v.items().stream().anyMatch(EvidenceItem::late)).findFirst()
                        .ifPresent(v -> tab.exchangeList().setValue(v));
                return null;
            });
            waitUntil("the demo exchange", () -> tab.settled() && onFx(() -> !tab.leftList().getItems().isEmpty()
                    || !tab.rightList().getItems().isEmpty()));
            waitUntil("the window at 1280×800", () -> main.getWidth() <= 1280 && main.getHeight() <= 800);
            UiTestSupport.snapshot(main, "evidence-exchange-en"); // first, so a failure leaves its picture
            // Nothing of the bar is cut: every button shows its whole text.
            for (String id : List.of("evidence-create", "evidence-change", "evidence-review", "evidence-paper",
                    "evidence-catalogue", "evidence-material")) {
                Button b = (Button) tab.content().lookup("#" + id);
                assertThat(onFx(() -> b.getWidth() + 0.5 >= b.prefWidth(-1))).as(id + " not cut").isTrue();
            }
        } finally {
            Messages.use(Messages.CHINESE);
        }
    }

    /** Sets a DatePicker of a dialog. */
    static final class DateSetter {
        static void set(Workstation app, String id, LocalDate day) {
            javafx.scene.control.DatePicker p = control(app, id);
            onFx(() -> {
                p.setValue(day);
                return null;
            });
        }
    }

}
