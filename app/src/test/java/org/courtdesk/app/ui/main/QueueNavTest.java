package org.courtdesk.app.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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

/**
 * The list of queues (issue 13): a judge's fourteen queues on the left, grouped, every one on screen at 1280×720 with its
 * count; the tab bar is gone; Ctrl+Tab / Ctrl+Shift+Tab and Ctrl+PgDn / Ctrl+PgUp walk the list's order; F6 puts the
 * keyboard in the list, ↓ brings the next queue on screen, Enter gives it the keyboard, ← folds a group.
 */
@ExtendWith(ApplicationExtension.class)
class QueueNavTest {

    private FakeWorkspace ws;
    private MainWindow main;

    @Start
    void start(Stage stage) {
        Messages.use(Messages.CHINESE);
        ws = Samples.workspace();
        main = new MainWindow(ws, Samples.CLOCK);
        UiTestSupport.show(stage, main, 1280, 720);
    }

    @SuppressWarnings("unchecked")
    private TreeView<QueueNav.Item> nav() {
        return (TreeView<QueueNav.Item>) main.navigation();
    }

    private static List<String> lines(TreeView<QueueNav.Item> nav) {
        List<String> out = new ArrayList<>();
        for (TreeItem<QueueNav.Item> top : nav.getRoot().getChildren()) {
            out.add(top.getValue().id);
            for (TreeItem<QueueNav.Item> c : top.getChildren()) {
                out.add("  " + c.getValue().id);
            }
        }
        return out;
    }

    private String onScreen() {
        return onFx(() -> main.tabs().getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void everyQueueIsOnTheListGroupedWithItsCountAndTheTabBarIsGone(FxRobot robot) throws Exception {
        waitUntil(() -> main.reading().model().settled());
        TreeView<QueueNav.Item> nav = nav();
        assertThat(onFx(() -> lines(nav))).containsExactly(
                "nav-group-trial", "  nav-tab-today", "  nav-tab-reading", "  nav-tab-filing", "  nav-tab-adjournment",
                "  nav-tab-preservation", "  nav-tab-investigation", "  nav-tab-evidence", "  nav-tab-appeal",
                "  nav-tab-transcript",
                "nav-group-parties", "  nav-tab-binding", "  nav-tab-transfer", "  nav-tab-contact", "  nav-tab-suggestion",
                "nav-group-publishing", "  nav-tab-servicecontent",
                "nav-tab-notice");
        // every line on screen at 1280×720 (no scrolling to find a queue), none shortened, each with its title and count
        waitUntil(() -> nav.lookup("#nav-tab-notice") != null);
        for (Tab t : onFx(() -> List.copyOf(main.tabs().getTabs()))) {
            Node line = onFx(() -> nav.lookup("#nav-" + t.getId()));
            assertThat(line).as(t.getId()).isNotNull();
            javafx.geometry.Bounds b = onFx(() -> nav.sceneToLocal(line.localToScene(line.getLayoutBounds())));
            assertThat(b.getMaxY()).as(t.getId() + " inside the list").isLessThanOrEqualTo(onFx(nav::getHeight));
            assertThat(onFx(() -> ((javafx.scene.control.Label) line.lookup(".nav-title")).getText()))
                    .isEqualTo(onFx(t::getText));
        }
        assertThat(onFx(() -> QueueFit.cut(main))).isEmpty();
        waitUntil(() -> onFx(() -> ((javafx.scene.control.Label) nav.lookup("#nav-tab-reading .nav-title")).getText())
                .equals("阅卷申请（6）"));
        // the tab bar takes no room
        Node header = onFx(() -> main.tabs().lookup(".tab-header-area"));
        assertThat(onFx(() -> header.getLayoutBounds().getHeight())).isLessThan(1.0);
        // at 1280 px the list is a rail beside the queue, so the queue keeps its width; F6 opens it over the queue
        assertThat(onFx(nav::getWidth)).isEqualTo(QueueNav.RAIL_WIDTH);
        UiTestSupport.snapshot(main, "queue-nav-1280x720-rail");
        robot.type(KeyCode.F6);
        waitUntil(() -> nav.isFocused() && nav.getWidth() > QueueNav.RAIL_WIDTH + 60);
        assertThat(onFx(() -> QueueFit.cut(main))).isEmpty();
        assertThat(onFx(() -> main.lookup("#main-body") instanceof javafx.scene.layout.BorderPane b
                ? ((javafx.scene.layout.Region) b.getCenter()).getLayoutX() : -1.0)).isEqualTo(QueueNav.RAIL_WIDTH);
        UiTestSupport.snapshot(main, "queue-nav-1280x720-open");

        // 查看 → 队列列表始终展开: the whole list beside the queue at 1280 px, the form still whole; remembered
        org.courtdesk.app.ui.UiPrefs prefs = org.courtdesk.app.ui.UiPrefs.memory();
        onFx(() -> {
            main.usePrefs(prefs);
            main.focusQueue();
            main.navPinnedProperty().set(true);
            return null;
        });
        waitUntil(() -> !nav.isFocused() && nav.getWidth() > QueueNav.RAIL_WIDTH + 60
                && ((javafx.scene.layout.BorderPane) main.lookup("#main-body")).getCenter().getLayoutX() > QueueNav.RAIL_WIDTH + 60);
        waitUntil(() -> QueueFit.offScreen(main).isEmpty());
        assertThat(prefs.get(MainWindow.PREF_NAV_PINNED)).contains("true");
        UiTestSupport.snapshot(main, "queue-nav-1280x720-pinned");
    }

    @Test
    void todayAndTheNoticeCentreJoinTheSceneOnlyWhenFirstShown() throws Exception {
        waitUntil(() -> main.reading().model().settled());
        // nothing due in these samples: 阅卷 stays on screen, and 今日到期 and 通知 cost no styling or layout at start …
        assertThat(onFx(() -> main.tabs().getSelectionModel().getSelectedItem().getId())).isEqualTo("tab-reading");
        assertThat(onFx(() -> main.today().getScene())).isNull();
        assertThat(onFx(() -> main.notices().getScene())).isNull();
        // … while their models load and title their lines all the same
        Tab todayTab = onFx(() -> main.tabs().getTabs().stream().filter(t -> "tab-today".equals(t.getId()))
                .findFirst().orElseThrow());
        waitUntil(() -> onFx(todayTab::getText).equals(onFx(() -> main.today().title().getValue())));
        // shown when chosen, with the keyboard in their lists
        onFx(() -> {
            main.showNotices();
            return null;
        });
        waitUntil(() -> onFx(() -> main.notices().getScene() != null && main.notices().isVisible()));
        onFx(() -> {
            main.tabs().getSelectionModel().select(todayTab);
            return null;
        });
        waitUntil(() -> onFx(() -> main.today().getScene() != null && main.today().isVisible()));
    }

    @Test
    void aQueueIsBuiltWhenFirstShownAndTitledFromTheWorkspaceUntilThen() throws Exception {
        // every kind's samples: each line's count before its view exists is the view's own once built
        FakeWorkspace ws = EveryKind.workspace();
        Stage stage = onFx(Stage::new);
        MainWindow main = onFx(() -> new MainWindow(ws, Samples.CLOCK));
        onFx(() -> UiTestSupport.show(stage, main, 1280, 720));
        try {
            titledFromTheWorkspace(ws, main);
        } finally {
            onFx(() -> {
                main.dispose();
                stage.close();
                return null;
            });
        }
    }

    private static void titledFromTheWorkspace(FakeWorkspace ws, MainWindow main) {
        waitUntil(() -> main.reading().model().settled());
        List<org.courtdesk.model.request.RequestKind> lazy = new ArrayList<>();
        for (QueueTabs.Entry e : QueueTabs.forRole(org.courtdesk.model.account.Role.JUDGE)) {
            if (e.kind() != org.courtdesk.model.request.RequestKind.CASE_FILE_READING) {
                lazy.add(e.kind());
            }
        }
        // only the queue on screen at start (and 阅卷) exist; the others are lines in the list
        for (org.courtdesk.model.request.RequestKind k : lazy) {
            assertThat(onFx(() -> main.built(k))).as(k + " built at start").isFalse();
        }
        for (org.courtdesk.model.request.RequestKind k : lazy) {
            Tab tab = onFx(() -> main.queueTab(k).orElseThrow());
            String name = tab.getId().substring("tab-".length());
            QueueTabs.Entry entry = QueueTabs.ALL.stream().filter(e -> e.kind() == k).findFirst().orElseThrow();
            int waiting = entry.count().count(ws, Samples.CLOCK);
            if (List.of(org.courtdesk.model.request.RequestKind.ADJOURNMENT,
                    org.courtdesk.model.request.RequestKind.PRESERVATION).contains(k)) {
                assertThat(waiting).as(k + " samples waiting").isPositive(); // the check compares counts, not zeros
            }
            String expected = Messages.format("tab." + name, waiting);
            // the line counts from the workspace before the view exists …
            titled(tab, expected);
            assertThat(onFx(() -> main.built(k))).isFalse();
            // … and the built view counts the same
            onFx(() -> {
                main.tabs().getSelectionModel().select(tab);
                return null;
            });
            waitUntil(() -> onFx(() -> main.built(k) && tab.getContent() != null));
            titled(tab, expected);
            // one definition: a kind on the queue core counts its line with its view's own rule, not a copy of it
            // (证据交换 and 服务内容 are not on the core: the status rule, and the numbers above agree)
            org.courtdesk.app.ui.QueueTab view = onFx(() -> main.queue(k).orElseThrow());
            if (view instanceof org.courtdesk.app.ui.queue.KindQueueView<?, ?, ?> core) {
                assertThat((Object) entry.count()).as(k + ": the list's count is the view's counting()")
                        .isSameAs(core.counting());
            }
        }
    }

    private static void titled(Tab tab, String expected) {
        try {
            waitUntil(() -> onFx(tab::getText).equals(expected));
        } catch (AssertionError e) {
            assertThat(onFx(tab::getText)).as(tab.getId() + " once built").isEqualTo(expected);
        }
    }

    @Test
    void aFoldedGroupStaysFoldedAfterARestartPerUser() throws Exception {
        waitUntil(() -> main.reading().model().settled());
        org.courtdesk.app.ui.UiPrefs prefs = org.courtdesk.app.ui.UiPrefs.memory();
        String key = MainWindow.PREF_NAV_FOLDED + ws.user().username();
        onFx(() -> {
            main.usePrefs(prefs);
            nav().getRoot().getChildren().stream().filter(g -> g.getValue().id.equals("nav-group-parties")
                    || g.getValue().id.equals("nav-group-trial")).forEach(g -> g.setExpanded(false));
            return null;
        });
        assertThat(prefs.get(key)).contains("parties,trial");
        assertThat(prefs.get(MainWindow.PREF_NAV_FOLDED)).isEmpty();
        // the next start of the same user: both folded as left
        Stage stage = onFx(Stage::new);
        MainWindow again = onFx(() -> new MainWindow(ws, Samples.CLOCK));
        try {
            onFx(() -> {
                again.usePrefs(prefs);
                UiTestSupport.show(stage, again, 1280, 720);
                return null;
            });
            @SuppressWarnings("unchecked")
            TreeView<QueueNav.Item> nav2 = (TreeView<QueueNav.Item>) again.navigation();
            assertThat(onFx(() -> ((QueueNav) nav2).groupItem("nav-group-parties").isExpanded())).isFalse();
            assertThat(onFx(() -> ((QueueNav) nav2).folded())).containsExactly("parties", "trial");
            // the window unfolds 审判事务 to show a queue of it: that is not the judge's folding, nothing changes
            onFx(() -> {
                again.tabs().getSelectionModel().select(again.queueTab(
                        org.courtdesk.model.request.RequestKind.ADJOURNMENT).orElseThrow());
                return null;
            });
            waitUntil(() -> ((QueueNav) nav2).groupItem("nav-group-trial").isExpanded());
            assertThat(prefs.get(key)).contains("parties,trial");
            // the judge unfolds 律师与当事人 again: the list as it is now is remembered (审判事务 is open on screen)
            onFx(() -> {
                ((QueueNav) nav2).groupItem("nav-group-parties").setExpanded(true);
                return null;
            });
            assertThat(prefs.get(key)).contains("");
        } finally {
            onFx(() -> {
                again.dispose();
                stage.close();
                return null;
            });
        }
    }

    @Test
    void aWideWindowShowsTheWholeListBesideTheQueue() throws Exception {
        Stage stage = onFx(Stage::new);
        MainWindow wide = onFx(() -> new MainWindow(Samples.workspace(), Samples.CLOCK));
        try {
            onFx(() -> UiTestSupport.show(stage, wide, 1600, 1000));
            waitUntil(() -> wide.reading().model().settled() && wide.navigation().getWidth() > QueueNav.RAIL_WIDTH + 60);
            assertThat(onFx(() -> QueueFit.cut(wide))).isEmpty();
            UiTestSupport.snapshot(wide, "queue-nav-1600x1000");
        } finally {
            onFx(() -> {
                wide.dispose();
                stage.close();
                return null;
            });
        }
    }

    @Test
    void ctrlTabAndCtrlPageDownWalkTheListsOrder(FxRobot robot) {
        waitUntil(() -> main.reading().model().settled());
        onFx(() -> {
            main.tabs().getSelectionModel().select(main.queueTab(org.courtdesk.model.request.RequestKind.CASE_FILE_READING)
                    .orElseThrow());
            main.reading().table().requestFocus();
            return null;
        });
        assertThat(onScreen()).isEqualTo("tab-reading");
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        waitUntil(() -> onScreen().equals("tab-filing"));
        // the list follows
        assertThat(onFx(() -> nav().getSelectionModel().getSelectedItem().getValue().id)).isEqualTo("nav-tab-filing");
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        waitUntil(() -> onScreen().equals("tab-adjournment")); // the list's order, not the registry's (绑定 is later)
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> onScreen().equals("tab-filing"));
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.CONTROL);
        waitUntil(() -> onScreen().equals("tab-reading"));
        // round: before 今日到期 comes 通知
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.CONTROL);
        waitUntil(() -> onScreen().equals("tab-today"));
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.CONTROL);
        waitUntil(() -> onScreen().equals("tab-notice"));
        // a queue put on screen otherwise (a reminder, 今日到期) moves the list too
        onFx(() -> {
            main.tabs().getSelectionModel().select(main.queueTab(org.courtdesk.model.request.RequestKind.CONTACT_JUDGE)
                    .orElseThrow());
            return null;
        });
        assertThat(onFx(() -> nav().getSelectionModel().getSelectedItem().getValue().id)).isEqualTo("nav-tab-contact");
    }

    @Test
    void f6ThenArrowsChooseAQueueEnterGoesInAndLeftFoldsAGroup(FxRobot robot) {
        waitUntil(() -> main.reading().model().settled());
        onFx(() -> {
            main.tabs().getSelectionModel().select(main.queueTab(org.courtdesk.model.request.RequestKind.CASE_FILE_READING)
                    .orElseThrow());
            main.reading().table().requestFocus();
            return null;
        });
        robot.type(KeyCode.F6);
        waitUntil(() -> nav().isFocused());
        robot.type(KeyCode.DOWN);
        waitUntil(() -> onScreen().equals("tab-filing"));
        robot.type(KeyCode.ENTER);
        // the keyboard is in the filing queue's table
        waitUntil(() -> {
            Node owner = main.getScene().getFocusOwner();
            return owner instanceof TableView<?> && !nav().isFocused()
                    && isInside(owner, main.tabs().getSelectionModel().getSelectedItem().getContent());
        });
        // back to the list; up to the heading 审判事务 and fold it: its queues leave the list, the queue stays on screen
        robot.type(KeyCode.F6);
        waitUntil(() -> nav().isFocused());
        onFx(() -> {
            nav().getSelectionModel().select(nav().getRoot().getChildren().get(0));
            return null;
        });
        robot.type(KeyCode.LEFT);
        waitUntil(() -> !nav().getRoot().getChildren().get(0).isExpanded());
        assertThat(onScreen()).isEqualTo("tab-filing");
        // Ctrl+Tab still reaches a queue of a folded group, and unfolds it
        robot.type(KeyCode.DOWN); // to 律师与当事人
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        waitUntil(() -> onScreen().equals("tab-adjournment"));
        waitUntil(() -> nav().getRoot().getChildren().get(0).isExpanded());
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
