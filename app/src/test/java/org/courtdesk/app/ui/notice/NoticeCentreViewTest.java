package org.courtdesk.app.ui.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

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
 * The notification centre in the window: its tab counts the unseen reminders, each kind tab its unseen new requests
 * and replies; Ctrl+Shift+N shows it from anywhere; Enter opens the request in its queue and the reminder is seen.
 */
@ExtendWith(ApplicationExtension.class)
class NoticeCentreViewTest {

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
    void theCentreListsTheRemindersAndEnterOpensOneInItsQueue(FxRobot robot) throws Exception {
        NoticeCentreView centre = main.notices();
        waitUntil(() -> centre.model().settled() && !centre.table().getItems().isEmpty());
        List<NoticeModel.Row> rows = onFx(() -> List.copyOf(centre.table().getItems()));
        int unseen = (int) rows.stream().filter(r -> !r.seen()).count();
        assertThat(unseen).isPositive();
        Tab tab = onFx(() -> main.tabs().getTabs().stream().filter(t -> "tab-notice".equals(t.getId())).findFirst()
                .orElseThrow());
        assertThat(onFx(tab::getText)).isEqualTo("通知（" + unseen + "）");
        // The filings never opened (every one of the samples) are new: the filing tab's blue badge counts them.
        long newFilings = rows.stream().filter(r -> r.notice().type() != Notice.Type.DEADLINE
                && r.notice().request().kind() == RequestKind.ONLINE_FILING).count();
        Label badge = robot.lookup("#new-badge-ONLINE_FILING").queryAs(Label.class);
        assertThat(onFx(badge::getText)).isEqualTo(Long.toString(newFilings));
        assertThat(onFx(badge::isVisible)).isTrue();

        // From anywhere: Ctrl+Shift+N, then Enter on the first reminder.
        onFx(() -> {
            main.tabs().getSelectionModel().select(0);
            return null;
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> onFx(() -> main.tabs().getSelectionModel().getSelectedItem() == tab));
        UiTestSupport.snapshot(main, "notice-centre");
        NoticeModel.Row first = rows.get(0);
        assertThat(first.seen()).isFalse();
        onFx(() -> {
            centre.table().requestFocus();
            centre.table().getSelectionModel().clearAndSelect(0);
            return null;
        });
        robot.type(KeyCode.ENTER);
        FilingQueueView filing = (FilingQueueView) main.queue(RequestKind.ONLINE_FILING).orElseThrow();
        waitUntil(() -> onFx(() -> main.tabs().getSelectionModel().getSelectedItem().getId()).equals("tab-filing"));
        waitUntil(() -> onFx(() -> filing.table().getSelectionModel().getSelectedItem() != null
                && filing.table().getSelectionModel().getSelectedItem().id() == first.notice().request().id()));
        // The reminder is seen (or gone, when opening the request answered it) and the count went down.
        waitUntil(() -> onFx(() -> centre.model().settled() && centre.table().getItems().stream()
                .noneMatch(r -> r.notice().key().equals(first.notice().key()) && !r.seen())));
        assertThat(onFx(() -> centre.model().unseenProperty().get())).isLessThan(unseen);
        assertThat(onFx(tab::getText)).isEqualTo("通知（" + onFx(() -> centre.model().unseenProperty().get()) + "）");
    }
}
