package org.courtdesk.app.ui.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.ui.main.MainWindow;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.filing.FilingConclusion;
import org.courtdesk.model.filing.FilingConclusionDecision;
import org.courtdesk.model.filing.ReturnKind;
import org.courtdesk.model.request.RequestKind;

/**
 * The 网上立案 tab in the main window with fifteen filings of every status: 审查 by keyboard only (Enter, Ctrl+S,
 * Alt+F; Alt+T and Ctrl+Enter for a 退回补正, first refused, then saved), and a snapshot of the window at 1280×800 to
 * target/screenshots/filing-queue.png (copied to docs/screenshots with -Dcourtdesk.screenshots=DIR).
 */
@ExtendWith(ApplicationExtension.class)
class FilingTabFlowTest {

    private FakeWorkspace ws;
    private MainWindow main;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        ws = FilingSamples.workspace(FilingSamples.judge());
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    private FilingQueueView filing() {
        return (FilingQueueView) main.queue(RequestKind.ONLINE_FILING).orElseThrow();
    }

    private void showFilingTab() {
        Tab tab = main.queueTab(RequestKind.ONLINE_FILING).orElseThrow();
        onFx(() -> {
            main.tabs().getSelectionModel().select(tab);
            return null;
        });
        waitUntil(() -> filing().table().getItems().size() == 15 && filing().model().settled());
    }

    private Node focusOwner() {
        return onFx(() -> main.getScene().getFocusOwner());
    }

    private void typeInFocused(String text) {
        onFx(() -> {
            TextArea area = (TextArea) main.getScene().getFocusOwner();
            area.setText(text);
            return null;
        });
    }

    private void shortcut(FxRobot robot, KeyCode modifier, KeyCode key) {
        robot.press(modifier).type(key).release(modifier);
    }

    @Test
    void aJudgeSeesBothQueuesAndTheFilingKeysActOnlyOnTheFilingTab(FxRobot robot) {
        assertThat(main.tabs().getTabs()).extracting(Tab::getId).startsWith("tab-today", "tab-reading", "tab-filing");
        waitUntil(() -> main.queueTab(RequestKind.ONLINE_FILING).orElseThrow().getText().equals("网上立案（9）"));
        // The 阅卷 tab is on screen: Alt+F and Ctrl+Shift+A do nothing to filings.
        onFx(() -> {
            main.tabs().getSelectionModel().select(main.queueTab(RequestKind.CASE_FILE_READING).orElseThrow());
            main.reading().table().requestFocus();
            return null;
        });
        shortcut(robot, KeyCode.ALT, KeyCode.F);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(ws.actions).isEmpty();
    }

    @Test
    void reviewByKeyboardAndSnapshot(FxRobot robot) throws Exception {
        showFilingTab();
        // Most urgent on top: 9 days, overdue.
        assertThat(filing().table().getItems().get(0).view().id()).isEqualTo(2L);
        assertThat(FilingFormat.daysText(filing().table().getItems().get(0).limit())).isEqualTo("9天 · 已超期");
        onFx(() -> {
            filing().table().requestFocus();
            return null;
        });
        robot.type(KeyCode.J);
        waitUntil(() -> filing().actions().row() != null && filing().actions().row().id() == 2L);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "filing-opinion".equals(focusOwner().getId()));
        // Before the opinion is saved the conclusions are disabled.
        assertThat(robot.lookup("#filing-conform").query().isDisabled()).isTrue();
        typeInFocused("起诉符合民事诉讼法第一百二十二条规定的条件，材料齐全，符合立案条件。");
        shortcut(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> ws.actions.size() == 1 && !robot.lookup("#filing-conform").query().isDisabled());
        assertThat(ws.actions.get(0).is(FilingOps.OPINION)).isTrue();
        shortcut(robot, KeyCode.ALT, KeyCode.F);
        waitUntil(() -> ws.actions.size() == 2);
        assertThat(ws.actions.get(1).payloadAs(FilingConclusionDecision.class).conclusion()).isEqualTo(FilingConclusion.CONFORMS);
        waitUntil(() -> filing().model().settled() && filing().table().getItems().stream()
                .anyMatch(r -> r.view().id() == 2 && FilingFormat.statusText(r).equals("符 · 待同步")));
        waitUntil(() -> robot.lookup("#filing-detail-status").queryAs(Label.class).getText().equals("符 · 待同步"));

        // The next most urgent (8 days): 退回补正 by keyboard, first without its items and deadline.
        onFx(() -> {
            var items = filing().table().getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).view().id() == 7) {
                    filing().table().getSelectionModel().clearAndSelect(i);
                }
            }
            filing().table().requestFocus();
            return null;
        });
        waitUntil(() -> filing().actions().row() != null && filing().actions().row().id() == 7L);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "filing-opinion".equals(focusOwner().getId()));
        typeInFocused("被告身份信息不明确，证据未编号，需一次性告知补正。");
        shortcut(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> ws.actions.size() == 3 && !robot.lookup("#filing-return").query().isDisabled());
        shortcut(robot, KeyCode.ALT, KeyCode.T);
        waitUntil(() -> "filing-supplement-items".equals(focusOwner().getId()));
        shortcut(robot, KeyCode.CONTROL, KeyCode.ENTER);
        VBox errors = robot.lookup("#filing-errors").queryAs(VBox.class);
        waitUntil(() -> errors.isVisible() && errors.getChildren().size() == 2);
        assertThat(((Label) errors.getChildren().get(0)).getText()).isEqualTo(Messages.error(ErrorCode.FILING_SUPPLEMENT_ITEMS_REQUIRED));
        assertThat(ws.actions).hasSize(3);
        assertThat(robot.lookup("#filing-return").query().getStyleClass()).contains("chosen");
        typeInFocused("补充被告的身份证明或统一社会信用代码\n证据材料逐项编号并附证据目录");
        UiTestSupport.snapshot(main, "filing-return");

        onFx(() -> {
            filing().actions().supplementDeadlineProperty().set(Samples.TODAY.plusDays(15));
            filing().detail().lookup("#filing-supplement-items").requestFocus();
            return null;
        });
        shortcut(robot, KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> ws.actions.size() == 4);
        FilingConclusionDecision d = ws.actions.get(3).payloadAs(FilingConclusionDecision.class);
        assertThat(d.returnKind()).isEqualTo(ReturnKind.SUPPLEMENT);
        assertThat(d.supplementItems()).hasSize(2);
        waitUntil(() -> filing().model().settled() && filing().table().getItems().stream()
                .anyMatch(r -> r.view().id() == 7 && FilingFormat.statusText(r).equals("退 · 待同步")));

        // The picture: a 收 row open, the 待同步 rows in the queue.
        onFx(() -> {
            var items = filing().table().getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).view().id() == 3) {
                    filing().table().getSelectionModel().clearAndSelect(i);
                }
            }
            return null;
        });
        waitUntil(() -> filing().actions().row() != null && filing().actions().row().id() == 3L
                && robot.lookup("#filing-detail-serial").queryAs(Label.class).getText().contains("WSLA2022000003"));
        Path png = UiTestSupport.snapshot(main, "filing-queue");
        assertThat(png).exists();
        String target = System.getProperty("courtdesk.screenshots");
        if (target != null && !target.isBlank()) {
            Path dir = Path.of(target).isAbsolute() ? Path.of(target) : Path.of("..").resolve(target);
            Files.createDirectories(dir);
            Files.copy(png, dir.resolve("filing-queue.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void takeInAsksFirstThenSaves(FxRobot robot) {
        showFilingTab();
        onFx(() -> {
            var items = filing().table().getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).view().id() == 9) {
                    filing().table().getSelectionModel().clearAndSelect(i);
                }
            }
            filing().table().requestFocus();
            return null;
        });
        waitUntil(() -> filing().actions().row() != null && filing().actions().row().id() == 9L
                && filing().actions().intakeOfferedProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#filing-intake-confirm").tryQuery().isPresent());
        robot.type(KeyCode.ENTER); // OK is the default button
        waitUntil(() -> ws.actions.size() == 1);
        assertThat(ws.actions.get(0).is(FilingOps.INTAKE)).isTrue();
    }

    private void select(long id) {
        onFx(() -> {
            var items = filing().table().getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).view().id() == id) {
                    filing().table().getSelectionModel().clearAndSelect(i);
                }
            }
            filing().table().requestFocus();
            return null;
        });
        waitUntil(() -> filing().actions().row() != null && filing().actions().row().id() == id);
    }

    @Test
    void aMessageByKeyboardAndAMaterialInTheViewer(FxRobot robot) {
        showFilingTab();
        select(13); // 立: the 案号 shows, 留言 still allowed
        assertThat(robot.lookup("#filing-detail-case-number").queryAs(Label.class).getText())
                .isEqualTo("案号：（2022）粤01民初1013号");
        shortcut(robot, KeyCode.CONTROL, KeyCode.M);
        waitUntil(() -> "filing-message".equals(focusOwner().getId()));
        typeInFocused("案号已通过短信发送，请注意查收。");
        shortcut(robot, KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> ws.actions.size() == 1);
        assertThat(ws.actions.get(0).is(FilingOps.MESSAGE)).isTrue();
        waitUntil(() -> robot.lookup("#filing-detail-status").queryAs(Label.class).getText().equals("立 · 待同步"));

        int before = main.materials().getTabs().size();
        // The link may be scrolled out of view (the 留言 box is at the end): fire it as a click would.
        var link = robot.lookup(".material-link").match((javafx.scene.control.Hyperlink h) ->
                h.getText().startsWith("起诉状：民事起诉状.pdf")).queryAs(javafx.scene.control.Hyperlink.class);
        onFx(() -> {
            link.fire();
            return null;
        });
        waitUntil(() -> main.materials().getTabs().size() == before + 1);
        Tab viewer = main.materials().getTabs().get(before);
        // docked beside the filing (issue 13): a short title, the rest in the tooltip
        assertThat(viewer.getText()).isEqualTo("起诉状");
        assertThat(viewer.getTooltip().getText()).startsWith("起诉状 · WSLA2022000013");
        assertThat(viewer.getContent()).isInstanceOf(org.courtdesk.app.ui.viewer.MaterialViewer.class);
    }

    @Test
    void aRefusedActionShowsTheServersReasonAndCanBeDiscarded(FxRobot robot) {
        ws.actions.add(new org.courtdesk.app.workspace.PendingAction(77, FilingSamples.ref(1), FilingOps.CONCLUSION.name(),
                "{\"conclusion\":\"CONFORMS\"}", Samples.CLOCK.instant(), org.courtdesk.app.outbox.OutboxState.CONFLICT,
                ErrorCode.VERSION_CONFLICT, null, null));
        ws.listeners.forEach(l -> l.changed(java.util.Set.of(FilingSamples.ref(1)))); // as the sync reports a 409
        showFilingTab();
        waitUntil(() -> filing().model().settled() && filing().table().getItems().stream()
                .anyMatch(r -> r.view().id() == 1 && r.sync() == FilingRow.Sync.CONFLICT));
        assertThat(filing().table().getItems().stream().filter(r -> r.view().id() == 1).findFirst().orElseThrow())
                .satisfies(r -> assertThat(FilingFormat.statusText(r)).isEqualTo("收 · 冲突"));
        select(1);
        // the core's sync bar over the detail: 处理冲突 opens the server's reason beside the action; 放弃我的决定
        waitUntil(() -> robot.lookup("#filing-conflict").query().isVisible());
        assertThat(robot.lookup("#filing-review").query().isVisible()).isFalse();
        onFx(() -> {
            robot.lookup("#filing-conflict").queryButton().fire();
            return null;
        });
        waitUntil(() -> filing().conflictDialog() != null && filing().conflictDialog().isShowing());
        assertThat(onFx(() -> filing().conflictDialog().getDialogPane().lookupAll(".conflict-server").stream()
                .map(n -> ((Label) n).getText()).toList())).contains(Messages.error(ErrorCode.VERSION_CONFLICT));
        onFx(() -> {
            ((javafx.scene.control.Button) filing().conflictDialog().getDialogPane().lookup("#conflict-discard")).fire();
            return null;
        });
        waitUntil(() -> ws.actions.isEmpty() && robot.lookup("#filing-review").query().isVisible());
        assertThat(robot.lookup("#filing-conflict").query().isVisible()).isFalse();
    }

    @Test
    void aCentreReviewerSeesTheFilingAndSuggestionTabsOnly() {
        FakeWorkspace reviewerWs = FilingSamples.workspace(FilingSamples.centreReviewer());
        Stage stage = onFx(Stage::new);
        MainWindow window = onFx(() -> new MainWindow(reviewerWs, Samples.CLOCK));
        try {
            onFx(() -> UiTestSupport.show(stage, window, 1280, 800));
            assertThat(window.tabs().getTabs()).extracting(Tab::getId).containsExactly("tab-today", "tab-filing", "tab-suggestion", "tab-notice");
            assertThat(window.reading()).isNull();
            FilingQueueView view = (FilingQueueView) window.queue(RequestKind.ONLINE_FILING).orElseThrow();
            waitUntil(() -> view.table().getItems().size() == 15 && view.model().settled());
            onFx(() -> {
                view.table().getSelectionModel().clearAndSelect(0);
                return null;
            });
            waitUntil(() -> view.actions().row() != null && view.actions().reviewOfferedProperty().get());
        } finally {
            onFx(() -> {
                window.dispose();
                stage.close();
                return null;
            });
        }
    }
}
