package org.courtdesk.app.ui.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
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
import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.binding.BindingDecision;
import org.courtdesk.model.binding.BindingVerdict;
import org.courtdesk.model.request.RequestKind;

/**
 * The 案件绑定 tab as a clerk who processes binding requests (spec-004 §8): the whole queue by keyboard alone — J to the
 * longest waiting, Enter, Alt+A, Ctrl+S (the next pending is selected), Enter, Alt+R, Ctrl+S refused without a
 * reason, F4 ↓ Enter for a standard reason, Ctrl+S, Esc, J and K — and a snapshot of the window at 1280×800 to
 * target/screenshots/binding-queue.png (copied to docs/screenshots with -Dcourtdesk.screenshots=DIR).
 */
@ExtendWith(ApplicationExtension.class)
class BindingTabFlowTest {

    private FakeWorkspace ws;
    private MainWindow main;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        FakeWorkspace sample = BindingSamples.workspace();
        ws = new FakeWorkspace(Samples.CLOCK) {
            @Override
            public UserInfo user() {
                return new UserInfo(11, "clerk.wang", "王晓琳", Role.CLERK, BindingSamples.COURT, true);
            }
        };
        ws.kindViews.putAll(sample.kindViews);
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    private BindingQueueView binding() {
        return (BindingQueueView) main.queue(RequestKind.CASE_BINDING).orElseThrow();
    }

    private Node focusOwner() {
        return onFx(() -> main.getScene().getFocusOwner());
    }

    private void shortcut(FxRobot robot, KeyCode modifier, KeyCode key) {
        robot.press(modifier).type(key).release(modifier);
    }

    @Test
    void aClerkWorksTheQueueByKeyboardAlone(FxRobot robot) throws Exception {
        assertThat(main.tabs().getTabs()).extracting(Tab::getId).contains("tab-binding");
        Tab tab = main.queueTab(RequestKind.CASE_BINDING).orElseThrow();
        waitUntil(() -> tab.getText().equals("案件绑定（6）"));
        onFx(() -> {
            main.tabs().getSelectionModel().select(tab);
            return null;
        });
        waitUntil(() -> binding().table().getItems().size() == 6 && binding().model().settled());
        onFx(() -> {
            binding().table().requestFocus();
            return null;
        });
        waitUntil(() -> binding().table().isFocused());

        // J: the longest waiting (12 days) is first. Enter opens it; Alt+A, Ctrl+S approves.
        robot.type(KeyCode.J);
        try {
            waitUntil(() -> binding().shownId() == 2L);
        } catch (AssertionError e) {
            throw new AssertionError("shown " + binding().shownId() + ", rows " + onFx(() -> binding().table().getItems()
                    .stream().map(BindingRow::id).toList()) + ", selected " + onFx(() -> binding().table()
                    .getSelectionModel().getSelectedIndex()) + ", focus " + focusOwner(), e);
        }
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "binding-approve".equals(focusOwner().getId()));
        shortcut(robot, KeyCode.ALT, KeyCode.A);
        shortcut(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> ws.actions.size() == 1);
        BindingDecision first = ws.actions.get(0).payloadAs(BindingDecision.class);
        assertThat(first.verdict()).isEqualTo(BindingVerdict.APPROVE);
        assertThat(ws.actions.get(0).request()).isEqualTo(BindingSamples.ref(2));
        // Back on the list, on the next pending (7 days); the approved one left the 待审核 view.
        waitUntil(() -> binding().shownId() == 4L && binding().model().settled()
                && binding().table().getItems().size() == 5 && binding().table().isFocused());
        waitUntil(() -> tab.getText().equals("案件绑定（5）"));

        // Enter, Alt+R: the reason takes the focus; Ctrl+S without one is refused here, nothing saved.
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "binding-approve".equals(focusOwner().getId()));
        shortcut(robot, KeyCode.ALT, KeyCode.R);
        waitUntil(() -> focusOwner() != null && robot.lookup("#binding-reason").query().isFocused()
                || isInsideReason(focusOwner()));
        shortcut(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> robot.lookup("#binding-errors").queryAs(Label.class).getText().contains("审核不通过须写明理由"));
        assertThat(ws.actions).hasSize(1);
        // F4 opens the phrase list, ↓ picks the first standard reason, Enter takes it; Ctrl+S saves.
        robot.type(KeyCode.F4);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> Messages.get("binding.reason.1").equals(binding().decision().reasonProperty().get()));
        shortcut(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> ws.actions.size() == 2);
        BindingDecision second = ws.actions.get(1).payloadAs(BindingDecision.class);
        assertThat(ws.actions.get(1).request()).isEqualTo(BindingSamples.ref(4));
        assertThat(second.verdict()).isEqualTo(BindingVerdict.REJECT);
        assertThat(second.reason()).isEqualTo(Messages.get("binding.reason.1"));
        waitUntil(() -> binding().shownId() == 6L && binding().table().getItems().size() == 4);

        // Esc from the form; J down and K back up the list.
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "binding-approve".equals(focusOwner().getId()));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> binding().table().isFocused());
        robot.type(KeyCode.J);
        waitUntil(() -> binding().shownId() == 1L);
        robot.type(KeyCode.K);
        waitUntil(() -> binding().shownId() == 6L);

        // The picture: every status, with the two decisions waiting for upload.
        onFx(() -> {
            binding().resetFilters();
            return null;
        });
        onFx(() -> {
            var status = (javafx.scene.control.ComboBox<?>) robot.lookup("#binding-filter-status").query();
            status.getSelectionModel().select(0);
            return null;
        });
        waitUntil(() -> binding().model().settled() && binding().table().getItems().size() == 9);
        onFx(() -> {
            binding().table().getSelectionModel().clearAndSelect(2);
            return null;
        });
        waitUntil(() -> robot.lookup("#binding-detail-status").queryAs(Label.class).getText().equals("待审核"));
        Path png = UiTestSupport.snapshot(main, "binding-queue");
        assertThat(png).exists();
        String target = System.getProperty("courtdesk.screenshots");
        if (target != null && !target.isBlank()) {
            Path dir = Path.of(target).isAbsolute() ? Path.of(target) : Path.of("..").resolve(target);
            Files.createDirectories(dir);
            Files.copy(png, dir.resolve("binding-queue.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean isInsideReason(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if ("binding-reason".equals(x.getId())) {
                return true;
            }
        }
        return false;
    }
}
