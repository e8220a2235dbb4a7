package org.courtdesk.app.ui.investigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import org.courtdesk.app.ui.main.QueueTabs;
import org.courtdesk.app.ui.reading.ReviewFormViewDates;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.investigation.InvestigationMaterialRef;
import org.courtdesk.model.investigation.InvestigationOrder;
import org.courtdesk.model.investigation.InvestigationView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;

/**
 * The 调查令 tab (spec-004 §6): 查询条件 (状态, 案号, 申请日期), the queue by days left with the overdue on top (built,
 * filtered and ordered off the FX thread), the detail with 接收 (which issues the order) and 退回, and the issued
 * order's PDF in the viewer. Keys, only while this tab is on screen: J/K move, Enter opens, Alt+J 接收, Alt+T 退回
 * (to the reason first), Alt+O 查看调查令, Ctrl+F 查询.
 */
public final class InvestigationQueueView extends BorderPane implements QueueTab {

    private static final PseudoClass UNOPENED = PseudoClass.getPseudoClass("unopened");
    private static final PseudoClass WARN = PseudoClass.getPseudoClass("warn");
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    static final KeyCombination ISSUE = new KeyCodeCombination(KeyCode.J, KeyCombination.ALT_DOWN);
    static final KeyCombination RETURN = new KeyCodeCombination(KeyCode.T, KeyCombination.ALT_DOWN);
    static final KeyCombination ORDER = new KeyCodeCombination(KeyCode.O, KeyCombination.ALT_DOWN);

    private final Workspace workspace;
    private final InvestigationQueueModel model;
    private final InvestigationActions actions;
    private final InvestigationDetailView detail;
    private final Consumer<QueueTabs.DocumentRef> openDocument;
    private final TableView<InvestigationRow> table = new TableView<>();
    private final ComboBox<InvestigationStatusFilter> statusFilter = new ComboBox<>();
    private final TextField textFilter = new TextField();
    private final DatePicker fromDate = new DatePicker();
    private final DatePicker toDate = new DatePicker();
    private final Label count = new Label();
    private final ObservableValue<String> title;
    private final AtomicLong detailGeneration = new AtomicLong();
    private final EventHandler<KeyEvent> keys = this::onKey;
    private long shownId = -1;
    private boolean active;
    private boolean reselecting;

    public InvestigationQueueView(Workspace workspace, Clock clock, Consumer<QueueTabs.DocumentRef> openDocument) {
        this.workspace = workspace;
        this.openDocument = openDocument;
        setId("investigation-queue");
        getStyleClass().addAll("queue-view", "investigation-queue");
        model = new InvestigationQueueModel(workspace, clock, Platform::runLater);
        actions = new InvestigationActions(workspace);
        detail = new InvestigationDetailView(model.zone(), m -> openDocument.accept(document(m)), this::openOrder,
                this::issue, this::giveBack);
        title = Bindings.createStringBinding(() -> Messages.format("tab.investigation",
                model.waitingCountProperty().get()), model.waitingCountProperty());
        setTop(filterBar());
        buildTable();
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.62);
        SplitPane.setResizableWithParent(detail, false);
        split.getStyleClass().add("queue-split");
        setCenter(split);
        model.rows().addListener((ListChangeListener<InvestigationRow>) c -> afterRowsChanged());
        model.totalCountProperty().addListener((o, a, b) -> updateCount());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!reselecting) {
                onSelected(b);
            }
        });
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }

    private QueueTabs.DocumentRef document(InvestigationMaterialRef m) {
        InvestigationRow row = detail.shown();
        return new QueueTabs.DocumentRef(m.id(), m.sha256(), m.fileName(), m.contentType(), m.size(),
                Messages.get("investigation.material." + m.type().name()), row == null ? "" : row.view().applicationNo());
    }

    /** Alt+O / 查看调查令: the issued order's PDF in the viewer, fetched by its hash like a material. */
    public void openOrder(InvestigationView v) {
        InvestigationOrder order = v == null || v.decision() == null ? null : v.decision().order();
        if (order == null) {
            return;
        }
        openDocument.accept(new QueueTabs.DocumentRef(-v.id(), order.pdfSha256(), order.orderNo() + ".pdf",
                "application/pdf", 0, Messages.get("investigation.order"), order.orderNo()));
    }

    private HBox filterBar() {
        statusFilter.setId("investigation-filter-status");
        statusFilter.getItems().setAll(InvestigationStatusFilter.values());
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(InvestigationStatusFilter s) {
                return s == null ? "" : Messages.get(s.key());
            }

            @Override
            public InvestigationStatusFilter fromString(String s) {
                return null;
            }
        });
        statusFilter.setValue(InvestigationStatusFilter.ALL);
        statusFilter.valueProperty().addListener((o, a, b) -> model.queryProperty().set(model.queryProperty().get().withStatus(b)));
        textFilter.setId("investigation-filter-text");
        textFilter.setPromptText(Messages.get("investigation.filter.text.prompt"));
        textFilter.setPrefColumnCount(16);
        textFilter.textProperty().addListener((o, a, b) -> model.queryProperty().set(model.queryProperty().get().withText(b)));
        for (DatePicker p : List.of(fromDate, toDate)) {
            p.setPrefWidth(132);
            p.setConverter(ReviewFormViewDates.CONVERTER);
            p.valueProperty().addListener((o, a, b) -> model.queryProperty().set(
                    model.queryProperty().get().withDates(fromDate.getValue(), toDate.getValue())));
        }
        fromDate.setPromptText(Messages.get("queue.filter.from"));
        toDate.setPromptText(Messages.get("queue.filter.to"));
        Button reset = new Button(Messages.get("queue.filter.reset"));
        reset.getStyleClass().add(Styles.FLAT);
        reset.setOnAction(e -> resetFilters());
        count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, caption("queue.filter.status"), statusFilter, caption("investigation.filter.case"), textFilter,
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
        table.setId("investigation-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE, "queue-table", "investigation-table");
        table.setFixedCellSize(34);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        var zone = model.zone();
        table.getColumns().add(column("no", "investigation.col.no", 158, 154, r -> r.view().applicationNo()));
        table.getColumns().add(column("status", "investigation.col.status", 112, 100, InvestigationFormat::status));
        TableColumn<InvestigationRow, InvestigationRow> left = column("left", "investigation.col.left", 88, 84,
                InvestigationFormat::daysLeft);
        left.setCellFactory(c -> new LeftCell());
        table.getColumns().add(left);
        table.getColumns().add(column("case", "investigation.col.case", 170, 120, r -> r.view().caseNumber()));
        table.getColumns().add(column("subject", "investigation.col.subject", 160, 100, r -> r.view().subject()));
        table.getColumns().add(column("holder", "investigation.col.holder", 80, 70, r -> r.view().applicantName()));
        table.getColumns().add(column("submitted", "investigation.col.submitted", 106, 104,
                r -> InvestigationFormat.shortDateTime(r.view().submittedAt(), zone)));
        Label empty = new Label(Messages.get("investigation.queue.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        table.setRowFactory(t -> {
            TableRow<InvestigationRow> row = new TableRow<>() {
                @Override
                protected void updateItem(InvestigationRow item, boolean empty) {
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

    private TableColumn<InvestigationRow, InvestigationRow> column(String id, String key, double width, double min,
                                                                   Function<InvestigationRow, String> text) {
        TableColumn<InvestigationRow, InvestigationRow> c = new TableColumn<>(Messages.get(key));
        c.setId("investigation-col-" + id);
        c.setPrefWidth(width);
        c.setMinWidth(min);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(InvestigationRow item, boolean empty) {
                super.updateItem(item, empty);
                String t = empty || item == null ? null : text.apply(item);
                setText(t);
                setTooltip(t == null || t.length() < 6 ? null : new Tooltip(t));
            }
        });
        return c;
    }

    /** 剩余时间 in colour: the last day warns, overdue is red. */
    private static final class LeftCell extends TableCell<InvestigationRow, InvestigationRow> {
        @Override
        protected void updateItem(InvestigationRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : InvestigationFormat.daysLeft(item));
            getStyleClass().remove("investigation-left");
            getStyleClass().add("investigation-left");
            InvestigationRow.Urgency u = empty || item == null ? null : item.urgency();
            pseudoClassStateChanged(WARN, u == InvestigationRow.Urgency.DUE_SOON);
            pseudoClassStateChanged(OVERDUE, u == InvestigationRow.Urgency.OVERDUE);
        }
    }

    private void afterRowsChanged() {
        updateCount();
        if (shownId < 0) {
            return;
        }
        List<InvestigationRow> rows = model.rows();
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

    private void onSelected(InvestigationRow row) {
        if (row == null || row.id() == shownId) {
            return;
        }
        loadDetail(row.id());
        Platform.runLater(() -> model.markOpened(row, false));
    }

    void loadDetail(long id) {
        shownId = id;
        long g = detailGeneration.incrementAndGet();
        RequestRef ref = RequestRef.of(RequestKind.INVESTIGATION_ORDER, id);
        LocalDate today = LocalDate.now(model.clock());
        Fx.async(() -> workspace.request(ref, InvestigationView.class)
                .map(k -> InvestigationRow.of(k, today, model.zone())), found -> {
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

    /** Alt+J / 接收: the order is issued by the server when the action arrives. */
    public void issue() {
        InvestigationRow row = detail.shown();
        if (row == null) {
            return;
        }
        Fx.async(() -> actions.issue(row), this::afterOne, t -> detail.showErrors(List.of(String.valueOf(t))));
    }

    /** Alt+T / 退回: to the reason first when it is empty, else saved with it. */
    public void giveBack() {
        InvestigationRow row = detail.shown();
        if (row == null) {
            return;
        }
        String reason = detail.reasonText();
        if (reason == null || reason.isBlank()) {
            detail.showErrors(InvestigationActions.returnProblems(reason));
            detail.focusReason();
            return;
        }
        Fx.async(() -> actions.returnOne(row, reason), this::afterOne, t -> detail.showErrors(List.of(String.valueOf(t))));
    }

    private void afterOne(InvestigationActions.Outcome outcome) {
        if (outcome.saved()) {
            detail.showErrors(List.of());
            afterSave();
        } else {
            detail.showErrors(List.of(outcome.problem()));
        }
    }

    private void onKey(KeyEvent e) {
        if (!active || !isVisible()) {
            return;
        }
        if (ISSUE.match(e)) {
            issue();
        } else if (RETURN.match(e)) {
            giveBack();
        } else if (ORDER.match(e)) {
            InvestigationRow row = detail.shown();
            openOrder(row == null ? null : row.view());
        } else {
            return;
        }
        e.consume();
    }

    @Override public Node content() { return this; }
    @Override public ObservableValue<String> title() { return title; }

    @Override
    public void refresh() {
        model.reload();
    }

    @Override
    public void changed(Set<RequestRef> requests) {
        if (requests != null && requests.stream().noneMatch(r -> r.kind() == RequestKind.INVESTIGATION_ORDER)) {
            return;
        }
        model.reload();
        if (shownId >= 0 && detail.reasonText().isBlank() && (requests == null
                || requests.contains(RequestRef.of(RequestKind.INVESTIGATION_ORDER, shownId)))) {
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
        if (request.kind() != org.courtdesk.model.request.RequestKind.INVESTIGATION_ORDER) {
            return false;
        }
        return org.courtdesk.app.ui.QueueSelection.show(table, InvestigationRow::id, request.id(),
                model.row(request.id()).isPresent(), this::resetFilters, this::openSelected);
    }

    @Override
    public void openSelected() {
        InvestigationRow row = table.getSelectionModel().getSelectedItem();
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
        detail.focusIssue();
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
        statusFilter.setValue(InvestigationStatusFilter.ALL);
        model.queryProperty().set(InvestigationQuery.DEFAULT);
    }

    @Override
    public void focusTable() {
        table.requestFocus();
    }

    @Override
    public String keysHelp() {
        return Messages.get("investigation.keys");
    }

    @Override
    public void dispose() {
        model.dispose();
    }

    public InvestigationQueueModel model() { return model; }
    public TableView<InvestigationRow> table() { return table; }
    public long shownId() { return shownId; }
    public InvestigationDetailView detail() { return detail; }
}
