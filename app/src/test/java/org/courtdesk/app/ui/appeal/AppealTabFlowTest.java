package org.courtdesk.app.ui.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
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
import org.courtdesk.model.appeal.AppealConclusion;
import org.courtdesk.model.appeal.AppealDecision;
import org.courtdesk.model.request.RequestKind;

/**
 * The 提起上诉 tab in the main window with six appeals: the order (the late copy first), a return by keyboard only
 * (Enter, Alt+R, Ctrl+S refused without a reason, then with it), the 特别授权 flag, and a snapshot at 1280×800 to
 * target/screenshots/appeal-queue.png (copied to docs/screenshots with -Dcourtdesk.screenshots=DIR).
 */
@ExtendWith(ApplicationExtension.class)
class AppealTabFlowTest {

    private FakeWorkspace ws;
    private MainWindow main;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        ws = AppealSamples.workspace();
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    private AppealQueueView view() {
        return (AppealQueueView) main.queue(RequestKind.APPEAL).orElseThrow();
    }

    private void showTab() {
        Tab tab = main.queueTab(RequestKind.APPEAL).orElseThrow();
        onFx(() -> {
            main.tabs().getSelectionModel().select(tab);
            return null;
        });
        waitUntil(() -> view().table().getItems().size() == 6 && view().model().settled());
    }

    @Test
    void returnByKeyboardAndSnapshot(FxRobot robot) throws Exception {
        assertThat(main.tabs().getTabs()).extracting(Tab::getId).contains("tab-appeal");
        waitUntil(() -> main.queueTab(RequestKind.APPEAL).orElseThrow().getText().equals("提起上诉（3）"));
        showTab();
        assertThat(view().table().getItems()).extracting(AppealRow::id).startsWith(3L, 2L);
        onFx(() -> {
            view().table().getSelectionModel().clearAndSelect(0);
            view().table().requestFocus();
            return null;
        });
        waitUntil(() -> view().actions().row() != null && view().actions().row().id() == 3L
                && robot.lookup("#appeal-flag").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "appeal-opinion".equals(onFx(() -> main.getScene().getFocusOwner()).getId()));
        robot.press(KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT);
        waitUntil(() -> view().actions().conclusionProperty().get() == AppealConclusion.RETURN);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> !view().actions().errors().isEmpty());
        assertThat(robot.lookup("#appeal-errors").queryAs(Label.class).getText()).contains("退回须写明理由");
        assertThat(ws.actions).isEmpty();
        onFx(() -> {
            ((TextArea) main.getScene().getFocusOwner()).setText("上诉状未列明被上诉人的住所，请补正。");
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> ws.actions.size() == 1);
        AppealDecision d = ws.actions.get(0).payloadAs(AppealDecision.class);
        assertThat(d.conclusion()).isEqualTo(AppealConclusion.RETURN);
        // save-and-next: the saved request's row says 待同步 and the queue is on the next request still to do
        waitUntil(() -> view().shownId() > 0 && view().shownId() != 3L
                && view().model().sync(view().model().row(3L).orElseThrow()) == org.courtdesk.app.ui.queue.QueueSync.PENDING);
        assertThat(onFx(() -> view().table().getSelectionModel().getSelectedItem().id())).isEqualTo(view().shownId());
        assertThat(onFx(() -> view().actions().decisionOfferedProperty().get())).as("the next one offers its form").isTrue();

        // the snapshot: the other flagged appeal, received today
        onFx(() -> {
            var items = view().table().getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).id() == 1L) {
                    view().table().getSelectionModel().clearAndSelect(i);
                }
            }
            return null;
        });
        waitUntil(() -> view().actions().row() != null && view().actions().row().id() == 1L);
        Path png = UiTestSupport.snapshot(main, "appeal-queue");
        assertThat(png).exists();
        String target = System.getProperty("courtdesk.screenshots");
        if (target != null && !target.isBlank()) {
            Path dir = Path.of(target).isAbsolute() ? Path.of(target) : Path.of("..").resolve(target);
            Files.createDirectories(dir);
            Files.copy(png, dir.resolve("appeal-queue.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
