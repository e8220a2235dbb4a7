package org.courtdesk.app.ui.transfer;

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
import javafx.util.StringConverter;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.QueueTab;
import org.courtdesk.app.ui.batch.BatchBar;
import org.courtdesk.app.ui.batch.BatchRun;
import org.courtdesk.app.ui.main.QueueTabs;
import org.courtdesk.app.ui.reading.ReviewFormViewDates;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.transfer.MaterialTransferView;
import org.courtdesk.model.transfer.TransferFileRef;
import org.courtdesk.model.transfer.TransferMaterialType;

/**
 * The 材料转接 tab (spec-004 §10): 查询条件 (状态, 材料类型, 案号 / 申请编号 / 材料名称 / 提交人, 提交日期), the list (未接收 first,
 * longest waiting on top; built, filtered and ordered off the FX thread), the detail with each file's 查看 in the in-app
 * viewer and 接收, and 批量接收 of the selected rows — each its own outbox action, one progress bar, each row's failure
 * listed ({@link BatchBar}). Keys, only while this tab is on screen: J/K move, Enter opens, Alt+J 接收, Ctrl+Shift+A
 * 批量接收所选, Ctrl+F 查询.
 */
public final class TransferQueueView extends BorderPane implements QueueTab {

    private static final PseudoClass UNOPENED = PseudoClass.getPseudoClass("unopened");

    private static final java.time.format.DateTimeFormatter SHORT = java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm");

    static final KeyCombination RECEIVE = new KeyCodeCombination(KeyCode.J, KeyCombination.ALT_DOWN);
    static final KeyCombination BATCH = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final Workspace workspace;
    private final TransferQueueModel model;
    private final TransferActions actions;
    private final TransferDetailView detail;
    private final TableView<TransferRow> table = new TableView<>();
    private final ComboBox<TransferStatusFilter> statusFilter = new ComboBox<>();
    private final ComboBox<TransferMaterialType> typeFilter = new ComboBox<>();
    private final TextField textFilter = new TextField();
    private final DatePicker fromDate = new DatePicker();
    private final DatePicker toDate = new DatePicker();
    private final Label count = new Label();
    private final BatchBar<TransferRow> batch;
    private final ObservableValue<String> title;
    private final AtomicLong detailGeneration = new AtomicLong();
    private final EventHandler<KeyEvent> keys = this::onKey;
    private long shownId = -1;
    private boolean active;
    private boolean reselecting;

    public TransferQueueView(Workspace workspace, Clock clock, Consumer<QueueTabs.DocumentRef> openDocument) {
        this.workspace = workspace;
        setId("transfer-queue");
        getStyleClass().addAll("queue-view", "transfer-queue");
        model = new TransferQueueModel(workspace, clock, Platform::runLater);
        actions = new TransferActions(workspace);
        detail = new TransferDetailView(model.zone(), f -> openDocument.accept(document(f)), this::receive);
        title = Bindings.createStringBinding(() -> Messages.format("tab.transfer", model.waitingCountProperty().get()),
                model.waitingCountProperty());
        setTop(filterBar());
        buildTable();
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(detail, false);
        split.getStyleClass().add("queue-split");
        setCenter(split);
        batch = new BatchBar<>("transfer", n -> Messages.format("transfer.batch", n), r -> r.view().applicationNo(),
                this::receiveSelected);
        setBottom(batch);
        model.rows().addListener((ListChangeListener<TransferRow>) c -> afterRowsChanged());
        model.totalCountProperty().addListener((o, a, b) -> updateCount());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!reselecting) {
                onSelected(b);
            }
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TransferRow>) c -> updateBatch());
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

    private QueueTabs.DocumentRef document(TransferFileRef f) {
        TransferRow row = detail.shown();
        return new QueueTabs.DocumentRef(f.id(), f.sha256(), f.fileName(), f.contentType(), f.size(),
                row == null ? "" : row.view().title(), row == null ? "" : row.view().applicationNo());
    }

    // ---- construction ----

    private HBox filterBar() {
        statusFilter.setId("transfer-filter-status");
        statusFilter.getItems().setAll(TransferStatusFilter.values());
        statusFilter.setConverter(converter(s -> Messages.get(s.key())));
        statusFilter.setValue(TransferStatusFilter.ALL);
        statusFilter.valueProperty().addListener((o, a, b) -> model.queryProperty().set(model.queryProperty().get().withStatus(b)));
        typeFilter.setId("transfer-filter-type");
        typeFilter.getItems().add(null);
        typeFilter.getItems().addAll(TransferMaterialType.values());
        typeFilter.setConverter(converter(t -> Messages.get("transfer.type." + t.name()), Messages.get("transfer.filter.type.all")));
        typeFilter.setValue(null);
        typeFilter.setPrefWidth(150);
        typeFilter.valueProperty().addListener((o, a, b) -> model.queryProperty().set(model.queryProperty().get().withType(b)));
        textFilter.setId("transfer-filter-text");
        textFilter.setPromptText(Messages.get("transfer.filter.text.prompt"));
        textFilter.setTooltip(new Tooltip(Messages.get("transfer.filter.text.prompt") + "  (Ctrl+F)"));
        textFilter.setPrefColumnCount(14);
        textFilter.textProperty().addListener((o, a, b) -> model.queryProperty().set(model.queryProperty().get().withText(b)));
        for (DatePicker p : List.of(fromDate, toDate)) {
            p.setPrefWidth(124);
            p.setConverter(ReviewFormViewDates.CONVERTER);
            p.valueProperty().addListener((o, a, b) -> model.queryProperty().set(
                    model.queryProperty().get().withDates(fromDate.getValue(), toDate.getValue())));
        }
        fromDate.setId("transfer-filter-from");
        fromDate.setPromptText(Messages.get("queue.filter.from"));
        toDate.setId("transfer-filter-to");
        toDate.setPromptText(Messages.get("queue.filter.to"));
        Button reset = new Button(Messages.get("queue.filter.reset"));
        reset.setId("transfer-filter-reset");
        reset.getStyleClass().add(Styles.FLAT);
        reset.setOnAction(e -> resetFilters());
        count.setId("transfer-count");
        count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, caption("queue.filter.status"), statusFilter, caption("transfer.filter.type"), typeFilter,
                textFilter, caption("transfer.filter.dates"), fromDate, new Label("—"), toDate, reset, spacer, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 14, 10, 14));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return converter(text, "");
    }

    private static <T> StringConverter<T> converter(Function<T, String> text, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? none : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static Label caption(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void buildTable() {
        table.setId("transfer-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE, "queue-table", "transfer-table");
        table.setFixedCellSize(34);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        var zone = model.zone();
        table.getColumns().add(column("no", "transfer.col.no", 146, 138, r -> r.view().applicationNo()));
        table.getColumns().add(column("status", "transfer.col.status", 84, 70, TransferDetailView::statusText));
        table.getColumns().add(column("case", "transfer.col.case", 172, 120, r -> r.view().caseNumber()));
        table.getColumns().add(column("title", "transfer.col.title", 150, 100, r -> r.view().title()));
        table.getColumns().add(column("submitter", "transfer.col.submitter", 96, 80, r -> r.view().applicantName() + " · "
                + Messages.get("transfer.submitter." + r.view().submitter().name())));
        table.getColumns().add(column("copies", "transfer.col.copies", 44, 40, r -> String.valueOf(r.view().copies())));
        table.getColumns().add(column("submitted", "transfer.col.submitted", 92, 88,
                r -> r.view().submittedAt() == null ? "" : SHORT.format(r.view().submittedAt().atZone(zone))));
        Label empty = new Label(Messages.get("transfer.queue.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        table.setRowFactory(t -> {
            TableRow<TransferRow> row = new TableRow<>() {
                @Override
                protected void updateItem(TransferRow item, boolean empty) {
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

    private TableColumn<TransferRow, TransferRow> column(String id, String key, double width, double min,
                                                         Function<TransferRow, String> text) {
        TableColumn<TransferRow, TransferRow> c = new TableColumn<>(Messages.get(key));
        c.setId("transfer-col-" + id);
        c.setPrefWidth(width);
        c.setMinWidth(min);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(TransferRow item, boolean empty) {
                super.updateItem(item, empty);
                String t = empty || item == null ? null : text.apply(item);
                setText(t);
                setTooltip(t == null || t.length() < 6 ? null : new Tooltip(t));
            }
        });
        return c;
    }

    // ---- behaviour ----

    private void afterRowsChanged() {
        updateCount();
        updateBatch();
        if (shownId < 0 || table.getSelectionModel().getSelectedItems().size() > 1) {
            return; // a batch selection is kept as the user made it
        }
        List<TransferRow> rows = model.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == shownId) {
                if (table.getSelectionModel().getSelectedItem() == rows.get(i)) {
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
                .filter(TransferRow::receivable).count());
    }

    private void onSelected(TransferRow row) {
        if (row == null || row.id() == shownId) {
            return;
        }
        loadDetail(row.id());
        Platform.runLater(() -> model.markOpened(row, table.getSelectionModel().getSelectedItems().size() > 1));
    }

    void loadDetail(long id) {
        shownId = id;
        long g = detailGeneration.incrementAndGet();
        RequestRef ref = RequestRef.of(RequestKind.MATERIAL_TRANSFER, id);
        Fx.async(() -> workspace.request(ref, MaterialTransferView.class).map(TransferRow::of), found -> {
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

    /** Alt+J / 接收: the shown material. */
    public void receive() {
        TransferRow row = detail.shown();
        if (row == null) {
            return;
        }
        Fx.async(() -> actions.receiveOne(row), outcome -> {
            if (outcome.saved()) {
                detail.showErrors(List.of());
                afterSave();
            } else {
                detail.showErrors(List.of(outcome.problem()));
            }
        }, t -> detail.showErrors(List.of(String.valueOf(t))));
    }

    /** Ctrl+Shift+A / 批量接收所选: each selected row its own action; one progress bar; failures listed. */
    public void receiveSelected() {
        List<TransferRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems().stream()
                .filter(Objects::nonNull).toList());
        batch.run(selected, actions::receiveOne, (List<BatchRun.Outcome<TransferRow>> outcomes) -> {
            afterSave();
            updateBatch();
        });
    }

    private void onKey(KeyEvent e) {
        if (!active || !isVisible()) {
            return;
        }
        if (RECEIVE.match(e)) {
            receive();
        } else if (BATCH.match(e)) {
            receiveSelected();
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
        if (requests != null && requests.stream().noneMatch(r -> r.kind() == RequestKind.MATERIAL_TRANSFER)) {
            return;
        }
        model.reload();
        if (shownId >= 0 && (requests == null
                || requests.contains(RequestRef.of(RequestKind.MATERIAL_TRANSFER, shownId)))) {
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

    @Override
    public boolean show(RequestRef request) {
        if (request.kind() != RequestKind.MATERIAL_TRANSFER) {
            return false;
        }
        return org.courtdesk.app.ui.QueueSelection.show(table, TransferRow::id, request.id(),
                model.row(request.id()).isPresent(), this::resetFilters, this::openSelected);
    }

    /** Enter: open the selected material; the focus goes to 接收. */
    @Override
    public void openSelected() {
        TransferRow row = table.getSelectionModel().getSelectedItem();
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
        detail.focusReceive();
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
        statusFilter.setValue(TransferStatusFilter.ALL);
        typeFilter.setValue(null);
        model.queryProperty().set(TransferQuery.DEFAULT);
    }

    @Override
    public void focusTable() {
        table.requestFocus();
    }

    @Override
    public String keysHelp() {
        return Messages.get("transfer.keys");
    }

    @Override
    public void dispose() {
        model.dispose();
    }

    // ---- for tests ----

    public TransferQueueModel model() { return model; }
    public TableView<TransferRow> table() { return table; }
    public long shownId() { return shownId; }
    public TransferDetailView detail() { return detail; }
    public BatchBar<TransferRow> batch() { return batch; }
}
