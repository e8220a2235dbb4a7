package org.courtdesk.app.ui.contact;

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
import org.courtdesk.model.contact.ContactReply;
import org.courtdesk.model.contact.ContactResult;
import org.courtdesk.model.contact.ContactWay;
import org.courtdesk.model.request.RequestKind;

/**
 * The 预约法官 tab in the main window, by keyboard: the overdue request on top; Enter to the 答复内容; Ctrl+S without a
 * result refused (nothing saved); Alt+Y 同意约见 with the applicant's first proposed time filled in, F2 and a digit for
 * the standard sentence, Ctrl+S into the outbox and on to the next one; Alt+W 书面答复 there; and a 1280×800 snapshot to
 * target/screenshots/contact-queue.png (docs/screenshots with -Dcourtdesk.screenshots=DIR).
 */
@ExtendWith(ApplicationExtension.class)
class ContactTabFlowTest {

    private FakeWorkspace ws;
    private MainWindow main;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        ws = ContactSamples.workspace();
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    private ContactQueueView view() {
        return (ContactQueueView) main.queue(RequestKind.CONTACT_JUDGE).orElseThrow();
    }

    private Node focusOwner() {
        return onFx(() -> main.getScene().getFocusOwner());
    }

    private String status(FxRobot robot) {
        return onFx(() -> robot.lookup("#contact-detail-status").queryAs(Label.class).getText());
    }

    @Test
    void answerByKeyboardAndSnapshot(FxRobot robot) throws Exception {
        Tab tab = main.queueTab(RequestKind.CONTACT_JUDGE).orElseThrow();
        waitUntil(() -> tab.getText().equals("预约法官（4）"));
        onFx(() -> {
            main.tabs().getSelectionModel().select(tab);
            return null;
        });
        waitUntil(() -> view().table().getItems().size() == 6 && view().model().settled());
        // the overdue one first, then today's, tomorrow's, the fresh one; the answered below
        assertThat(view().table().getItems().stream().map(ContactRow::id).toList()).containsExactly(2L, 3L, 1L, 4L, 6L, 5L);
        onFx(() -> {
            view().table().requestFocus();
            return null;
        });
        robot.type(KeyCode.J);
        waitUntil(() -> view().reply().row() != null && view().reply().row().id() == 2L);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "contact-content".equals(focusOwner().getId()));
        assertThat(status(robot)).isEqualTo("待答复");

        // Ctrl+S without a result: refused in the form, nothing in the outbox
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        VBox errors = robot.lookup("#contact-errors").queryAs(VBox.class);
        waitUntil(() -> !errors.getChildren().isEmpty());
        assertThat(((Label) errors.getChildren().get(0)).getText()).isEqualTo("请选择预约答复结果：同意约见、不同意约见或书面答复");
        assertThat(ws.actions).isEmpty();

        // Alt+Y: 同意约见 at the first proposed time; the place typed; F2 + 1: the first standard sentence
        robot.press(KeyCode.ALT).type(KeyCode.Y).release(KeyCode.ALT);
        waitUntil(() -> view().reply().resultProperty().get() == ContactResult.AGREE
                && "contact-content".equals(focusOwner().getId()));
        onFx(() -> {
            view().reply().placeProperty().set("第三调解室");
            return null;
        });
        robot.type(KeyCode.F2);
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> view().reply().contentProperty().get().startsWith("同意约见"));
        Path png = UiTestSupport.snapshot(main, "contact-queue");
        String target = System.getProperty("courtdesk.screenshots");
        if (target != null && !target.isBlank()) {
            Path dir = Path.of(target).isAbsolute() ? Path.of(target) : Path.of("..").resolve(target);
            Files.createDirectories(dir);
            Files.copy(png, dir.resolve("contact-queue.png"), StandardCopyOption.REPLACE_EXISTING);
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> ws.actions.size() == 1);
        ContactReply saved = ws.actions.get(0).payloadAs(ContactReply.class);
        assertThat(ws.actions.get(0).is(ContactOps.REPLY)).isTrue();
        assertThat(saved.result()).isEqualTo(ContactResult.AGREE);
        assertThat(saved.meetingAt()).isEqualTo(Samples.TODAY.plusDays(4).atTime(10, 0));
        assertThat(saved.place()).isEqualTo("第三调解室");
        assertThat(saved.way()).isEqualTo(ContactWay.values()[2]);
        assertThat(saved.content()).startsWith("同意约见，请携带身份证件");
        // on to the next one still to answer
        waitUntil(() -> view().reply().row() != null && view().reply().row().id() == 3L);
        assertThat(onFx(() -> view().table().getItems().stream().filter(r -> r.id() == 2L).findFirst().orElseThrow()
                .sync())).isEqualTo(ContactRow.Sync.PENDING);
        waitUntil(() -> tab.getText().equals("预约法官（3）"));

        // Alt+W 书面答复 on it: no meeting needed
        robot.press(KeyCode.ALT).type(KeyCode.W).release(KeyCode.ALT);
        waitUntil(() -> view().reply().resultProperty().get() == ContactResult.WRITTEN);
        onFx(() -> {
            view().reply().contentProperty().set("本案正在依法审理中，宣判日期将另行通知。");
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> ws.actions.size() == 2);
        ContactReply second = ws.actions.get(1).payloadAs(ContactReply.class);
        assertThat(second.result()).isEqualTo(ContactResult.WRITTEN);
        assertThat(second.meetingAt()).isNull();
        assertThat(second.place()).isNull();
    }
}
