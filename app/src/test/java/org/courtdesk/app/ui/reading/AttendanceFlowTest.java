package org.courtdesk.app.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.model.api.AttendanceRecord;

/** 现场阅卷登记 from the keyboard: a time in the future is refused inline, a corrected one is queued 待同步. */
@ExtendWith(ApplicationExtension.class)
class AttendanceFlowTest {

    private FakeWorkspace ws;
    private MainWindow main;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        ws = Samples.workspace();
        ws.add(AttendanceFormModelTest.unrecorded(8));
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    @SuppressWarnings("unchecked")
    private TableView<ReadingQueueRow> table(FxRobot robot) {
        return robot.lookup("#queue-table").queryAs(TableView.class);
    }

    private Node focused(FxRobot robot) {
        return onFx(() -> robot.lookup("#attendance-form").query().getScene().getFocusOwner());
    }

    /** The focus is on the control with this id, or inside it (a date picker's text field). */
    private void assertFocusIn(FxRobot robot, String id) {
        waitUntil(() -> {
            Node n = focused(robot);
            for (; n != null; n = n.getParent()) {
                if (id.equals(n.getId())) {
                    return true;
                }
            }
            return false;
        });
    }

    private void replaceText(FxRobot robot, String text) {
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
    }

    @Test
    void theClerkRecordsAVisitByKeyboard(FxRobot robot) throws Exception {
        waitUntil(() -> main.reading().model().settled());
        onFx(() -> {
            main.reading().model().queryProperty().set(QueueQuery.DEFAULT.withStatus(StatusFilter.ALL));
            return null;
        });
        waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.id() == 8L));
        onFx(() -> {
            TableView<ReadingQueueRow> t = table(robot);
            t.getItems().stream().filter(r -> r.id() == 8L).findFirst().ifPresent(r -> t.getSelectionModel().select(r));
            return null;
        });
        waitUntil(() -> main.reading().attendanceModel().request() != null
                && main.reading().attendanceModel().request().id() == 8L);
        waitUntil(() -> robot.lookup("#attendance-form").query().isVisible());
        onFx(() -> {
            robot.lookup("#attendance-yes").query().requestFocus();
            return null;
        });
        assertFocusIn(robot, "attendance-yes");
        robot.type(KeyCode.SPACE);
        waitUntil(() -> Boolean.TRUE.equals(main.reading().attendanceModel().attendedProperty().get()));

        robot.type(KeyCode.TAB); // 是 / 否 are one stop (arrow keys move between them)
        assertFocusIn(robot, "attendance-borrowed-date");
        robot.write("2022-05-18");
        robot.type(KeyCode.TAB);
        assertFocusIn(robot, "attendance-borrowed-time");
        robot.write("09:05");
        robot.type(KeyCode.TAB);
        assertFocusIn(robot, "attendance-returned-date");
        robot.write("2022-05-18");
        robot.type(KeyCode.TAB);
        assertFocusIn(robot, "attendance-returned-time");
        robot.write("10:30"); // the workstation's clock says 09:30
        robot.type(KeyCode.ENTER);

        VBox errors = robot.lookup("#attendance-errors").queryAs(VBox.class);
        waitUntil(() -> errors.isVisible() && !errors.getChildren().isEmpty());
        assertThat(((Label) errors.getChildren().get(0)).getText())
                .isEqualTo("还卷时间（2022-05-18 10:30）不能晚于当前时间（2022-05-18 09:30）");
        assertThat(ws.savedAttendance).as("nothing queued when invalid").isEmpty();
        UiTestSupport.snapshot(main, "attendance-refused");

        replaceText(robot, "09:25");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> ws.savedAttendance.size() == 1);
        AttendanceRecord r = ws.savedAttendance.get(0);
        assertThat(r.attended()).isTrue();
        assertThat(r.borrowedAt()).isEqualTo(Samples.TODAY.atTime(9, 5));
        assertThat(r.returnedAt()).isEqualTo(Samples.TODAY.atTime(9, 25));

        Label notice = robot.lookup("#attendance-notice").queryAs(Label.class);
        waitUntil(() -> "已保存，待同步".equals(notice.getText()));
        assertThat(errors.isVisible()).isFalse();
        // The queue shows the visit at once: 已到场, 待同步.
        waitUntil(() -> table(robot).getItems().stream().anyMatch(row -> row.id() == 8L && row.attended()
                && row.syncState() == ReadingQueueRow.SyncState.PENDING));
        UiTestSupport.snapshot(main, "attendance-saved");
    }
}
