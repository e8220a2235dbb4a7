package org.courtdesk.app.ui.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
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
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.suggestion.SuggestionCategory;
import org.courtdesk.model.suggestion.SuggestionReply;

/**
 * The 意见建议 tab in the main window: the seed's 查询条件 (法院, 类别, 状态, 提出时间) narrow the list; by keyboard the
 * overdue one is opened, Ctrl+S without an answer is refused (nothing saved), F2 and a digit put in the standard
 * sentence and Ctrl+S saves it to the outbox; a 1280×800 snapshot to target/screenshots/suggestion-queue.png.
 */
@ExtendWith(ApplicationExtension.class)
class SuggestionTabFlowTest {

    private FakeWorkspace ws;
    private MainWindow main;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        ws = SuggestionSamples.workspace();
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    private SuggestionQueueView view() {
        return (SuggestionQueueView) main.queue(RequestKind.SUGGESTION).orElseThrow();
    }

    private Node focusOwner() {
        return onFx(() -> main.getScene().getFocusOwner());
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(FxRobot robot, String id, T value) {
        onFx(() -> {
            ((ComboBox<T>) robot.lookup(id).query()).setValue(value);
            return null;
        });
    }

    private java.util.List<Long> ids() {
        return onFx(() -> view().table().getItems().stream().map(SuggestionRow::id).toList());
    }

    @Test
    void queryAnswerByKeyboardAndSnapshot(FxRobot robot) throws Exception {
        Tab tab = main.queueTab(RequestKind.SUGGESTION).orElseThrow();
        waitUntil(() -> tab.getText().equals("意见建议（4）"));
        onFx(() -> {
            main.tabs().getSelectionModel().select(tab);
            return null;
        });
        waitUntil(() -> view().table().getItems().size() == 6 && view().model().settled());
        // still to answer first by time left: overdue, due today, then the answered newest first
        assertThat(ids()).containsExactly(2L, 3L, 1L, 4L, 6L, 5L);

        // 查询条件: 法院, 类别, 状态, 提出时间
        choose(robot, "#suggestion-filter-court", "粤01");
        waitUntil(() -> view().model().settled() && ids().equals(java.util.List.of(4L)));
        choose(robot, "#suggestion-filter-court", null);
        choose(robot, "#suggestion-filter-category", SuggestionCategory.SERVICE);
        waitUntil(() -> view().model().settled() && ids().equals(java.util.List.of(3L, 5L)));
        choose(robot, "#suggestion-filter-status", RequestStatus.REPLIED);
        waitUntil(() -> view().model().settled() && ids().equals(java.util.List.of(5L)));
        choose(robot, "#suggestion-filter-category", null);
        choose(robot, "#suggestion-filter-status", null);
        onFx(() -> {
            robot.lookup("#suggestion-filter-from").queryAs(DatePicker.class).setValue(Samples.TODAY.minusDays(3));
            return null;
        });
        waitUntil(() -> view().model().settled() && ids().equals(java.util.List.of(1L, 4L, 6L)));
        onFx(() -> {
            view().resetFilters();
            return null;
        });
        waitUntil(() -> view().model().settled() && ids().size() == 6);

        // by keyboard: J, Enter to the answer; Ctrl+S without one refused
        onFx(() -> {
            view().table().requestFocus();
            return null;
        });
        robot.type(KeyCode.J);
        waitUntil(() -> view().reply().row() != null && view().reply().row().id() == 2L);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "suggestion-content".equals(focusOwner().getId()));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        VBox errors = robot.lookup("#suggestion-errors").queryAs(VBox.class);
        waitUntil(() -> !errors.getChildren().isEmpty());
        assertThat(((Label) errors.getChildren().get(0)).getText()).isEqualTo("请填写答复内容（将短信告知提出人）");
        assertThat(ws.actions).isEmpty();
        // F2 + 1: the first standard sentence; Ctrl+S saves it and moves on
        robot.type(KeyCode.F2);
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> view().reply().contentProperty().get().startsWith("感谢您对法院工作的关心和支持"));
        Path png = UiTestSupport.snapshot(main, "suggestion-queue");
        String target = System.getProperty("courtdesk.screenshots");
        if (target != null && !target.isBlank()) {
            Path dir = Path.of(target).isAbsolute() ? Path.of(target) : Path.of("..").resolve(target);
            Files.createDirectories(dir);
            Files.copy(png, dir.resolve("suggestion-queue.png"), StandardCopyOption.REPLACE_EXISTING);
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> ws.actions.size() == 1);
        assertThat(ws.actions.get(0).is(SuggestionOps.REPLY)).isTrue();
        assertThat(ws.actions.get(0).payloadAs(SuggestionReply.class).content()).startsWith("感谢您对法院工作的关心和支持");
        waitUntil(() -> view().reply().row() != null && view().reply().row().id() == 3L);
        waitUntil(() -> tab.getText().equals("意见建议（3）"));
    }
}
