package org.courtdesk.app.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
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
import org.courtdesk.app.ui.reading.QueueQuery;
import org.courtdesk.app.ui.reading.StatusFilter;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.app.workspace.SyncStatus;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.request.RequestStatus;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private FakeWorkspace ws;
    private MainWindow main;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        ws = Samples.workspace();
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 800);
    }

    private void waitLoaded(FxRobot robot) {
        TableView<?> table = robot.lookup("#queue-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 6 && main.reading().model().settled());
    }

    @Test
    void tabTitleCountsRequestsAwaitingReview(FxRobot robot) {
        waitLoaded(robot);
        TabPane tabs = robot.lookup(".main-tabs").queryAs(TabPane.class);
        waitUntil(() -> tabs.getTabs().stream().filter(t -> "tab-reading".equals(t.getId())).findFirst().orElseThrow()
                .getText().equals("阅卷申请（6）"));
    }

    @Test
    void statusBarShowsOnlineLastSyncAndPendingUploads(FxRobot robot) throws Exception {
        waitLoaded(robot);
        // A row opened: detail pane shows the application, its materials and the form (for the screenshot).
        onFx(() -> {
            main.reading().table().getSelectionModel().select(1);
            return null;
        });
        waitUntil(() -> main.reading().formModel().request() != null);
        ws.fireStatus(new SyncStatus(true, Samples.CLOCK.instant().minusSeconds(600), 2, 0, -1, null, false, null));
        Label online = robot.lookup("#status-online").queryAs(Label.class);
        Label last = robot.lookup("#status-last-sync").queryAs(Label.class);
        Label pending = robot.lookup("#status-pending").queryAs(Label.class);
        waitUntil(() -> pending.getText().equals("待上传：2"));
        assertThat(online.getText()).isEqualTo("在线");
        assertThat(last.getText()).isEqualTo("上次同步：09:20");
        assertThat(robot.lookup("#stale-banner").query().isVisible()).isFalse();
        assertThat(robot.lookup("#offline-banner").query().isVisible()).isFalse();
        assertThat(robot.lookup("#status-progress").query().isVisible()).isFalse();
        UiTestSupport.snapshot(main, "main-window");
    }

    @Test
    void offlineAndStaleCacheShowBanners(FxRobot robot) throws Exception {
        waitLoaded(robot);
        ws.fireStatus(new SyncStatus(false, Samples.CLOCK.instant().minusSeconds(6 * 3600), 1, 0, -1, null, false,
                org.courtdesk.app.i18n.Text.verbatim("无法连接服务器")));
        Node stale = robot.lookup("#stale-banner").query();
        waitUntil(stale::isVisible);
        assertThat(robot.lookup("#offline-banner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#stale-banner-text").queryAs(Label.class).getText())
                .isEqualTo("本机数据已有 6 小时未与服务器同步，显示的内容可能不是最新状态。");
        assertThat(robot.lookup("#status-online").queryAs(Label.class).getText()).isEqualTo("离线");
        UiTestSupport.snapshot(main, "main-offline-stale");
    }

    @Test
    void aListOfMaterialsShowsAsItsFirstItemAndCountWithTheListInTheTooltip() throws Exception {
        String list = "起诉状、答辩状、庭审笔录、判决书";
        FakeWorkspace listed = Samples.workspace();
        listed.extraRows.add(new ReadingQueueRow(99, "YJ2022000099", "（2022）粤0106民初12399号", "广州市天河区人民法院", "何丽萍",
                Samples.TODAY.minusDays(7), Samples.at(7, 9), list, ReadingMode.ONLINE, null, RequestStatus.PENDING_REVIEW,
                null, null, false, false, ReadingQueueRow.SyncState.SYNCED));
        // A window of its own, wide enough for the list of queues' rail, the 阅卷 list's every column and the detail
        // (76 + 946 + 412 px; narrower, the list scrolls sideways: at1280PixelsTheFormIsWholeAndEveryColumnWithinReach).
        Stage stage = onFx(Stage::new);
        MainWindow window = onFx(() -> new MainWindow(listed, Samples.CLOCK));
        try {
            onFx(() -> UiTestSupport.show(stage, window, 1440, 900));
            TableView<ReadingQueueRow> table = window.reading().table();
            waitUntil(() -> table.getItems().size() == 7 && window.reading().model().settled());
            // 申请内容 is in the column chooser (the list fits beside the detail at 1280 px without it): shown as the
            // judge shows it there
            onFx(() -> {
                table.getColumns().stream().filter(c -> "col-content".equals(c.getId())).forEach(c -> c.setVisible(true));
                return null;
            });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            // The oldest waits first: the new row is on top, and its 申请内容 cell neither lists nor cuts it.
            TableCell<?, ?> cell = onFx(() -> table.lookupAll(".table-cell").stream()
                    .filter(n -> n instanceof TableCell<?, ?> c && c.getIndex() == 0 && c.getTableColumn() != null
                            && "col-content".equals(c.getTableColumn().getId()))
                    .map(n -> (TableCell<?, ?>) n).findFirst().orElseThrow());
            assertThat(cell.getText()).isEqualTo("起诉状等4项");
            assertThat(cell.getTooltip().getText()).isEqualTo(list);
            assertThat(onFx(() -> table.lookupAll(".text").stream()
                    .filter(n -> n instanceof Text t && t.isVisible() && t.getText() != null && t.getText().endsWith("..."))
                    .map(n -> ((Text) n).getText()).toList())).isEmpty();
            UiTestSupport.snapshot(window, "main-content-summary");
        } finally {
            onFx(() -> {
                window.dispose();
                stage.close();
                return null;
            });
        }
    }

    @Test
    void aDecidedRowShowsTheGrantedModeAndAnAttendedVisitIsNotExpired() throws Exception {
        FakeWorkspace decided = Samples.workspace();
        // asked online, granted on site (not scanned), window over, the lawyer came: 审查通过 · 已到场
        decided.extraRows.add(new ReadingQueueRow(98, "YJ2022000098", "（2022）粤0106民初12398号", "广州市天河区人民法院", "何丽萍",
                Samples.TODAY.minusDays(12), Samples.at(12, 9), "全案卷宗", ReadingMode.ONLINE, ReadingMode.ON_SITE,
                RequestStatus.APPROVED, null, Samples.TODAY.minusDays(3), true, true, ReadingQueueRow.SyncState.SYNCED));
        Stage stage = onFx(Stage::new);
        MainWindow window = onFx(() -> new MainWindow(decided, Samples.CLOCK));
        try {
            // wide enough for the rail, every column and the detail (see aListOfMaterials…)
            onFx(() -> UiTestSupport.show(stage, window, 1440, 900));
            TableView<ReadingQueueRow> table = window.reading().table();
            onFx(() -> {
                window.reading().model().queryProperty().set(QueueQuery.DEFAULT.withStatus(StatusFilter.APPROVED));
                return null;
            });
            waitUntil(() -> window.reading().model().settled() && table.getItems().size() == 2
                    && table.getItems().get(0).id() == 98L);
            TableCell<?, ?> mode = cell(table, "col-mode");
            assertThat(mode.getText()).isEqualTo("现场阅卷");
            assertThat(mode.getPseudoClassStates()).extracting(Object::toString).contains("mode-changed");
            assertThat(mode.getTooltip().getText()).contains("在线阅卷").contains("现场阅卷");
            HBox status = (HBox) cell(table, "col-status").getGraphic();
            assertThat(((Label) status.getChildren().get(0)).getText()).as("not 已过期").isEqualTo("审查通过");
            assertThat(cell(table, "col-time_left").getText()).isEqualTo("已到场");
            assertThat(onFx(() -> window.lookup("#filter-status") instanceof javafx.scene.control.ComboBox<?> c
                    ? c.getValue() : null)).as("the 状态 box names the filter the table applies")
                    .isEqualTo(StatusFilter.APPROVED);
            assertThat(onFx(() -> table.lookupAll(".text").stream()
                    .filter(n -> n instanceof Text t && t.isVisible() && t.getText() != null && t.getText().endsWith("..."))
                    .map(n -> ((Text) n).getText()).toList())).as("nothing cut off").isEmpty();
            UiTestSupport.snapshot(window, "main-granted-mode-attended");
        } finally {
            onFx(() -> {
                window.dispose();
                stage.close();
                return null;
            });
        }
    }

    /** The first row's cell of a column. */
    private static TableCell<?, ?> cell(TableView<ReadingQueueRow> table, String columnId) {
        return onFx(() -> table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getIndex() == 0 && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()))
                .map(n -> (TableCell<?, ?>) n).findFirst().orElseThrow());
    }

    @Test
    void at1280PixelsTheFormIsWholeAndEveryColumnWithinReach(FxRobot robot) {
        waitLoaded(robot);
        TableView<ReadingQueueRow> table = main.reading().table();
        // The list's columns (946 px in Chinese) and the detail (400 px) do not both fit 1280 px: the detail and its
        // form stay whole inside the window, and the list scrolls sideways with every column at its width (issue 13; it
        // used to be the other way round, the form cut at the window's right edge).
        waitUntil(() -> QueueFit.offScreen(main).isEmpty());
        double columns = onFx(() -> table.getColumns().stream().mapToDouble(c -> c.getWidth()).sum());
        double room = onFx(() -> table.getWidth() - table.snappedLeftInset() - table.snappedRightInset());
        assertThat(onFx(() -> table.getColumns().stream().allMatch(c -> c.getWidth() >= c.getMinWidth()))).isTrue();
        if (columns > room) {
            assertThat(onFx(() -> QueueFit.lastColumnCut(table))).as("a sideways scroll bar").isEmpty();
        }
    }

    @Test
    void theQueueIsFirstReadOnlyOnceTheWindowListensForChanges() {
        // A sync finishing between the first read and the subscription would leave the table stale until the next one.
        List<Integer> listenersAtRead = new CopyOnWriteArrayList<>();
        FakeWorkspace watched = new FakeWorkspace(Samples.CLOCK) {
            @Override
            public List<ReadingQueueRow> readingQueue() {
                listenersAtRead.add(listeners.size());
                return super.readingQueue();
            }
        };
        MainWindow second = onFx(() -> new MainWindow(watched, Samples.CLOCK));
        try {
            waitUntil(() -> !listenersAtRead.isEmpty());
            assertThat(listenersAtRead.get(0)).isEqualTo(1);
        } finally {
            onFx(() -> {
                second.dispose();
                return null;
            });
        }
    }

    @Test
    void progressBarWhileALongPullRuns(FxRobot robot) {
        waitLoaded(robot);
        ws.fireStatus(new SyncStatus(true, Samples.CLOCK.instant(), 0, 0, 0.4, org.courtdesk.app.i18n.Text.of("sync.progress.prefetch", "4", "10"), false, null));
        ProgressBar bar = robot.lookup("#status-progress").queryAs(ProgressBar.class);
        waitUntil(bar::isVisible);
        assertThat(bar.getProgress()).isEqualTo(0.4);
    }

    @Test
    void f5AsksForASync(FxRobot robot) {
        waitLoaded(robot);
        robot.type(javafx.scene.input.KeyCode.F5);
        waitUntil(() -> ws.syncRequests > 0);
    }

    @Test
    void expiredSessionAsksForThePasswordAndReauthenticates(FxRobot robot) {
        waitLoaded(robot);
        ws.fireStatus(new SyncStatus(true, Samples.CLOCK.instant(), 0, 0, -1, null, true, null));
        waitUntil(() -> robot.lookup("#relogin-password").tryQuery().isPresent());
        robot.clickOn("#relogin-password").write("wrong");
        robot.clickOn("#relogin-submit");
        waitUntil(() -> robot.lookup("#relogin-error").tryQuery().isPresent());
        assertThat(robot.lookup("#relogin-error").queryAs(Label.class).getText()).isEqualTo("用户名或密码错误，请重新输入。");
        robot.clickOn("#relogin-password").write("secret");
        robot.clickOn("#relogin-submit");
        waitUntil(() -> ws.reauthPasswords.contains("secret"));
        waitUntil(() -> !robot.lookup("#session-banner").query().isVisible());
        assertThat(ws.reauthPasswords).containsExactly("wrong", "secret");
        assertThat(robot.lookup(".password-field").queryAll().stream().filter(n -> n instanceof PasswordField
                && "relogin-password".equals(n.getId()) && n.getScene() != null && n.getScene().getWindow().isShowing())).isEmpty();
    }
}
