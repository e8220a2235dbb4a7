package org.courtdesk.app.ui.investigation;

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
import org.courtdesk.model.investigation.InvestigationReturn;
import org.courtdesk.model.request.RequestKind;

/**
 * The 调查令 tab in the main window: the overdue application on top; 退回 by keyboard (refused without a reason, then
 * saved), 接收 by Alt+J; the issued order of an accepted application opened in the viewer by Alt+O; and a 1280×800
 * snapshot to target/screenshots/investigation-queue.png (docs/screenshots with -Dcourtdesk.screenshots=DIR).
 */
@ExtendWith(ApplicationExtension.class)
class InvestigationTabFlowTest {

    private FakeWorkspace ws;
    private MainWindow main;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        ws = InvestigationSamples.workspace();
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    private InvestigationQueueView view() {
        return (InvestigationQueueView) main.queue(RequestKind.INVESTIGATION_ORDER).orElseThrow();
    }

    private Node focusOwner() {
        return onFx(() -> main.getScene().getFocusOwner());
    }

    private void select(long id) {
        onFx(() -> {
            var table = view().table();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id() == id) {
                    table.getSelectionModel().clearAndSelect(i);
                }
            }
            table.requestFocus();
            return null;
        });
        waitUntil(() -> view().detail().shown() != null && view().detail().shown().id() == id);
    }

    @Test
    void decideByKeyboardViewTheOrderAndSnapshot(FxRobot robot) throws Exception {
        Tab tab = main.queueTab(RequestKind.INVESTIGATION_ORDER).orElseThrow();
        waitUntil(() -> tab.getText().equals("调查令（4）"));
        onFx(() -> {
            main.tabs().getSelectionModel().select(tab);
            return null;
        });
        waitUntil(() -> view().table().getItems().size() == 6 && view().model().settled());
        assertThat(view().table().getItems().get(0).id()).isEqualTo(2L);
        onFx(() -> {
            view().table().requestFocus();
            return null;
        });
        robot.type(KeyCode.J);
        waitUntil(() -> view().detail().shown() != null && view().detail().shown().id() == 2L);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "investigation-issue".equals(focusOwner().getId()));
        Path png = UiTestSupport.snapshot(main, "investigation-queue");
        String target = System.getProperty("courtdesk.screenshots");
        if (target != null && !target.isBlank()) {
            Path dir = Path.of(target).isAbsolute() ? Path.of(target) : Path.of("..").resolve(target);
            Files.createDirectories(dir);
            Files.copy(png, dir.resolve("investigation-queue.png"), StandardCopyOption.REPLACE_EXISTING);
        }

        // 退回: Alt+T without a reason goes to the reason; with it, saved
        robot.press(KeyCode.ALT).type(KeyCode.T).release(KeyCode.ALT);
        waitUntil(() -> "investigation-reason".equals(focusOwner().getId()));
        VBox errors = robot.lookup("#investigation-errors").queryAs(VBox.class);
        assertThat(((Label) errors.getChildren().get(0)).getText()).isEqualTo("退回调查令申请须写明理由");
        assertThat(ws.actions).isEmpty();
        onFx(() -> {
            ((TextArea) main.getScene().getFocusOwner()).setText("调查内容与待证事实无关联，请明确所需证据。");
            return null;
        });
        robot.press(KeyCode.ALT).type(KeyCode.T).release(KeyCode.ALT);
        waitUntil(() -> ws.actions.size() == 1);
        assertThat(ws.actions.get(0).payloadAs(InvestigationReturn.class).reason()).startsWith("调查内容与待证事实无关联");
        waitUntil(() -> robot.lookup("#investigation-detail-status").queryAs(Label.class).getText().equals("退回 · 待同步"));

        // 接收 by Alt+J on the next one
        select(3);
        robot.press(KeyCode.ALT).type(KeyCode.J).release(KeyCode.ALT);
        waitUntil(() -> ws.actions.size() == 2 && ws.actions.get(1).is(InvestigationOps.ISSUE));

        // the accepted one's order opens in the viewer (Alt+O)
        select(5);
        int before = main.materials().getTabs().size();
        robot.press(KeyCode.ALT).type(KeyCode.O).release(KeyCode.ALT);
        waitUntil(() -> main.materials().getTabs().size() == before + 1);
        Tab viewer = main.materials().getTabs().get(before);
        assertThat(viewer.getTooltip().getText()).contains("（2022）粤01调令5号");
        assertThat(viewer.getContent()).isInstanceOf(org.courtdesk.app.ui.viewer.MaterialViewer.class);
    }
}
