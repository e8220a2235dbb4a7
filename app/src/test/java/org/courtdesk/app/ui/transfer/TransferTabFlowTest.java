package org.courtdesk.app.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
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
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.transfer.TransferReceive;

/**
 * The 材料转接 tab in the main window with six materials, by keyboard: the longest waiting on top, J and Enter open it
 * (focus on 接收), 查看 opens its file in the in-app viewer, Alt+J 接收; 批量接收 (Ctrl+Shift+A) of a selection with one
 * already received row refused and listed; and a 1280×800 snapshot to target/screenshots/transfer-queue.png (copied to
 * docs/screenshots with -Dcourtdesk.screenshots=DIR).
 */
@ExtendWith(ApplicationExtension.class)
class TransferTabFlowTest {

    private FakeWorkspace ws;
    private MainWindow main;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        ws = TransferSamples.workspace();
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    private TransferQueueView view() {
        return (TransferQueueView) main.queue(RequestKind.MATERIAL_TRANSFER).orElseThrow();
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
    void receiveByKeyboardViewAFileBatchReceiveAndSnapshot(FxRobot robot) throws Exception {
        waitUntil(() -> main.queueTab(RequestKind.MATERIAL_TRANSFER).orElseThrow().getText().equals("材料转接（4）"));
        Tab tab = main.queueTab(RequestKind.MATERIAL_TRANSFER).orElseThrow();
        onFx(() -> {
            main.tabs().getSelectionModel().select(tab);
            return null;
        });
        waitUntil(() -> view().table().getItems().size() == 6 && view().model().settled());
        // 未接收 first, the longest waiting on top; the received ones last
        assertThat(view().table().getItems()).extracting(TransferRow::id).containsExactly(4L, 2L, 1L, 3L, 6L, 5L);

        onFx(() -> {
            view().table().requestFocus();
            return null;
        });
        robot.type(KeyCode.J);
        waitUntil(() -> view().shownId() == 4L && view().detail().shown() != null);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "transfer-receive".equals(focusOwner().getId()));
        snapshot();

        // 查看: the file opens in the in-app viewer
        int before = main.materials().getTabs().size();
        Hyperlink link = robot.lookup("#transfer-file-41").queryAs(Hyperlink.class);
        assertThat(link.getText()).isEqualTo("查看：调取证据申请书.pdf");
        onFx(() -> {
            link.fire();
            return null;
        });
        waitUntil(() -> main.materials().getTabs().size() == before + 1);
        assertThat(main.materials().getTabs().get(before).getContent())
                .isInstanceOf(org.courtdesk.app.ui.viewer.MaterialViewer.class);
        onFx(() -> {
            main.tabs().getSelectionModel().select(tab);
            return null;
        });

        // Alt+J receives the shown one
        select(4);
        waitUntil(() -> view().detail().shown() != null && view().detail().shown().id() == 4L);
        robot.press(KeyCode.ALT).type(KeyCode.J).release(KeyCode.ALT);
        waitUntil(() -> ws.actions.size() == 1);
        assertThat(ws.actions.get(0).is(TransferOps.RECEIVE)).isTrue();
        waitUntil(() -> robot.lookup("#transfer-detail-status").queryAs(Label.class).getText().equals("已接收 · 待同步"));

        // 批量接收: three waiting and one received selected; Ctrl+Shift+A saves three, lists the refused one
        waitUntil(() -> view().model().settled());
        select(2, 1, 3, 5);
        waitUntil(() -> robot.lookup("#transfer-batch-accept").queryAs(javafx.scene.control.Button.class).getText()
                .startsWith("批量接收所选（3）"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> ws.actions.size() == 4
                && robot.lookup("#transfer-batch-summary").queryAs(Label.class).getText().equals("已保存 3 条，未保存 1 条"));
        assertThat(ws.actions.subList(1, 4)).allSatisfy(a -> assertThat(a.is(TransferOps.RECEIVE)).isTrue());
        assertThat(ws.actions.subList(1, 4).stream().map(a -> a.payloadAs(TransferReceive.class).idempotencyKey())
                .distinct()).hasSize(3);
        assertThat(ws.actions.subList(1, 4)).extracting(a -> a.request().id()).containsExactlyInAnyOrder(1L, 2L, 3L);
        VBox failures = robot.lookup("#transfer-batch-failures").queryAs(VBox.class);
        assertThat(failures.getChildren()).hasSize(1);
        assertThat(((Label) failures.getChildren().get(0)).getText()).startsWith("CL2022051000005").contains("已接收");
        assertThat(robot.lookup("#transfer-batch-progress").queryAs(javafx.scene.control.ProgressBar.class)
                .getProgress()).isEqualTo(1.0);
        waitUntil(() -> view().model().settled() && view().table().getItems().stream().noneMatch(TransferRow::receivable));
        waitUntil(() -> tab.getText().equals("材料转接（0）"));
    }

    @Test
    void theTransferKeysActOnlyOnItsTab(FxRobot robot) {
        onFx(() -> {
            main.reading().table().requestFocus();
            return null;
        });
        robot.press(KeyCode.ALT).type(KeyCode.J).release(KeyCode.ALT);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(ws.actions).isEmpty();
    }

    private void snapshot() throws java.io.IOException {
        Path png = UiTestSupport.snapshot(main, "transfer-queue");
        assertThat(Files.size(png)).isGreaterThan(10_000);
        String target = System.getProperty("courtdesk.screenshots");
        if (target != null && !target.isBlank()) {
            Path dir = Path.of(target).isAbsolute() ? Path.of(target) : Path.of("..").resolve(target);
            Files.createDirectories(dir);
            Files.copy(png, dir.resolve("transfer-queue.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
