package org.courtdesk.app.ui.preservation;

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
import org.courtdesk.model.preservation.PreservationAccept;
import org.courtdesk.model.preservation.PreservationReturn;
import org.courtdesk.model.request.RequestKind;

/**
 * The 诉讼保全 tab in the main window with eight applications: the overdue on top with its time left; 退回 by keyboard
 * (Alt+T refused without a reason, then saved with it), 接收 by Alt+J, 批量接收 of a selection with one refused row
 * listed; and a 1280×800 snapshot to target/screenshots/preservation-queue.png (copied to docs/screenshots with
 * -Dcourtdesk.screenshots=DIR).
 */
@ExtendWith(ApplicationExtension.class)
class PreservationTabFlowTest {

    private FakeWorkspace ws;
    private MainWindow main;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        ws = PreservationSamples.workspace();
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    private PreservationQueueView view() {
        return (PreservationQueueView) main.queue(RequestKind.PRESERVATION).orElseThrow();
    }

    private void showTab() {
        Tab tab = main.queueTab(RequestKind.PRESERVATION).orElseThrow();
        onFx(() -> {
            main.tabs().getSelectionModel().select(tab);
            return null;
        });
        waitUntil(() -> view().table().getItems().size() == 8 && view().model().settled());
    }

    private Node focusOwner() {
        return onFx(() -> main.getScene().getFocusOwner());
    }

    private void select(long... ids) {
        onFx(() -> {
            var table = view().table();
            table.getSelectionModel().clearSelection();
            for (long id : ids) {
                for (int i = 0; i < table.getItems().size(); i++) {
                    if (table.getItems().get(i).id() == id) {
                        table.getSelectionModel().select(i);
                    }
                }
            }
            table.requestFocus();
            return null;
        });
    }

    @Test
    void returnAndAcceptByKeyboardBatchAcceptAndSnapshot(FxRobot robot) throws Exception {
        assertThat(main.tabs().getTabs()).extracting(Tab::getId).contains("tab-preservation");
        waitUntil(() -> main.queueTab(RequestKind.PRESERVATION).orElseThrow().getText().equals("诉讼保全（6）"));
        showTab();
        PreservationRow top = view().table().getItems().get(0);
        assertThat(top.id()).isEqualTo(4L);
        assertThat(PreservationFormat.timeLeft(top.clock())).isEqualTo("超时 1 天");
        assertThat(PreservationFormat.timeLeft(view().table().getItems().get(1).clock())).isEqualTo("超时 5 小时");
        // the time left's cell tells the limit and its due time
        waitUntil(() -> robot.lookup(".table-cell.preservation-left").queryAll().stream()
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .anyMatch(c -> "超时 1 天".equals(c.getText()) && c.getTooltip() != null
                        && c.getTooltip().getText().equals(PreservationFormat.dueText(top.clock(), Samples.ZONE))));

        // J selects the top row, Enter opens it with the focus on the ruling's reference
        onFx(() -> {
            view().table().requestFocus();
            return null;
        });
        robot.type(KeyCode.J);
        waitUntil(() -> view().shownId() == 4L && view().detail().shown() != null);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "preservation-ruling".equals(focusOwner().getId()));
        snapshot();
        // Alt+T without a reason: refused, the focus goes to the reason, nothing saved
        robot.press(KeyCode.ALT).type(KeyCode.T).release(KeyCode.ALT);
        waitUntil(() -> "preservation-reason".equals(focusOwner().getId()));
        VBox errors = robot.lookup("#preservation-errors").queryAs(VBox.class);
        assertThat(((Label) errors.getChildren().get(0)).getText()).isEqualTo("退回保全申请须写明理由");
        assertThat(ws.actions).isEmpty();
        onFx(() -> {
            ((TextArea) main.getScene().getFocusOwner()).setText("财产线索不具体，请写明开户行及账号。");
            return null;
        });
        robot.press(KeyCode.ALT).type(KeyCode.T).release(KeyCode.ALT);
        waitUntil(() -> ws.actions.size() == 1);
        assertThat(ws.actions.get(0).is(PreservationOps.RETURN)).isTrue();
        assertThat(ws.actions.get(0).payloadAs(PreservationReturn.class).reason()).isEqualTo("财产线索不具体，请写明开户行及账号。");
        waitUntil(() -> robot.lookup("#preservation-detail-status").queryAs(Label.class).getText().equals("退回 · 待同步"));

        // Alt+J accepts the shown one (the next overdue)
        select(1);
        waitUntil(() -> view().shownId() == 1L && view().detail().shown() != null && view().detail().shown().id() == 1L);
        robot.press(KeyCode.ALT).type(KeyCode.J).release(KeyCode.ALT);
        waitUntil(() -> ws.actions.size() == 2);
        assertThat(ws.actions.get(1).is(PreservationOps.ACCEPT)).isTrue();

        // 批量接收: three waiting and one decided selected; Ctrl+Shift+A saves three, lists the refused one
        waitUntil(() -> view().model().settled());
        select(2, 5, 3, 7);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> ws.actions.size() == 5
                && robot.lookup("#preservation-batch-summary").queryAs(Label.class).getText().equals("已保存 3 条，未保存 1 条"));
        assertThat(ws.actions.subList(2, 5)).allSatisfy(a -> assertThat(a.is(PreservationOps.ACCEPT)).isTrue());
        assertThat(ws.actions.subList(2, 5).stream().map(a -> a.payloadAs(PreservationAccept.class).idempotencyKey())
                .distinct()).hasSize(3);
        VBox failures = robot.lookup("#preservation-batch-failures").queryAs(VBox.class);
        assertThat(failures.getChildren()).hasSize(1);
        assertThat(((Label) failures.getChildren().get(0)).getText()).startsWith("BQ2022051000007").contains("已接收");
        assertThat(robot.lookup("#preservation-batch-progress").queryAs(javafx.scene.control.ProgressBar.class)
                .getProgress()).isEqualTo(1.0);

        // after the batch the waiting rows left are the ones not selected
        waitUntil(() -> view().model().settled() && view().table().getItems().stream().filter(PreservationRow::decidable)
                .map(PreservationRow::id).toList().equals(java.util.List.of(6L)));
    }

    /** The queue as the judge first sees it: the overdue one on top, its detail open. */
    private void snapshot() throws java.io.IOException {
        Path png = UiTestSupport.snapshot(main, "preservation-queue");
        assertThat(Files.size(png)).isGreaterThan(10_000);
        String target = System.getProperty("courtdesk.screenshots");
        if (target != null && !target.isBlank()) {
            Path dir = Path.of(target).isAbsolute() ? Path.of(target) : Path.of("..").resolve(target);
            Files.createDirectories(dir);
            Files.copy(png, dir.resolve("preservation-queue.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void thePreservationKeysActOnlyOnItsTab(FxRobot robot) {
        onFx(() -> {
            main.reading().table().requestFocus();
            return null;
        });
        robot.press(KeyCode.ALT).type(KeyCode.J).release(KeyCode.ALT);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(ws.actions).isEmpty();
    }
}
