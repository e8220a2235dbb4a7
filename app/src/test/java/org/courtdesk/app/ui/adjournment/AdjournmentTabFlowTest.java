package org.courtdesk.app.ui.adjournment;

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
import org.courtdesk.model.adjournment.AdjournmentConclusion;
import org.courtdesk.model.adjournment.AdjournmentDecision;
import org.courtdesk.model.request.RequestKind;

/**
 * The 延期开庭 tab in the main window with seven requests: the order (overdue first, then by hearing time), a rejection
 * by keyboard only (Enter, Alt+N, the opinion, Ctrl+S; first refused without the opinion), and a snapshot at 1280×800 to
 * target/screenshots/adjournment-queue.png (copied to docs/screenshots with -Dcourtdesk.screenshots=DIR).
 */
@ExtendWith(ApplicationExtension.class)
class AdjournmentTabFlowTest {

    private FakeWorkspace ws;
    private MainWindow main;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        ws = AdjournmentSamples.workspace();
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    private AdjournmentQueueView view() {
        return (AdjournmentQueueView) main.queue(RequestKind.ADJOURNMENT).orElseThrow();
    }

    private void showTab() {
        Tab tab = main.queueTab(RequestKind.ADJOURNMENT).orElseThrow();
        onFx(() -> {
            main.tabs().getSelectionModel().select(tab);
            return null;
        });
        waitUntil(() -> view().table().getItems().size() == 7 && view().model().settled());
    }

    @Test
    void rejectByKeyboardAndSnapshot(FxRobot robot) throws Exception {
        assertThat(main.tabs().getTabs()).extracting(Tab::getId).contains("tab-adjournment");
        waitUntil(() -> main.queueTab(RequestKind.ADJOURNMENT).orElseThrow().getText().equals("延期开庭（5）"));
        showTab();
        assertThat(view().table().getItems()).extracting(AdjournmentRow::id).startsWith(4L, 1L, 2L);
        onFx(() -> {
            view().table().getSelectionModel().clearAndSelect(1);
            view().table().requestFocus();
            return null;
        });
        waitUntil(() -> view().actions().row() != null && view().actions().row().id() == 1L);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "adjournment-opinion".equals(onFx(() -> main.getScene().getFocusOwner()).getId()));
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        waitUntil(() -> view().actions().conclusionProperty().get() == AdjournmentConclusion.REJECT);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> !view().actions().errors().isEmpty());
        assertThat(robot.lookup("#adjournment-errors").queryAs(Label.class).getText()).contains("审查意见");
        assertThat(ws.actions).isEmpty();
        onFx(() -> {
            ((TextArea) main.getScene().getFocusOwner()).setText("病历显示已出院，可以到庭。");
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> ws.actions.size() == 1);
        AdjournmentDecision d = ws.actions.get(0).payloadAs(AdjournmentDecision.class);
        assertThat(d.conclusion()).isEqualTo(AdjournmentConclusion.REJECT);
        assertThat(d.opinion()).isEqualTo("病历显示已出院，可以到庭。");
        // save-and-next: the saved request's row says 待同步 and the queue is on the next request still to do
        waitUntil(() -> view().shownId() > 0 && view().shownId() != 1L
                && view().model().sync(view().model().row(1L).orElseThrow()) == org.courtdesk.app.ui.queue.QueueSync.PENDING);
        assertThat(onFx(() -> view().table().getSelectionModel().getSelectedItem().id())).isEqualTo(view().shownId());
        assertThat(onFx(() -> view().actions().decisionOfferedProperty().get())).as("the next one offers its form").isTrue();

        // the snapshot: a request at its limit, with the rule's words
        onFx(() -> {
            var items = view().table().getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).id() == 5L) {
                    view().table().getSelectionModel().clearAndSelect(i);
                }
            }
            return null;
        });
        waitUntil(() -> view().actions().row() != null && view().actions().row().id() == 5L
                && robot.lookup("#adjournment-limit").tryQuery().isPresent());
        Path png = UiTestSupport.snapshot(main, "adjournment-queue");
        assertThat(png).exists();
        String target = System.getProperty("courtdesk.screenshots");
        if (target != null && !target.isBlank()) {
            Path dir = Path.of(target).isAbsolute() ? Path.of(target) : Path.of("..").resolve(target);
            Files.createDirectories(dir);
            Files.copy(png, dir.resolve("adjournment-queue.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * What is typed is what is saved (issue 13, kind-neutral FormFields): a new hearing date typed into the picker
     * and saved with Ctrl+S without leaving it is the date saved; text that is no date is refused under the field and
     * nothing is saved.
     */
    @Test
    void theNewHearingDateTypedIsTheOneSavedAndTextThatIsNoDateIsRefusedAtTheField(FxRobot robot) {
        showTab();
        onFx(() -> {
            view().table().getSelectionModel().clearAndSelect(1);
            view().table().requestFocus();
            return null;
        });
        waitUntil(() -> view().actions().row() != null && view().actions().row().id() == 1L);
        robot.type(KeyCode.ENTER);
        javafx.scene.control.DatePicker date = robot.lookup("#adjournment-new-date").queryAs(javafx.scene.control.DatePicker.class);
        java.time.LocalDate committed = Samples.TODAY.plusDays(20);
        java.time.LocalDate typed = Samples.TODAY.plusDays(27);
        onFx(() -> {
            view().actions().conclusionProperty().set(AdjournmentConclusion.APPROVE);
            view().actions().opinionProperty().set("同意延期。");
            date.setValue(committed);
            date.getEditor().requestFocus();
            date.getEditor().setText("2027-02-30x");
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        Label under = robot.lookup("#adjournment-new-date-message").queryAs(Label.class);
        waitUntil(under::isVisible);
        assertThat(under.getText()).contains("2027-02-30x").contains("不是日期");
        assertThat(ws.actions).isEmpty();
        assertThat(view().actions().newDateProperty().get()).isEqualTo(committed);

        onFx(() -> {
            date.getEditor().setText(typed.toString());
            return null;
        });
        waitUntil(() -> !under.isVisible()); // fixed: the complaint goes at once
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> ws.actions.size() == 1);
        AdjournmentDecision d = ws.actions.get(0).payloadAs(AdjournmentDecision.class);
        assertThat(d.newHearingAt().toLocalDate()).isEqualTo(typed);
    }
}
