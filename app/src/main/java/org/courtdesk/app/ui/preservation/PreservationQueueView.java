package org.courtdesk.app.ui.preservation;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.QueueTab;
import org.courtdesk.app.ui.batch.BatchBar;
import org.courtdesk.app.ui.batch.BatchRun;
import org.courtdesk.app.ui.main.QueueTabs;
import org.courtdesk.app.ui.reading.ReviewFormViewDates;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.preservation.PreservationClock;
import org.courtdesk.model.preservation.PreservationMaterialRef;
import org.courtdesk.model.preservation.PreservationView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;

/**
 * The 诉讼保全 tab (spec-004 §5): 查询条件 (状态, 案号, 申请日期), the queue ordered by time left with the overdue on top
 * (built, filtered and ordered off the FX thread), the detail with 接收 and 退回, and 批量接收 of the selected rows — each
 * its own outbox action, one progress bar, each row's failure listed. Keys, only while this tab is on screen: J/K
 * move, Enter opens, Alt+J 接收, Alt+T 退回 (to the reason first), Ctrl+Shift+A 批量接收所选, Ctrl+F 查询.
 */
public final class PreservationQueueView extends BorderPane implements QueueTab {

    private static final PseudoClass UNOPENED = PseudoClass.getPseudoClass("unopened");
    private static final PseudoClass WARN = PseudoClass.getPseudoClass("warn");
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    static final KeyCombination ACCEPT = new KeyCodeCombination(KeyCode.J, KeyCombination.ALT_DOWN);
    static final KeyCombination RETURN = new KeyCodeCombination(KeyCode.T, KeyCombination.ALT_DOWN);
    static final KeyCombination BATCH = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final Workspace workspace;
    private final PreservationQueueModel model;
    private final PreservationActions actions;
    private final PreservationDetailView detail;
    private final TableView<PreservationRow> table = new TableView<>();
    private final ComboBox<PreservationStatusFilter> statusFilter = new ComboBox<>();
    private final TextField textFilter = new TextField();
    private final DatePicker fromDate = new DatePicker();
    private final DatePicker toDate = new DatePicker();
    private final Label count = new Label();
    private final BatchBar<PreservationRow> batch;
    private final ObservableValue<String> title;
    private final AtomicLong detailGeneration = new AtomicLong();
    private final EventHandler<KeyEvent> keys = this::onKey;
    private long shownId = -1;
    private boolean active;
    private boolean reselecting;

    public PreservationQueueView(Workspace workspace, Clock clock, Consumer<QueueTabs.DocumentRef> openDocument) {
        this.workspace = workspace;
        setId("preservation-queue");
        getStyleClass().addAll("queue-view", "preservation-queue");
        model = new PreservationQueueModel(workspace, clock, Platform::runLater);
        actions = new PreservationActions(workspace);
        detail = new PreservationDetailView(model.zone(), m -> openDocument.accept(document(m)), this::accept,
                this::giveBack);
        title = Bindings.createStringBinding(() -> Messages.format("tab.preservation",
                model.waitingCountProperty().get()), model.waitingCountProperty());
        setTop(filterBar());
        buildTable();
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(detail, false);
        split.getStyleClass().add("queue-split");
        setCenter(split);
        batch = new BatchBar<>("preservation", n -> Messages.format("preservation.batch", n),
                r -> r.view().applicationNo(), this::acceptSelected);
        setBottom(batch);
        model.rows().addListener((ListChangeListener<PreservationRow>) c -> afterRowsChanged());
        model.totalCountProperty().addListener((o, a, b) -> updateCount());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!reselecting) {
                onSelected(b);
            }
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<PreservationRow>) c -> updateBatch());
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        updateBatch();
    }

    private QueueTabs.DocumentRef document(PreservationMaterialRef m) {
        PreservationRow row = detail.shown();
        return new QueueTabs.DocumentRef(m.id(), m.sha256(), m.fileName(), m.contentType(), m.size(),
                Messages.get("preservation.material." + m.type().name()), row == null ? "" : row.view().applicationNo());
    }

    // ---- construction ----

    private HBox filterBar() {
        statusFilter.setId("preservation-filter-status");
        statusFilter.getItems().setAll(PreservationStatusFilter.values());
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(PreservationStatusFilter s) {
                return s == null ? "" : Messages.get(s.key());
            }

            @Override
            public PreservationStatusFilter fromString(String s) {
                return null;
            }
        });
        statusFilter.setValue(PreservationStatusFilter.ALL);
        statusFilter.valueProperty().addListener((o, a, b) -> model.queryProperty().set(model.queryProperty().get().withStatus(b)));
        textFilter.setId("preservation-filter-text");
        textFilter.setPromptText(Messages.get("preservation.filter.text.prompt"));
        textFilter.setTooltip(new Tooltip(Messages.get("preservation.filter.text.prompt") + "  (Ctrl+F)"));
        textFilter.setPrefColumnCount(16);
        textFilter.textProperty().addListener((o, a, b) -> model.queryProperty().set(model.queryProperty().get().withText(b)));
        for (DatePicker p : List.of(fromDate, toDate)) {
            p.setPrefWidth(132);
            p.setConverter(ReviewFormViewDates.CONVERTER);
            p.valueProperty().addListener((o, a, b) -> model.queryProperty().set(
                    model.queryProperty().get().withDates(fromDate.getValue(), toDate.getValue())));
        }
        fromDate.setId("preservation-filter-from");
        fromDate.setPromptText(Messages.get("queue.filter.from"));
        toDate.setId("preservation-filter-to");
        toDate.setPromptText(Messages.get("queue.filter.to"));
        Button reset = new Button(Messages.get("queue.filter.reset"));
        reset.setId("preservation-filter-reset");
        reset.getStyleClass().add(Styles.FLAT);
        reset.setOnAction(e -> resetFilters());
        count.setId("preservation-count");
        count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, caption("queue.filter.status"), statusFilter, caption("preservation.filter.case"), textFilter,
                caption("queue.filter.dates"), fromDate, new Label("—"), toDate, reset, spacer, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 14, 10, 14));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private static Label caption(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void buildTable() {
        table.setId("preservation-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE, "queue-table", "preservation-table");
        table.setFixedCellSize(34);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        var zone = model.zone();
        table.getColumns().add(column("no", "preservation.col.no", 158, 154, r -> r.view().applicationNo()));
        table.getColumns().add(column("status", "preservation.col.status", 118, 104, PreservationFormat::status));
        TableColumn<PreservationRow, PreservationRow> left = column("left", "preservation.col.left", 96, 90,
                r -> PreservationFormat.timeLeft(r.clock()));
        left.setCellFactory(c -> new LeftCell());
        table.getColumns().add(left);
        table.getColumns().add(column("case", "preservation.col.case", 160, 120,
                r -> r.view().caseNumber() == null ? Messages.get("preservation.noCase") : r.view().caseNumber()));
        table.getColumns().add(column("type", "preservation.col.type", 100, 84, r -> PreservationFormat.stage(r.view())));
        table.getColumns().add(column("parties", "preservation.col.parties", 140, 100,
                r -> r.applicants() + " / " + r.respondents()));
        table.getColumns().add(column("submitted", "preservation.col.submitted", 106, 104,
                r -> PreservationFormat.shortDateTime(r.view().submittedAt(), zone)));
        Label empty = new Label(Messages.get("preservation.queue.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        table.setRowFactory(t -> {
            TableRow<PreservationRow> row = new TableRow<>() {
                @Override
                protected void updateItem(PreservationRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(UNOPENED, !empty && item != null && !item.opened());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openSelected();
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShiftDown()) {
                return;
            }
            if (e.getCode() == KeyCode.J) {
                next();
                e.consume();
            } else if (e.getCode() == KeyCode.K) {
                previous();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        table.setItems(model.rows());
    }

    private TableColumn<PreservationRow, PreservationRow> column(String id, String key, double width, double min,
                                                                 Function<PreservationRow, String> text) {
        TableColumn<PreservationRow, PreservationRow> c = new TableColumn<>(Messages.get(key));
        c.setId("preservation-col-" + id);
        c.setPrefWidth(width);
        c.setMinWidth(min);
        // The order is the time left, computed off the FX thread; clicking a header does not re-sort.
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(PreservationRow item, boolean empty) {
                super.updateItem(item, empty);
                String t = empty || item == null ? null : text.apply(item);
                setText(t);
                setTooltip(t == null || t.length() < 6 ? null : new Tooltip(t));
            }
        });
        return c;
    }

    /** 剩余时间 in colour: the last 12 hours (or last day) warn, overdue is red; the due time in the tooltip. */
    private final class LeftCell extends TableCell<PreservationRow, PreservationRow> {
        @Override
        protected void updateItem(PreservationRow item, boolean empty) {
            super.updateItem(item, empty);
            PreservationClock clock = empty || item == null ? null : item.clock();
            setText(empty || item == null ? null : PreservationFormat.timeLeft(clock));
            getStyleClass().remove("preservation-left");
            getStyleClass().add("preservation-left");
            pseudoClassStateChanged(WARN, clock != null && clock.urgency() == PreservationClock.Urgency.DUE_SOON);
            pseudoClassStateChanged(OVERDUE, clock != null && clock.overdue());
            String tip = PreservationFormat.dueText(clock, model.zone());
            setTooltip(tip.isEmpty() ? null : new Tooltip(tip));
        }
    }

    // ---- behaviour ----

    private void afterRowsChanged() {
        updateCount();
        updateBatch();
        if (shownId < 0) {
            return;
        }
        List<PreservationRow> rows = model.rows();
        if (table.getSelectionModel().getSelectedItems().size() > 1) {
            return; // a batch selection is kept as the user made it
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == shownId) {
                PreservationRow selected = table.getSelectionModel().getSelectedItem();
                if (selected == rows.get(i)) {
                    return;
                }
                reselecting = true;
                try {
                    table.getSelectionModel().clearAndSelect(i);
                } finally {
                    reselecting = false;
                }
                return;
            }
        }
    }

    private void updateCount() {
        count.setText(Messages.format("queue.count", model.rows().size(), model.totalCountProperty().get()));
    }

    private void updateBatch() {
        batch.setSelectable(table.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull)
                .filter(PreservationRow::decidable).count());
    }

    private void onSelected(PreservationRow row) {
        if (row == null || row.id() == shownId) {
            return;
        }
        loadDetail(row.id());
        Platform.runLater(() -> model.markOpened(row, table.getSelectionModel().getSelectedItems().size() > 1));
    }

    /** Reads the application again (its row with the user's actions) and shows it. */
    void loadDetail(long id) {
        shownId = id;
        long g = detailGeneration.incrementAndGet();
        RequestRef ref = RequestRef.of(RequestKind.PRESERVATION, id);
        Clock clock = model.clock();
        Fx.async(() -> workspace.request(ref, PreservationView.class)
                .map(k -> PreservationRow.of(k, clock.instant(), model.zone())), found -> {
            if (g != detailGeneration.get()) {
                return;
            }
            if (found.isEmpty()) {
                detail.showPlaceholder();
            } else {
                detail.show(found.get());
            }
        }, t -> {
            if (g == detailGeneration.get()) {
                detail.showPlaceholder();
            }
        });
    }

    private void afterSave() {
        model.reload();
        if (shownId >= 0) {
            loadDetail(shownId);
        }
    }

    /** Alt+J / 接收: the shown application, with the ruling's reference if typed. */
    public void accept() {
        PreservationRow row = detail.shown();
        if (row == null) {
            return;
        }
        String ruling = detail.rulingText();
        Fx.async(() -> actions.acceptOne(row, ruling), this::afterOne, t -> detail.showErrors(List.of(String.valueOf(t))));
    }

    /** Alt+T / 退回: to the reason first when it is empty, else saved with it. */
    public void giveBack() {
        PreservationRow row = detail.shown();
        if (row == null) {
            return;
        }
        String reason = detail.reasonText();
        if (reason == null || reason.isBlank()) {
            detail.showErrors(PreservationActions.returnProblems(reason));
            detail.focusReason();
            return;
        }
        Fx.async(() -> actions.returnOne(row, reason), this::afterOne, t -> detail.showErrors(List.of(String.valueOf(t))));
    }

    private void afterOne(BatchRun.Outcome<PreservationRow> outcome) {
        if (outcome.saved()) {
            detail.showErrors(List.of());
            afterSave();
        } else {
            detail.showErrors(List.of(outcome.problem()));
        }
    }

    /** Ctrl+Shift+A / 批量接收所选: each selected waiting row its own action; one progress bar; failures listed. */
    public void acceptSelected() {
        List<PreservationRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems().stream()
                .filter(Objects::nonNull).toList());
        batch.run(selected, row -> actions.acceptOne(row, null), outcomes -> {
            afterSave();
            updateBatch();
        });
    }

    private void onKey(KeyEvent e) {
        if (!active || !isVisible()) {
            return;
        }
        if (ACCEPT.match(e)) {
            accept();
        } else if (RETURN.match(e)) {
            giveBack();
        } else if (BATCH.match(e)) {
            acceptSelected();
        } else {
            return;
        }
        e.consume();
    }

    // ---- QueueTab ----

    @Override public Node content() { return this; }
    @Override public ObservableValue<String> title() { return title; }

    @Override
    public void refresh() {
        model.reload();
    }

    @Override
    public void changed(Set<RequestRef> requests) {
        if (requests != null && requests.stream().noneMatch(r -> r.kind() == RequestKind.PRESERVATION)) {
            return;
        }
        model.reload();
        boolean typing = !detail.reasonText().isBlank() || !detail.rulingText().isBlank();
        if (shownId >= 0 && !typing && (requests == null
                || requests.contains(RequestRef.of(RequestKind.PRESERVATION, shownId)))) {
            loadDetail(shownId);
        }
    }

    @Override
    public void setActive(boolean active) {
        this.active = active;
    }

    @Override public void next() { move(1); }
    @Override public void previous() { move(-1); }

    private void move(int delta) {
        int size = table.getItems().size();
        if (size == 0) {
            return;
        }
        int i = table.getSelectionModel().getSelectedIndex();
        int target = i < 0 ? 0 : Math.max(0, Math.min(size - 1, i + delta));
        table.getSelectionModel().clearAndSelect(target);
        table.getFocusModel().focus(target);
        table.scrollTo(Math.max(0, target - 5));
        table.requestFocus();
    }

    /** From the 今日到期 view: this request selected and open (filters reset if they hide it). */
    @Override
    public boolean show(org.courtdesk.model.request.RequestRef request) {
        if (request.kind() != org.courtdesk.model.request.RequestKind.PRESERVATION) {
            return false;
        }
        return org.courtdesk.app.ui.QueueSelection.show(table, PreservationRow::id, request.id(),
                model.row(request.id()).isPresent(), this::resetFilters, this::openSelected);
    }

    /** Enter: open the selected application; the focus goes to the ruling's reference, ready for 接收 or 退回. */
    @Override
    public void openSelected() {
        PreservationRow row = table.getSelectionModel().getSelectedItem();
        if (row == null && !table.getItems().isEmpty()) {
            table.getSelectionModel().clearAndSelect(0);
            row = table.getSelectionModel().getSelectedItem();
        }
        if (row == null) {
            return;
        }
        if (row.id() != shownId) {
            onSelected(row);
        }
        detail.focusRuling();
    }

    @Override
    public void focusFilter() {
        textFilter.requestFocus();
        textFilter.selectAll();
    }

    @Override
    public void resetFilters() {
        textFilter.clear();
        fromDate.setValue(null);
        toDate.setValue(null);
        statusFilter.setValue(PreservationStatusFilter.ALL);
        model.queryProperty().set(PreservationQuery.DEFAULT);
    }

    @Override
    public void focusTable() {
        table.requestFocus();
    }

    @Override
    public String keysHelp() {
        return Messages.get("preservation.keys");
    }

    @Override
    public void dispose() {
        model.dispose();
    }

    // ---- for tests ----

    public PreservationQueueModel model() { return model; }
    public TableView<PreservationRow> table() { return table; }
    public long shownId() { return shownId; }
    public PreservationDetailView detail() { return detail; }
}
