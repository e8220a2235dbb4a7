package org.courtdesk.app.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
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
import org.courtdesk.app.ui.viewer.MaterialViewer;
import org.courtdesk.model.reading.ReviewOpinion;

/**
 * The keyboard model (issue 13): a material opens docked beside the queue and its form, with the keyboard in it; while
 * the judge reads, Ctrl+1 and Ctrl+S do nothing to the form; Esc or Ctrl+W closes it and the keyboard goes back where it
 * was; a material pops out to its own window; F1's sheet is made from the key table.
 */
@ExtendWith(ApplicationExtension.class)
class ReadingPaneKeysTest {

    private FakeWorkspace ws;
    private MainWindow main;

    @Start
    void start(Stage stage) throws Exception {
        Messages.use(Messages.CHINESE);
        ws = Samples.workspace();
        ws.documents.put("sha-pid-2", png());
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(400, 260, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(new java.awt.Color(230, 240, 255));
        g.fillRect(0, 0, 400, 260);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private void openRequest2() {
        waitUntil(() -> main.reading().model().settled() && main.reading().table().getItems().size() == 6);
        onFx(() -> {
            main.reading().table().getSelectionModel().select(1);
            return null;
        });
        waitUntil(() -> main.reading().formModel().request() != null && main.reading().formModel().request().id() == 2L);
    }

    private Hyperlink link(FxRobot robot, String fileName) {
        return robot.lookup(".material-link").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().contains(fileName)).findFirst().orElseThrow();
    }

    /** The judge tabs to the material link and presses Enter; the viewer takes the keyboard. */
    private Hyperlink openByKeyboard(FxRobot robot) {
        Hyperlink link = link(robot, "当事人身份证明.png");
        onFx(() -> {
            link.requestFocus();
            return null;
        });
        waitUntil(() -> focusOwner() == link);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> main.materials().getTabs().size() == 1 || !main.materialWindows().isEmpty());
        try {
            waitUntil(() -> main.focusArea() == KeyTable.Area.VIEWER);
        } catch (AssertionError e) {
            throw new AssertionError("the keyboard stayed on " + focusOwner(), e);
        }
        return link;
    }

    private Node focusOwner() {
        return onFx(() -> main.getScene().getFocusOwner());
    }

    @Test
    void aMaterialDocksBesideTheFormTakesTheKeyboardAndTheFormsKeysDoNothingThere(FxRobot robot) throws Exception {
        openRequest2();
        Hyperlink link = link(robot, "当事人身份证明.png");
        // the judge is on the material link (Tab there), opens it with Enter
        onFx(() -> {
            link.requestFocus();
            return null;
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> main.materials().getTabs().size() == 1);
        // docked: the queue (with its detail and form) and the viewer side by side, both on screen
        assertThat(main.lookup("#work-area")).isNotNull();
        assertThat(onFx(() -> main.reading().isVisible() && main.reading().getScene() != null)).isTrue();
        assertThat(robot.lookup("#review-form").query().isVisible()).isTrue();
        waitUntil(() -> main.focusArea() == KeyTable.Area.VIEWER);
        assertThat(main.materials().getTabs().get(0).getText()).isEqualTo("当事人身份证明");
        UiTestSupport.snapshot(main, "reading-pane-docked");

        // the form's keys do nothing while the keyboard is in the viewer
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.reading().formModel().opinionProperty().get()).isNull();
        assertThat(ws.saved).isEmpty();

        // Esc closes it and the keyboard is back on the link it was opened from
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> main.materials().getTabs().isEmpty());
        waitUntil(() -> focusOwner() == link);
        assertThat(onFx(() -> main.lookup("#reading-pane"))).isNull(); // folded away

        // back in the queue, the same keys act on the form again
        onFx(() -> {
            main.reading().table().requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitUntil(() -> main.reading().formModel().opinionProperty().get() == ReviewOpinion.AGREE);
    }

    /**
     * Ctrl+Tab acts where the keyboard is (issue 13): in a text area it keeps its default (the keyboard leaves it, the
     * queue stays); in the reading pane it walks the materials' tabs (the queue stays); elsewhere it walks the queues.
     */
    @Test
    void ctrlTabLeavesATextAreaAndWalksTheMaterialsInTheReadingPane(FxRobot robot) throws Exception {
        ws.documents.put("sha-poa-2", png());
        openRequest2();
        javafx.scene.control.TextArea area = onFx(() -> main.reading().lookupAll(".text-area").stream()
                .filter(n -> n instanceof javafx.scene.control.TextArea && n.isVisible() && !n.isDisabled())
                .map(n -> (javafx.scene.control.TextArea) n).findFirst().orElseThrow());
        onFx(() -> {
            area.requestFocus();
            return null;
        });
        waitUntil(area::isFocused);
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        waitUntil(() -> !area.isFocused());
        assertThat(onFx(() -> main.tabs().getSelectionModel().getSelectedItem().getId())).isEqualTo("tab-reading");
        String typed = onFx(() -> area.getText());
        assertThat(typed == null ? "" : typed).doesNotContain("\t");

        // two materials docked: Ctrl+Tab and Ctrl+Shift+Tab switch between them, the queue stays
        openByKeyboard(robot);
        Hyperlink poa = link(robot, "当事人授权委托书.jpg");
        onFx(() -> {
            poa.requestFocus();
            return null;
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> main.materials().getTabs().size() == 2 && main.focusArea() == KeyTable.Area.VIEWER);
        int before = onFx(() -> main.materials().getSelectionModel().getSelectedIndex());
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        waitUntil(() -> main.materials().getSelectionModel().getSelectedIndex() == 1 - before
                && main.focusArea() == KeyTable.Area.VIEWER);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> main.materials().getSelectionModel().getSelectedIndex() == before);
        assertThat(onFx(() -> main.tabs().getSelectionModel().getSelectedItem().getId())).isEqualTo("tab-reading");
    }

    @Test
    void ctrlWClosesAndCtrlShiftMGoesToTheMaterialAndBack(FxRobot robot) {
        openRequest2();
        Hyperlink link = openByKeyboard(robot);
        // back to where the judge opened it from (the link), to the material again, and Ctrl+W closes it
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.M).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> focusOwner() == link);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.M).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> main.focusArea() == KeyTable.Area.VIEWER);
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        waitUntil(() -> main.materials().getTabs().isEmpty());
        waitUntil(() -> focusOwner() == link);
    }

    @Test
    void aMaterialPopsOutToItsOwnWindowAndEscClosesIt(FxRobot robot) {
        openRequest2();
        openByKeyboard(robot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> main.materialWindows().size() == 1 && main.materials().getTabs().isEmpty());
        Stage window = main.materialWindows().get(0);
        assertThat(window.getScene().getRoot()).isInstanceOf(MaterialViewer.class);
        assertThat(window.isShowing()).isTrue();
        onFx(() -> {
            window.requestFocus();
            window.getScene().getRoot().requestFocus();
            return null;
        });
        onFx(() -> {
            // Esc in the popped-out window closes it
            javafx.event.Event.fireEvent(window.getScene().getRoot(), new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false));
            return null;
        });
        waitUntil(() -> main.materialWindows().isEmpty() && !window.isShowing());
    }

    @Test
    void f1ShowsTheSheetMadeFromTheKeyTable(FxRobot robot) throws Exception {
        openRequest2();
        onFx(() -> {
            main.reading().table().requestFocus();
            return null;
        });
        robot.type(KeyCode.F1);
        waitUntil(() -> robot.lookup("#keys-sheet").tryQuery().isPresent());
        java.util.List<String> texts = robot.lookup("#keys-sheet .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        for (KeyTable.Key k : KeyTable.ALL) {
            assertThat(texts).as(k.shown()).contains(k.shown(), k.description());
        }
        UiTestSupport.snapshot(robot.lookup("#keys-sheet").query().getScene().getRoot(), "keys-sheet");
        robot.type(KeyCode.ESCAPE);
    }

    /** 关于 (issue 13): version, server, data folder and log folder, with the log folder one click away. */
    @Test
    void aboutNamesTheServerAndWhereDataAndLogsAre() {
        javafx.scene.layout.GridPane g = onFx(() -> MainWindow.aboutContent("http://court.example:7070"));
        java.util.List<String> texts = onFx(() -> g.getChildren().stream().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).toList());
        assertThat(texts).contains("版本", "服务器地址", "http://court.example:7070", "数据文件夹", "日志文件夹",
                org.courtdesk.app.settings.AppDirs.home().toString(),
                org.courtdesk.app.settings.AppLogs.file(org.courtdesk.app.settings.AppDirs.home()).getParent().toString());
        assertThat(g.lookup("#about-open-logs")).isNotNull();
    }
}
