package org.courtdesk.app.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.TableColumns;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.app.workspace.StaffOp;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/**
 * The kind-neutral queue core driven by a small fake kind (notes with a text to answer): J/K move and Enter opens into
 * the form; a changed request is read alone and replaced in place (no full read of the kind); 撤回 withdraws a saved,
 * unsent decision; the 同步 condition's 冲突 shows the conflicted row; and snapshots at 1280×800 in Chinese and English
 * with nothing cut (target/screenshots/kind-queue-zh.png, kind-queue-en.png).
 */
@ExtendWith(ApplicationExtension.class)
class KindQueueViewTest {

    /** The fake kind's view: the shared header only. */
    record Note(long id, String caseNumber, String applicantName, Instant submittedAt, RequestStatus status,
                long version) implements RequestView {
        @Override public RequestKind kind() { return RequestKind.SUGGESTION; }
        @Override public String applicationNo() { return "N" + id; }
        @Override public String courtCode() { return "粤0106"; }

        Note answered() {
            return new Note(id, caseNumber, applicantName, submittedAt, RequestStatus.REPLIED, version + 1);
        }
    }

    record NoteRow(KindRow<Note> source) {
        long id() { return source.view().id(); }
    }

    record NoteQuery(String text) {}

    static final StaffOp ANSWER = new StaffOp("note-answer", "api/v1/judge/notes/{id}/answer", true);

    /** The fake kind: three columns, one text condition, a detail label and a text area as its form. */
    static final class NoteQueue extends KindQueueView<Note, NoteRow, NoteQuery> {
        final Label title = new Label();
        final TextArea form = new TextArea();
        final VBox detail = new VBox(8, title, form);
        final TextField text = new TextField();

        NoteQueue(Workspace ws) {
            super(ws, Samples.CLOCK, RequestKind.SUGGESTION, "suggestion", Note.class, new NoteQuery(""));
            title.setId("note-title");
            form.setId("note-form");
            install();
        }

        @Override protected NoteRow row(KindRow<Note> source) { return new NoteRow(source); }
        @Override protected KindRow<Note> source(NoteRow row) { return row.source(); }

        @Override
        protected NoteRow opened(NoteRow row) {
            KindRow<Note> s = row.source();
            return new NoteRow(new KindRow<>(s.view(), true, s.removed(), s.pending()));
        }

        @Override protected boolean open(NoteRow row) { return row.source().view().status() == RequestStatus.AWAITING_REPLY; }

        @Override
        protected boolean matches(NoteQuery q, NoteRow row) {
            return q.text().isBlank() || row.source().view().caseNumber().contains(q.text().strip());
        }

        @Override
        protected Comparator<NoteRow> order() {
            return Comparator.comparingLong(NoteRow::id);
        }

        @Override
        protected List<KindColumn<NoteRow>> columns() {
            return List.of(KindColumn.<NoteRow>of("caseNumber", "suggestion.col.title", 220,
                            r -> r.source().view().caseNumber()).sortable(),
                    KindColumn.of("applicant", "suggestion.col.applicant", 80, r -> r.source().view().applicantName()),
                    KindColumn.<NoteRow>of("left", "suggestion.col.left", 90, r -> "剩 " + r.id() + " 天").deadline(),
                    KindColumn.status("suggestion.col.status", 120));
        }

        /** Request 2 is near its deadline, request 3 past it: their 剩余 cells are the core's deadline colours. */
        @Override
        protected List<RowMark<NoteRow>> rowMarks() {
            return List.of(RowMark.of("warn", r -> r.id() == 2), RowMark.of("overdue", r -> r.id() == 3));
        }

        @Override protected String statusText(NoteRow row) { return Messages.status(row.source().view().status()); }

        @Override
        protected List<Node> filters() {
            text.setId("note-filter-text");
            text.textProperty().addListener((o, a, b) -> query(q -> new NoteQuery(b)));
            return List.of(caption("suggestion.filter.status"), text);
        }

        @Override protected void clearFilters() { text.clear(); }
        @Override protected TextInputControl searchField() { return text; }
        @Override protected Node detail() { return detail; }

        @Override
        protected void show(NoteRow row) {
            title.setText(row.source().view().caseNumber() + " · " + row.source().view().applicantName());
        }

        @Override protected void focusForm() { form.requestFocus(); }

        @Override
        protected void saveForm(Runnable onSaved) {
            NoteRow row = shownRow();
            RequestRef ref = RequestRef.of(RequestKind.SUGGESTION, row.id());
            String body = form.getText();
            Fx.async(() -> workspace.saveAction(ref, ANSWER, Map.of("text", body)), a -> onSaved.run(), t -> { });
        }
    }

    private FakeWorkspace ws;
    private NoteQueue view;
    private Stage stage;

    private static RequestRef ref(long id) {
        return RequestRef.of(RequestKind.SUGGESTION, id);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages.use(Messages.CHINESE);
        ws = new FakeWorkspace(Samples.CLOCK);
        Instant t = Samples.CLOCK.instant();
        String[] names = {"王丽娟", "赵志强", "李文博", "张建国"};
        for (int i = 1; i <= 4; i++) {
            ws.kindViews.put(ref(i), new Note(i, "（2022）粤0106民初30" + i + "号", names[i - 1],
                    t.minusSeconds(3600L * i), RequestStatus.AWAITING_REPLY, 1));
        }
        view = open(stage);
    }

    private NoteQueue open(Stage stage) {
        NoteQueue v = new NoteQueue(ws);
        UiTestSupport.show(stage, v, 1280, 800);
        ws.addListener(new org.courtdesk.app.workspace.WorkspaceListener() {
            @Override
            public void changed(Set<RequestRef> requests) {
                Platform.runLater(() -> v.changed(requests)); // as the main window passes the workspace's changes on
            }
        });
        v.setActive(true);
        TableColumns.install(v, null);
        v.refresh();
        return v;
    }

    @AfterEach
    void chinese() {
        Messages.use(Messages.CHINESE);
    }

    private List<Long> ids() {
        return onFx(() -> view.table().getItems().stream().map(NoteRow::id).toList());
    }

    private long shown() {
        return onFx(() -> view.shownRow() == null ? -1 : view.shownRow().id());
    }

    private void loaded() {
        waitUntil(() -> view.model().settled() && view.table().getItems().size() == 4);
    }

    @Test
    void jkMoveAndEnterOpensIntoTheForm(FxRobot robot) {
        loaded();
        assertThat(ids()).containsExactly(1L, 2L, 3L, 4L);
        onFx(() -> {
            view.table().requestFocus();
            return null;
        });
        robot.type(KeyCode.J);
        waitUntil(() -> shown() == 1L);
        robot.type(KeyCode.J);
        waitUntil(() -> shown() == 2L);
        robot.type(KeyCode.J);
        waitUntil(() -> shown() == 3L);
        robot.type(KeyCode.K);
        waitUntil(() -> shown() == 2L);
        assertThat(onFx(view.title::getText)).startsWith("（2022）粤0106民初302号");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "note-form".equals(view.getScene().getFocusOwner().getId()));
        // opened: the row lost its dot and tint
        waitUntil(() -> view.table().getItems().get(1).source().opened());
        assertThat(ws.openedRefs).contains(ref(2));
        assertThat(onFx(() -> view.title().getValue())).isEqualTo(Messages.format("tab.suggestion", 4));
    }

    @Test
    void aChangedRowIsReadAloneAndReplacedInPlace() {
        loaded();
        onFx(() -> {
            view.table().getSelectionModel().select(2);
            return null;
        });
        waitUntil(() -> shown() == 3L);
        int fullReads = ws.kindReads.get();
        int reloads = view.model().reloads();
        NoteRow before = onFx(() -> view.table().getItems().get(1));

        // the sync brings request 2 answered elsewhere: only it is read again
        ws.kindViews.put(ref(2), ((Note) ws.kindViews.get(ref(2))).answered());
        ws.listeners.forEach(l -> l.changed(Set.of(ref(2))));
        waitUntil(() -> view.model().settled()
                && view.table().getItems().get(1).source().view().status() == RequestStatus.REPLIED);

        assertThat(ws.kindReads.get()).as("no full read of the kind").isEqualTo(fullReads);
        assertThat(view.model().reloads()).isEqualTo(reloads);
        assertThat(view.model().partialReads()).isGreaterThanOrEqualTo(1);
        assertThat(ids()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(onFx(() -> view.table().getItems().get(1))).isNotEqualTo(before);
        // the judge's place is kept: still request 3 selected and shown
        assertThat(onFx(() -> view.table().getSelectionModel().getSelectedItem().id())).isEqualTo(3L);
        assertThat(shown()).isEqualTo(3L);
        waitUntil(() -> view.title().getValue().equals(Messages.format("tab.suggestion", 3)));

        // a request gone from the cache leaves the queue, again without a full read
        ws.kindViews.remove(ref(4));
        ws.listeners.forEach(l -> l.changed(Set.of(ref(4))));
        waitUntil(() -> view.model().settled() && view.table().getItems().size() == 3);
        assertThat(ws.kindReads.get()).isEqualTo(fullReads);
    }

    @Test
    void saveMovesOnAndWithdrawTakesThePendingDecisionBack(FxRobot robot) {
        loaded();
        onFx(() -> {
            view.table().getSelectionModel().select(0);
            view.openSelected();
            view.form.setText("已收悉");
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> ws.actions.size() == 1);
        // save-and-next: on to request 2 once request 1 shows 待同步
        waitUntil(() -> shown() == 2L);
        assertThat(onFx(() -> view.model().sync(view.table().getItems().get(0)))).isEqualTo(QueueSync.PENDING);
        Button withdraw = robot.lookup("#suggestion-withdraw").queryButton();
        assertThat(onFx(withdraw::isVisible)).as("nothing to withdraw on request 2").isFalse();

        onFx(() -> {
            view.table().getSelectionModel().select(0);
            return null;
        });
        waitUntil(() -> shown() == 1L && withdraw.isVisible());
        robot.clickOn(withdraw);
        waitUntil(() -> ws.actions.isEmpty());
        assertThat(ws.withdrawnRefs).containsExactly(ref(1));
        waitUntil(() -> view.model().settled()
                && view.model().sync(view.table().getItems().get(0)) == QueueSync.NONE && !withdraw.isVisible());
        assertThat(onFx(() -> robot.lookup("#suggestion-sync-note").queryAs(Label.class).getText()))
                .isEqualTo(Messages.get("review.withdrawn"));
    }

    @Test
    void theConflictFilterShowsTheConflictedRow(FxRobot robot) {
        loaded();
        ws.actions.add(new PendingAction(99, ref(3), ANSWER.name(), "{\"text\":\"已收悉\"}", Samples.CLOCK.instant(),
                OutboxState.CONFLICT, ErrorCode.VERSION_CONFLICT, "409", ws.kindViews.get(ref(3))));
        ws.listeners.forEach(l -> l.changed(Set.of(ref(3))));
        waitUntil(() -> view.model().settled() && view.model().sync(view.table().getItems().get(2)) == QueueSync.CONFLICT);
        closeConflictDialog(robot); // it opened by itself (the queue is on screen)
        @SuppressWarnings("unchecked")
        ComboBox<SyncFilter> sync = robot.lookup("#suggestion-filter-sync").queryAs(ComboBox.class);
        onFx(() -> {
            sync.setValue(SyncFilter.CONFLICT);
            return null;
        });
        waitUntil(() -> view.model().settled() && ids().equals(List.of(3L)));
        onFx(() -> {
            sync.setValue(SyncFilter.PENDING);
            return null;
        });
        waitUntil(() -> view.model().settled() && ids().isEmpty());
        onFx(() -> {
            view.resetFilters();
            return null;
        });
        waitUntil(() -> view.model().settled() && ids().size() == 4);
        assertThat(onFx(sync::getValue)).isEqualTo(SyncFilter.ALL);
        // the badge in the 状态 cell and the way to the conflict over the detail
        onFx(() -> {
            view.table().getSelectionModel().select(2);
            return null;
        });
        waitUntil(() -> shown() == 3L);
        assertThat(onFx(() -> robot.lookup(".badge-conflict").queryAs(Label.class).getText())).isEqualTo("冲突");
        assertThat(onFx(() -> robot.lookup("#suggestion-conflict").queryButton().isVisible())).isTrue();
    }

    private PendingAction conflictOn(long actionId, long requestId) {
        return new PendingAction(actionId, ref(requestId), ANSWER.name(), "{\"text\":\"已收悉\"}",
                Samples.CLOCK.instant(), OutboxState.CONFLICT, ErrorCode.VERSION_CONFLICT, "409",
                ws.kindViews.get(ref(requestId)));
    }

    /** The sync reports these requests changed; returns once the queue has read them and acted on them. */
    private void syncBrings(long... ids) {
        int reads = view.model().partialReads();
        Set<RequestRef> refs = java.util.Arrays.stream(ids).mapToObj(KindQueueViewTest::ref)
                .collect(java.util.stream.Collectors.toSet());
        ws.listeners.forEach(l -> l.changed(refs));
        waitUntil(() -> view.model().partialReads() > reads && view.model().settled());
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    private void closeConflictDialog(FxRobot robot) {
        waitUntil(() -> view.conflictDialog() != null && view.conflictDialog().isShowing());
        onFx(() -> {
            ((Button) view.conflictDialog().getDialogPane().lookup("#conflict-later")).fire();
            return null;
        });
        waitUntil(() -> view.conflictDialog() == null);
    }

    @AfterEach
    void noDialogLeftOpen() {
        onFx(() -> {
            if (view != null && view.conflictDialog() != null) {
                view.conflictDialog().close();
            }
            return null;
        });
    }

    @Test
    void aConflictBroughtBySyncOpensItsDialogOnceWithItsRequestBehindIt(FxRobot robot) {
        loaded();
        assertThat(onFx(view::conflictDialog)).as("nothing to answer yet").isNull();
        ws.actions.add(conflictOn(99, 3));
        syncBrings(3);
        waitUntil(() -> view.conflictDialog() != null && view.conflictDialog().isShowing());
        assertThat(shown()).as("its request open behind it").isEqualTo(3L);
        assertThat(onFx(() -> view.table().getSelectionModel().getSelectedItem().id())).isEqualTo(3L);
        assertThat(onFx(() -> view.conflictDialog().getTitle())).isEqualTo(Messages.get("conflict.title"));
        closeConflictDialog(robot); // 稍后处理: the conflict stays, with its badge

        // a later sync with the same conflict (request 3 read again, request 1 changed too) does not reopen it
        syncBrings(3, 1);
        assertThat(onFx(view::conflictDialog)).as("the same conflict is not put before the judge twice").isNull();
        assertThat(onFx(() -> view.model().sync(view.model().row(3).orElseThrow()))).isEqualTo(QueueSync.CONFLICT);

        // a new conflict (request 2) opens it again: the hook still listens
        ws.actions.add(conflictOn(100, 2));
        syncBrings(2, 3);
        waitUntil(() -> view.conflictDialog() != null && shown() == 2L);
        closeConflictDialog(robot);
        ws.actions.clear();
    }

    @Test
    void aConflictOfAQueueNotOnScreenDoesNotOpenItsDialog() {
        loaded();
        onFx(() -> {
            view.setActive(false); // another tab is on screen
            return null;
        });
        ws.actions.add(conflictOn(99, 3));
        syncBrings(3);
        waitUntil(() -> view.model().sync(view.model().row(3).orElseThrow()) == QueueSync.CONFLICT);
        assertThat(onFx(view::conflictDialog)).isNull();
        assertThat(onFx(() -> javafx.stage.Window.getWindows().stream().noneMatch(w -> w.getScene() != null
                && w.getScene().getRoot().lookup(".conflict-dialog") != null))).as("no conflict dialog open").isTrue();
        ws.actions.clear();
    }

    @Test
    void aWarnedDeadlineCellKeepsItsColoursInASelectedRowFocusedOrNot() {
        loaded();
        onFx(() -> {
            view.table().requestFocus();
            view.table().getSelectionModel().select(1); // request 2: warned
            return null;
        });
        waitUntil(() -> shown() == 2L);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> deadlineFill(2))).as("warned, selected, table focused").isEqualTo(Color.web("#9a6700"));
        // the form in use: the selection turns light grey, where white text would not read
        onFx(() -> {
            view.form.requestFocus();
            return null;
        });
        waitUntil(() -> view.form.isFocused());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> deadlineFill(2))).as("warned, selected, table not focused").isEqualTo(Color.web("#9a6700"));
        assertThat(onFx(() -> deadlineFill(3))).as("overdue, not selected").isEqualTo(Color.web("#a40e26"));
        assertThat(onFx(() -> deadlineFill(1))).as("nothing to warn").isNotIn(Color.web("#9a6700"), Color.web("#a40e26"));
    }

    /** The text colour of request {@code id}'s 剩余 cell. FX thread. */
    private javafx.scene.paint.Paint deadlineFill(long id) {
        view.applyCss();
        for (Node n : view.table().lookupAll(".table-cell." + KindColumn.DEADLINE)) {
            if (n instanceof javafx.scene.control.TableCell<?, ?> c && !c.isEmpty()
                    && c.getTableRow().getItem() instanceof NoteRow r && r.id() == id) {
                return c.getTextFill();
            }
        }
        throw new AssertionError("no deadline cell of request " + id);
    }

    @Test
    void aRequestAskedForBeforeTheFirstLoadIsSelectedWhenTheLoadLands() {
        // a reminder's Enter builds the queue and asks for its request while the first read is still running
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        FakeWorkspace slow = new FakeWorkspace(Samples.CLOCK) {
            @Override
            public <T extends RequestView> List<KindRow<T>> requests(RequestKind kind, Class<T> type) {
                try {
                    hold.await(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.requests(kind, type);
            }
        };
        slow.kindViews.putAll(ws.kindViews);
        NoteQueue fresh = onFx(() -> {
            NoteQueue q = new NoteQueue(slow);
            UiTestSupport.show(stage, q, 1280, 800);
            q.setActive(true);
            q.refresh();
            return q;
        });
        try {
            assertThat(onFx(() -> fresh.show(ref(3)))).as("remembered until the rows are there").isTrue();
            assertThat(onFx(() -> fresh.model().loadedProperty().get() || fresh.shownRow() != null)).isFalse();
            hold.countDown();
            waitUntil(() -> onFx(() -> fresh.shownRow() != null && fresh.shownRow().id() == 3L));
            assertThat(onFx(() -> fresh.table().getSelectionModel().getSelectedItem().id())).isEqualTo(3L);
            // once loaded, a request the queue does not have is refused at once
            assertThat(onFx(() -> fresh.show(ref(9)))).isFalse();
        } finally {
            hold.countDown();
            onFx(() -> {
                fresh.dispose();
                return null;
            });
        }
    }

    @Test
    void snapshotsInChineseAndEnglishCutNothing(FxRobot robot) throws Exception {
        loaded();
        snapshot(robot, "kind-queue-zh");
        onFx(() -> {
            view.dispose();
            Messages.use(Messages.ENGLISH);
            return null;
        });
        view = onFx(() -> open(stage));
        loaded();
        snapshot(robot, "kind-queue-en");
    }

    private void snapshot(FxRobot robot, String name) throws Exception {
        // a saved answer on request 1, shown: the sync bar with 撤回 over the detail
        onFx(() -> {
            view.table().getSelectionModel().select(0);
            view.form.setText("已收悉，我们将认真研究。");
            view.save();
            return null;
        });
        waitUntil(() -> !ws.actions.isEmpty() && shown() == 2L);
        onFx(() -> {
            view.table().getSelectionModel().select(0);
            return null;
        });
        waitUntil(() -> shown() == 1L && robot.lookup("#suggestion-withdraw").queryButton().isVisible());
        waitUntil(() -> view.table().lookupAll(".badge").stream().anyMatch(Node::isVisible));
        WaitForAsyncUtils.waitForFxEvents();
        Path png = UiTestSupport.snapshot(view, name);
        assertThat(png).exists();
        // nothing cut: every caption and button of the filter bar and the sync bar at its full width, inside the window
        List<Node> shown = onFx(() -> {
            List<Node> out = new java.util.ArrayList<>();
            for (Node n : view.getTop().lookupAll(".label")) {
                out.add(n);
            }
            out.addAll(view.lookupAll(".button"));
            out.addAll(view.table().lookupAll(".status-text"));
            out.addAll(view.table().lookupAll(".badge"));
            return out;
        });
        for (Node n : shown) {
            onFx(() -> {
                if (!n.isVisible() || !(n instanceof Labeled l) || l.getText() == null || l.getText().isEmpty()
                        || n.getScene() == null) {
                    return null;
                }
                Bounds b = n.localToScene(n.getLayoutBounds());
                assertThat(b.getMaxX()).as(l.getText() + " inside the window").isLessThanOrEqualTo(1280.5);
                assertThat(l.getWidth()).as("'" + l.getText() + "' not cut (" + Locale.getDefault() + ")")
                        .isGreaterThanOrEqualTo(l.prefWidth(-1) - 0.5);
                return null;
            });
        }
        // 状态 and its badge whole inside their cell
        onFx(() -> {
            for (Node cell : view.table().lookupAll(".table-cell")) {
                if (!(cell instanceof javafx.scene.control.TableCell<?, ?> c) || c.getGraphic() == null || c.isEmpty()) {
                    continue;
                }
                Bounds cellBounds = c.localToScene(c.getLayoutBounds());
                for (Node part : c.getGraphic().lookupAll(".label")) {
                    Bounds b = part.localToScene(part.getLayoutBounds());
                    assertThat(b.getMaxX()).as(((Labeled) part).getText() + " inside its cell")
                            .isLessThanOrEqualTo(cellBounds.getMaxX() + 0.5);
                }
            }
            return null;
        });
        // every column header fits its words (TableColumns)
        onFx(() -> {
            view.table().getColumns().forEach(c -> assertThat(c.getWidth()).as(c.getText())
                    .isGreaterThanOrEqualTo(TableColumns.textWidth(c.getText(), javafx.scene.text.Font.getDefault())));
            return null;
        });
        ws.actions.clear();
    }
}
