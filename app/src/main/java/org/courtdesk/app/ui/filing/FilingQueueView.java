package org.courtdesk.app.ui.filing;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
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
import javafx.scene.shape.Circle;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.QueueTab;
import org.courtdesk.app.ui.main.QueueTabs;
import org.courtdesk.app.ui.reading.ReviewFormViewDates;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.filing.FilingMaterialRef;
import org.courtdesk.model.filing.FilingTimeLimit;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;

/**
 * The 网上立案 tab (spec-004 §2 screen 1): 查询条件, the queue (virtual; built, filtered and ordered off the FX thread),
 * and the detail with 审查, 收案 and 留言. Keys, acting only while this tab is on screen: J/K move, Enter opens,
 * Ctrl+S 保存意见, Alt+F 符, Alt+T 退, Ctrl+Enter 提交退回 / 发送留言, Ctrl+M 留言, Ctrl+Shift+A 收案, Ctrl+F 查询.
 */
public final class FilingQueueView extends BorderPane implements QueueTab {

    private static final PseudoClass UNOPENED = PseudoClass.getPseudoClass("unopened");
    private static final PseudoClass CONFLICT = PseudoClass.getPseudoClass("conflict");
    private static final PseudoClass WARN = PseudoClass.getPseudoClass("warn");
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    static final KeyCombination SAVE_OPINION = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination CONFORM = new KeyCodeCombination(KeyCode.F, KeyCombination.ALT_DOWN);
    static final KeyCombination RETURN = new KeyCodeCombination(KeyCode.T, KeyCombination.ALT_DOWN);
    static final KeyCombination SUBMIT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination MESSAGE = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination TAKE_IN = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final Workspace workspace;
    private final FilingQueueModel model;
    private final FilingActionModel actions;
    private final FilingDetailView detail;
    private final TableView<FilingRow> table = new TableView<>();
    private final ComboBox<FilingStatusFilter> statusFilter = new ComboBox<>();
    private final TextField textFilter = new TextField();
    private final DatePicker fromDate = new DatePicker();
    private final DatePicker toDate = new DatePicker();
    private final Label count = new Label();
    private final ObservableValue<String> title;
    private final AtomicLong detailGeneration = new AtomicLong();
    private final EventHandler<KeyEvent> keys = this::onKey;
    private volatile UserInfo user;
    private long shownId = -1;
    private boolean active;
    private boolean reselecting;

    /** @param openDocument opens a material in the in-app viewer */
    public FilingQueueView(Workspace workspace, Clock clock, Consumer<QueueTabs.DocumentRef> openDocument) {
        this.workspace = workspace;
        setId("filing-queue");
        getStyleClass().addAll("queue-view", "filing-queue");
        model = new FilingQueueModel(workspace, clock, Platform::runLater);
        actions = new FilingActionModel(workspace, Fx.background(), Platform::runLater, model::today, this::user);
        detail = new FilingDetailView(actions, model.zone(), m -> openDocument.accept(document(m)), this);
        title = Bindings.createStringBinding(() -> Messages.format("tab.filing", model.receivedCountProperty().get()),
                model.receivedCountProperty());

        setTop(filterBar());
        buildTable();
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.67);
        SplitPane.setResizableWithParent(detail, false);
        split.getStyleClass().add("queue-split");
        setCenter(split);

        model.rows().addListener((ListChangeListener<FilingRow>) c -> afterRowsChanged());
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
        Fx.background().execute(() -> {
            try {
                user = workspace.user();
            } catch (RuntimeException ignored) {
                // no user: nothing may be reviewed
            }
        });
    }

    private UserInfo user() {
        if (user == null) {
            try {
                user = workspace.user();
            } catch (RuntimeException e) {
                return null;
            }
        }
        return user;
    }

    private QueueTabs.DocumentRef document(FilingMaterialRef m) {
        FilingView v = detail.shown();
        return new QueueTabs.DocumentRef(m.id(), m.sha256(), m.fileName(), m.contentType(), m.size(),
                FilingFormat.materialType(m.type()), v == null ? "" : v.applicationNo());
    }

    // ---- construction ----

    private HBox filterBar() {
        statusFilter.setId("filing-filter-status");
        statusFilter.getItems().setAll(FilingStatusFilter.values());
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(FilingStatusFilter s) {
                return s == null ? "" : Messages.get(s.key());
            }

            @Override
            public FilingStatusFilter fromString(String s) {
                return null;
            }
        });
        statusFilter.setValue(model.queryProperty().get().status());
        statusFilter.valueProperty().addListener((o, a, b) -> model.queryProperty().set(model.queryProperty().get().withStatus(b)));
        textFilter.setId("filing-filter-text");
        textFilter.setPromptText(Messages.get("filing.filter.text.prompt"));
        textFilter.setTooltip(new Tooltip(Messages.get("filing.filter.text.prompt") + "  (Ctrl+F)"));
        textFilter.setPrefColumnCount(18);
        textFilter.textProperty().addListener((o, a, b) -> model.queryProperty().set(model.queryProperty().get().withText(b)));
        for (DatePicker p : List.of(fromDate, toDate)) {
            p.setPrefWidth(132);
            p.setConverter(ReviewFormViewDates.CONVERTER);
            p.valueProperty().addListener((o, a, b) -> model.queryProperty().set(
                    model.queryProperty().get().withDates(fromDate.getValue(), toDate.getValue())));
        }
        model.queryProperty().addListener((o, a, q) -> {
            if (statusFilter.getValue() != q.status()) {
                statusFilter.setValue(q.status());
            }
            if (!Objects.equals(fromDate.getValue(), q.from())) {
                fromDate.setValue(q.from());
            }
            if (!Objects.equals(toDate.getValue(), q.to())) {
                toDate.setValue(q.to());
            }
        });
        fromDate.setId("filing-filter-from");
        fromDate.setPromptText(Messages.get("queue.filter.from"));
        toDate.setId("filing-filter-to");
        toDate.setPromptText(Messages.get("queue.filter.to"));
        Button reset = new Button(Messages.get("queue.filter.reset"), org.courtdesk.app.ui.Icons.of(MaterialDesignF.FILTER_OUTLINE, 14));
        reset.setId("filing-filter-reset");
        reset.getStyleClass().add(Styles.FLAT);
        reset.setOnAction(e -> resetFilters());
        count.setId("filing-count");
        count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, caption("queue.filter.status"), statusFilter,
                new Label(null, org.courtdesk.app.ui.Icons.of(MaterialDesignM.MAGNIFY, 16)), textFilter,
                caption("filing.filter.dates"), fromDate, new Label("—"), toDate, reset, spacer, count);
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
        table.setId("filing-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE, "queue-table", "filing-table");
        table.setFixedCellSize(34);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        var zone = model.zone();
        // Widths measured on the 1280×800 screenshot: "WSLA2022000003" with its dot needs 150 px, "05-12 10:15" 102, "9天 · 已超期" 108.
        TableColumn<FilingRow, FilingRow> serial = column("serial", "filing.col.serial", 156, 152, r -> r.view().applicationNo());
        serial.setCellFactory(c -> new SerialCell());
        table.getColumns().add(serial);
        TableColumn<FilingRow, FilingRow> status = column("status", "filing.col.status", 88, 84, FilingFormat::statusText);
        status.setCellFactory(c -> new StatusCell());
        table.getColumns().add(status);
        // The day and time without the year (the tooltip has it): the queue holds days, not years.
        TableColumn<FilingRow, FilingRow> submitted = column("submitted", "filing.col.submitted", 106, 104,
                r -> FilingFormat.shortDateTime(r.view().submittedAt(), zone));
        table.getColumns().add(submitted);
        table.getColumns().add(column("parties", "filing.col.parties", 140, 100, r -> r.plaintiffs() + " / " + r.defendants()));
        table.getColumns().add(column("cause", "filing.col.cause", 96, 70, r -> r.view().causeOfAction()));
        table.getColumns().add(column("applicant", "filing.col.applicant", 124, 100, r -> FilingFormat.applicant(r.view())));
        table.getColumns().add(column("judge", "filing.col.judge", 78, 76,
                r -> r.view().judgeName() == null ? "—" : r.view().judgeName()));
        TableColumn<FilingRow, FilingRow> days = column("days", "filing.col.days", 112, 108, r -> FilingFormat.daysText(r.limit()));
        days.setCellFactory(c -> new DaysCell());
        table.getColumns().add(days);
        // Below the minimum widths the last columns would slide out of sight; the split pane narrows the detail instead.
        table.setMinWidth(table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + 16);
        Label empty = new Label(Messages.get("filing.queue.empty"), org.courtdesk.app.ui.Icons.of(MaterialDesignI.INBOX_OUTLINE, 28));
        empty.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);

        table.setRowFactory(t -> {
            TableRow<FilingRow> row = new TableRow<>() {
                @Override
                protected void updateItem(FilingRow item, boolean empty) {
                    super.updateItem(item, empty);
                    boolean has = !empty && item != null;
                    pseudoClassStateChanged(UNOPENED, has && !item.opened());
                    pseudoClassStateChanged(CONFLICT, has && (item.sync() == FilingRow.Sync.CONFLICT
                            || item.sync() == FilingRow.Sync.REFUSED));
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
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
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

    private TableColumn<FilingRow, FilingRow> column(String id, String key, double width, double min,
                                                     Function<FilingRow, String> text) {
        TableColumn<FilingRow, FilingRow> c = new TableColumn<>(Messages.get(key));
        c.setId("filing-col-" + id);
        c.setPrefWidth(width);
        c.setMinWidth(min);
        // The order is the 7-day urgency, computed off the FX thread; clicking a header does not re-sort.
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(FilingRow item, boolean empty) {
                super.updateItem(item, empty);
                String t = empty || item == null ? null : text.apply(item);
                setText(t);
                String tip = "submitted".equals(id) && item != null ? FilingFormat.dateTime(item.view().submittedAt(), model.zone()) : t;
                setTooltip(tip == null || tip.length() < 6 ? null : new Tooltip(tip));
            }
        });
        return c;
    }

    /** 流水号 with a blue dot while never opened. */
    private static final class SerialCell extends TableCell<FilingRow, FilingRow> {
        private final Circle dot = new Circle(3.5);

        SerialCell() {
            dot.getStyleClass().add("unopened-dot");
            setGraphicTextGap(7);
        }

        @Override
        protected void updateItem(FilingRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(item.view().applicationNo());
            dot.setVisible(!item.opened());
            setGraphic(dot);
            setTooltip(new Tooltip(item.view().applicationNo() + (item.opened() ? "" : "  · " + Messages.get("queue.unopened"))));
        }
    }

    /** 状态: one character, with a 待同步 / 冲突 / 被拒 badge. */
    private static final class StatusCell extends TableCell<FilingRow, FilingRow> {
        @Override
        protected void updateItem(FilingRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label status = new Label(Messages.status(item.shownStatus()));
            status.getStyleClass().addAll("status-text", "filing-status", "status-" + item.shownStatus().name().toLowerCase());
            HBox box = new HBox(6, status);
            box.setAlignment(Pos.CENTER_LEFT);
            if (item.sync() != FilingRow.Sync.NONE) {
                boolean pending = item.sync() == FilingRow.Sync.PENDING;
                Label b = new Label(Messages.get(switch (item.sync()) {
                    case PENDING -> "sync.mark.pending";
                    case CONFLICT -> "sync.mark.conflict";
                    default -> "filing.sync.refused";
                }));
                b.getStyleClass().addAll("badge", pending ? "badge-pending" : "badge-conflict");
                box.getChildren().add(b);
            }
            setGraphic(box);
            setTooltip(new Tooltip(FilingFormat.statusText(item)));
        }
    }

    /** 已过天数 in colour and words: warn from day 5, overdue after day 7. */
    private static final class DaysCell extends TableCell<FilingRow, FilingRow> {
        @Override
        protected void updateItem(FilingRow item, boolean empty) {
            super.updateItem(item, empty);
            FilingTimeLimit limit = empty || item == null ? null : item.limit();
            setText(empty || item == null ? null : FilingFormat.daysText(limit));
            getStyleClass().remove("filing-days");
            getStyleClass().add("filing-days");
            pseudoClassStateChanged(WARN, limit != null && limit.urgency() == FilingTimeLimit.Urgency.WARN);
            pseudoClassStateChanged(OVERDUE, limit != null && limit.urgency() == FilingTimeLimit.Urgency.OVERDUE);
            String tip = FilingFormat.daysTooltip(limit);
            setTooltip(tip == null ? null : new Tooltip(tip));
        }
    }

    // ---- behaviour ----

    private void afterRowsChanged() {
        updateCount();
        if (shownId < 0) {
            return;
        }
        FilingRow selected = table.getSelectionModel().getSelectedItem();
        List<FilingRow> rows = model.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == shownId) {
                if (selected != null && selected.id() == shownId && selected == rows.get(i)) {
                    return;
                }
                int index = i;
                reselecting = true;
                try {
                    table.getSelectionModel().clearAndSelect(index);
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

    private void onSelected(FilingRow row) {
        if (row == null || row.id() == shownId) {
            return;
        }
        loadDetail(row.id());
        Platform.runLater(() -> model.markOpened(row));
    }

    /** Reads the filing again (its row with the user's actions) and shows it. */
    void loadDetail(long id) {
        shownId = id;
        long g = detailGeneration.incrementAndGet();
        RequestRef ref = RequestRef.of(RequestKind.ONLINE_FILING, id);
        var today = model.today();
        var zone = model.zone();
        Fx.async(() -> workspace.request(ref, FilingView.class).map(k -> FilingRow.of(k, today, zone)), found -> {
            if (g != detailGeneration.get()) {
                return;
            }
            if (found.isEmpty()) {
                actions.load(null);
                detail.showPlaceholder();
                return;
            }
            actions.load(found.get());
            detail.show(found.get());
        }, t -> {
            if (g == detailGeneration.get()) {
                detail.showPlaceholder();
                actions.errors().setAll(Messages.format("filing.loadFailed", String.valueOf(t.getMessage())));
            }
        });
    }

    /** After an action was saved: the row shows 待同步, the detail the saved state. */
    void afterSave() {
        model.reload();
        if (shownId >= 0) {
            loadDetail(shownId);
        }
    }

    private boolean editing() {
        return actions.returningProperty().get() || !actions.messageProperty().get().isBlank()
                || actions.savingProperty().get()
                || (actions.reviewOfferedProperty().get() && actions.row() != null
                    && !Objects.equals(actions.opinionProperty().get(), nz(actions.row().savedOpinion())));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void onKey(KeyEvent e) {
        if (!active || !isVisible()) {
            return;
        }
        if (SAVE_OPINION.match(e)) {
            save();
        } else if (CONFORM.match(e)) {
            conform();
        } else if (RETURN.match(e)) {
            chooseReturn();
        } else if (SUBMIT.match(e)) {
            detail.submitFocused();
        } else if (MESSAGE.match(e)) {
            detail.focusMessage();
        } else if (TAKE_IN.match(e)) {
            takeIn();
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
        boolean mine = requests == null || requests.stream().anyMatch(r -> r.kind() == RequestKind.ONLINE_FILING);
        if (!mine) {
            return;
        }
        model.reload();
        // The detail follows the upload and the server's answer, unless the user is writing there.
        if (shownId >= 0 && (requests == null || requests.contains(RequestRef.of(RequestKind.ONLINE_FILING, shownId)))
                && !editing()) {
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

    /** Enter: open the selected filing; the focus goes to the opinion when it may be reviewed. */
    @Override
    public void openSelected() {
        FilingRow row = table.getSelectionModel().getSelectedItem();
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
        detail.focusFirst();
    }

    /** Ctrl+S: ① 保存审查意见. */
    @Override
    public void save() {
        actions.saveOpinion(saved -> afterSave());
    }

    public void conform() {
        actions.conform(saved -> afterSave());
    }

    public void chooseReturn() {
        if (actions.chooseReturn()) {
            detail.focusReturn();
        }
    }

    public void submitReturn() {
        if (!detail.commitTypedDeadline()) {
            return; // not a date: said in the form, nothing saved
        }
        actions.submitReturn(saved -> afterSave());
    }

    public void sendMessage() {
        actions.sendMessage(saved -> afterSave());
    }

    /** 收案: asks first, since it hands the filing to the trial system. */
    public void takeIn() {
        if (actions.row() == null) {
            return;
        }
        if (!actions.intakeOfferedProperty().get()) {
            actions.takeIn(null); // says why not
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("filing.intake.confirm",
                actions.row().view().applicationNo()), ButtonType.OK, ButtonType.CANCEL);
        Scene scene = getScene();
        if (scene != null) {
            confirm.initOwner(scene.getWindow());
        }
        confirm.setTitle(Messages.get("filing.intake"));
        confirm.setHeaderText(Messages.get("filing.intake.header"));
        confirm.getDialogPane().setStyle("-fx-font-family: \"" + org.courtdesk.app.ui.Theme.family() + "\";");
        confirm.getDialogPane().setId("filing-intake-confirm");
        Optional<ButtonType> answer = confirm.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK) {
            actions.takeIn(saved -> afterSave());
        }
    }

    public void discardRefused() {
        actions.discardRefused(this::afterSave);
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
        statusFilter.setValue(FilingStatusFilter.ALL);
        model.queryProperty().set(FilingQuery.DEFAULT);
    }

    @Override
    public void focusTable() {
        table.requestFocus();
    }

    /** From the 今日到期 view: the filing selected and open; the filters are cleared first if they hide it. */
    @Override
    public boolean show(RequestRef request) {
        if (request.kind() != RequestKind.ONLINE_FILING) {
            return false;
        }
        if (table.getItems().stream().noneMatch(r -> r.id() == request.id())) {
            if (model.row(request.id()).isEmpty()) {
                return false;
            }
            resetFilters(); // the rows follow once the query ran; select then
            model.rows().addListener(new javafx.collections.ListChangeListener<FilingRow>() {
                @Override
                public void onChanged(Change<? extends FilingRow> c) {
                    if (table.getItems().stream().anyMatch(r -> r.id() == request.id())) {
                        model.rows().removeListener(this);
                        select(request.id());
                    }
                }
            });
            return true;
        }
        select(request.id());
        return true;
    }

    private void select(long id) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id() == id) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(Math.max(0, i - 5));
                openSelected();
                return;
            }
        }
    }

    @Override
    public String keysHelp() {
        return Messages.get("filing.keys");
    }

    @Override
    public void dispose() {
        model.dispose();
    }

    // ---- for tests ----

    public FilingQueueModel model() { return model; }
    public FilingActionModel actions() { return actions; }
    public TableView<FilingRow> table() { return table; }
    public long shownId() { return shownId; }
    public FilingDetailView detail() { return detail; }
}
