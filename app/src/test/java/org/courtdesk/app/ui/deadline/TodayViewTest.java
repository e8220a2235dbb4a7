package org.courtdesk.app.ui.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.time.LocalDateTime;
import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.ui.filing.FilingQueueView;
import org.courtdesk.app.ui.filing.FilingTestAccess;
import org.courtdesk.app.ui.main.MainWindow;
import org.courtdesk.model.request.RequestKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * 今日到期 (spec-004 §15): the judge's day starts on the running deadlines of every kind, soonest (overdue) first; the
 * kind tabs carry their pressing count; Enter opens the request in its own queue.
 */
@ExtendWith(ApplicationExtension.class)
class TodayViewTest {

    private FakeWorkspace ws;
    private MainWindow main;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        ws = FilingTestAccess.workspaceOfJudge();
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    @Test
    void theDayStartsOnTheDeadlinesAndEnterOpensTheRequestInItsQueue(FxRobot robot) {
        TodayView today = main.today();
        assertThat(today).isNotNull();
        waitUntil(() -> today.model().settled() && !today.table().getItems().isEmpty());
        // First of the tabs, and on screen since something is due.
        assertThat(main.tabs().getTabs()).extracting(Tab::getId).startsWith("tab-today");
        waitUntil(() -> onFx(() -> main.tabs().getSelectionModel().getSelectedItem().getId()).equals("tab-today"));

        List<Deadline> rows = onFx(() -> List.copyOf(today.table().getItems()));
        assertThat(rows).isSortedAccordingTo(java.util.Comparator.comparing(Deadline::dueAt));
        assertThat(rows.get(0).urgency()).isEqualTo(Deadline.Urgency.OVERDUE);
        assertThat(rows).allMatch(d -> d.request().kind() == RequestKind.ONLINE_FILING); // 阅卷 has none
        int pressing = (int) rows.stream().filter(d -> d.urgency().pressing()).count();
        assertThat(onFx(() -> main.tabs().getTabs().get(0).getText())).isEqualTo("今日到期（" + pressing + "）");
        // The filing tab's badge: its pressing count.
        Label badge = robot.lookup("#badge-ONLINE_FILING").queryAs(Label.class);
        assertThat(onFx(badge::isVisible)).isTrue();
        assertThat(onFx(badge::getText)).isEqualTo(Integer.toString(pressing));
        // Time left in the unit that matters: hours within two days, else calendar days; overdue ones say so.
        assertThat(TodayModel.left(LocalDateTime.of(2022, 5, 18, 9, 0), LocalDateTime.of(2022, 5, 18, 23, 59)))
                .containsExactly("today.left.hours", "15");
        assertThat(TodayModel.left(LocalDateTime.of(2022, 5, 18, 9, 0), LocalDateTime.of(2022, 5, 15, 23, 59)))
                .containsExactly("today.left.overdueDays", "3");

        // By keyboard: J to the second row, Enter: the filing tab with that filing open.
        onFx(() -> {
            today.table().requestFocus();
            today.table().getSelectionModel().clearAndSelect(0);
            return null;
        });
        robot.type(KeyCode.J).type(KeyCode.ENTER);
        long wanted = rows.get(1).request().id();
        FilingQueueView filing = (FilingQueueView) main.queue(RequestKind.ONLINE_FILING).orElseThrow();
        waitUntil(() -> onFx(() -> main.tabs().getSelectionModel().getSelectedItem().getId()).equals("tab-filing"));
        waitUntil(() -> onFx(() -> filing.table().getSelectionModel().getSelectedItem() != null
                && filing.table().getSelectionModel().getSelectedItem().id() == wanted));
    }
}
