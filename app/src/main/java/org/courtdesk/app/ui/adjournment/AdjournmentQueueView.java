package org.courtdesk.app.ui.adjournment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

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
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
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
import org.courtdesk.model.adjournment.AdjournmentConclusion;
import org.courtdesk.model.adjournment.AdjournmentMaterialRef;
import org.courtdesk.model.adjournment.AdjournmentRules;
import org.courtdesk.model.adjournment.AdjournmentView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;

/**
 * The 延期开庭 tab (spec-004 §4 延期开庭主页面 and 审查页面): 查询条件 (开庭时间, 申请日期, 状态, text), the queue ordered by
 * hearing time with the undecided first (built, filtered and ordered off the FX thread), and the detail with the
 * 审查 form. Keys, acting only while this tab is on screen: J/K move, Enter opens (to the opinion), Alt+Y 审查通过,
 * Alt+N 审查不通过, Ctrl+S 保存审查结论, Ctrl+F 查询, Esc back to the list.
 */
public final class AdjournmentQueueView extends BorderPane implements QueueTab {

    private static final PseudoClass UNOPENED = PseudoClass.getPseudoClass("unopened");
    private static final PseudoClass WARN = PseudoClass.getPseudoClass("warn");
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    static final KeyCombination APPROVE = new KeyCodeCombination(KeyCode.Y, KeyCombination.ALT_DOWN);
    static final KeyCombination REJECT = new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final AdjournmentQueueModel model;
    private final AdjournmentActionModel actions;
    private final AdjournmentDetailView detail;
    private final TableView<AdjournmentRow> table = new TableView<>();
    private final ComboBox<AdjournmentStatusFilter> statusFilter = new ComboBox<>();
    private final DatePicker hearingFrom = new DatePicker();
    private final DatePicker hearingTo = new DatePicker();
    private final DatePicker appliedFrom = new DatePicker();
    private final DatePicker appliedTo = new DatePicker();
    private final TextField textFilter = new TextField();
    private final Label count = new Label();
    private final ObservableValue<String> title;
    private final EventHandler<KeyEvent> keys = this::onKey;
    private long shownId = -1;
    private boolean active;

    /** @param openDocument opens a material in the in-app viewer */
    public AdjournmentQueueView(Workspace workspace, Clock clock, Consumer<QueueTabs.DocumentRef> openDocument) {
        setId("adjournment-queue");
        getStyleClass().addAll("queue-view", "adjournment-queue");
        model = new AdjournmentQueueModel(workspace, clock, Platform::runLater);
        actions = new AdjournmentActionModel(workspace, Fx.background(), Platform::runLater, model::now);
        detail = new AdjournmentDetailView(actions, model.zone(), m -> openDocument.accept(document(m)), model::reload);
        title = Bindings.createStringBinding(() -> Messages.format("tab.adjournment", model.pendingCountProperty().get()),
                model.pendingCountProperty());
        setTop(filterBar());
        buildTable();
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(detail, false);
        setCenter(split);

        model.rows().addListener((ListChangeListener<AdjournmentRow>) c -> afterRowsChanged());
        model.totalCountProperty().addListener((o, a, b) -> updateCount());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> onSelected(b));
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }

    private QueueTabs.DocumentRef document(AdjournmentMaterialRef m) {
        AdjournmentView v = detail.shown();
        return new QueueTabs.DocumentRef(m.id(), m.sha256(), m.fileName(), m.contentType(), m.size(),
                Messages.get("adjournment.material"), v == null ? "" : v.applicationNo());
    }

    // ---- construction ----

    private HBox filterBar() {
        statusFilter.setId("adjournment-filter-status");
        statusFilter.getItems().setAll(AdjournmentStatusFilter.values());
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(AdjournmentStatusFilter s) {
                return s == null ? "" : Messages.get(s.key());
            }

            @Override
            public AdjournmentStatusFilter fromString(String s) {
                return null;
            }
        });
        statusFilter.setValue(AdjournmentStatusFilter.ALL);
        statusFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withStatus(b)));
        for (DatePicker p : List.of(hearingFrom, hearingTo, appliedFrom, appliedTo)) {
            p.setPrefWidth(124);
            p.setConverter(ReviewFormViewDates.CONVERTER);
        }
        hearingFrom.setId("adjournment-filter-hearing-from");
        hearingTo.setId("adjournment-filter-hearing-to");
        appliedFrom.setId("adjournment-filter-applied-from");
        appliedTo.setId("adjournment-filter-applied-to");
        hearingFrom.valueProperty().addListener((o, a, b) -> query(q -> q.withHearing(b, hearingTo.getValue())));
        hearingTo.valueProperty().addListener((o, a, b) -> query(q -> q.withHearing(hearingFrom.getValue(), b)));
        appliedFrom.valueProperty().addListener((o, a, b) -> query(q -> q.withApplied(b, appliedTo.getValue())));
        appliedTo.valueProperty().addListener((o, a, b) -> query(q -> q.withApplied(appliedFrom.getValue(), b)));
        textFilter.setId("adjournment-filter-text");
        textFilter.setPromptText(Messages.get("adjournment.filter.text.prompt"));
        textFilter.setPrefColumnCount(12);
        textFilter.textProperty().addListener((o, a, b) -> query(q -> q.withText(b)));
        count.setId("adjournment-count");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(6, new Label(Messages.get("adjournment.filter.status")), statusFilter,
                new Label(Messages.get("adjournment.filter.hearing")), hearingFrom, new Label("–"), hearingTo,
                new Label(Messages.get("adjournment.filter.applied")), appliedFrom, new Label("–"), appliedTo,
                textFilter, grow, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private void query(java.util.function.UnaryOperator<AdjournmentQuery> change) {
        model.queryProperty().set(change.apply(model.queryProperty().get()));
    }

    private void buildTable() {
        table.setId("adjournment-table");
        table.setItems(model.rows());
        table.getStyleClass().addAll("queue-table", "adjournment-table");
        var css = AdjournmentQueueView.class.getResource("adjournment.css");
        if (css != null) {
            table.getStylesheets().add(css.toExternalForm());
        }
        table.setPlaceholder(new Label(Messages.get("adjournment.empty")));
        table.getColumns().add(column("adjournment.col.caseNumber", 165, r -> r.view().caseNumber()));
        table.getColumns().add(column("adjournment.col.hearing", 130, r -> AdjournmentFormat.time(r.view().hearing().startsAt())));
        TableColumn<AdjournmentRow, String> left = column("adjournment.col.left", 125, r -> AdjournmentFormat.leftText(r.limit()));
        left.getStyleClass().add("adjournment-left");
        table.getColumns().add(left);
        table.getColumns().add(column("adjournment.col.applicant", 70, r -> r.view().applicantName()));
        table.getColumns().add(column("adjournment.col.applied", 85, r -> {
            LocalDate d = AdjournmentQueueProcessor.applied(r, model.zone());
            return d == null ? "" : d.toString();
        }));
        table.getColumns().add(column("adjournment.col.reason", 110, r -> r.view().reason()));
        table.getColumns().add(column("adjournment.col.count", 58, r -> r.view().hearing().adjournments() + "/"
                + AdjournmentRules.maxAdjournments(r.view().hearing().procedure())));
        table.getColumns().add(column("adjournment.col.status", 90, AdjournmentFormat::statusText));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AdjournmentRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean has = !empty && row != null;
                pseudoClassStateChanged(UNOPENED, has && !row.opened());
                pseudoClassStateChanged(OVERDUE, has && row.overdue());
                pseudoClassStateChanged(WARN, has && row.limit() != null
                        && row.limit().urgency() == AdjournmentRules.Urgency.DUE_SOON);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
    }

    private static TableColumn<AdjournmentRow, String> column(String key, double width, Function<AdjournmentRow, String> value) {
        TableColumn<AdjournmentRow, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setSortable(false); // the queue's order is the law's: hearing time, undecided first
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    // ---- behaviour ----

    private void afterRowsChanged() {
        updateCount();
        if (shownId < 0) {
            return;
        }
        for (AdjournmentRow r : model.rows()) {
            if (r.id() == shownId) {
                actions.load(r);
                if (!detail.editing()) {
                    detail.show(r);
                }
                AdjournmentRow selected = table.getSelectionModel().getSelectedItem();
                if (selected == null || selected.id() != shownId) {
                    table.getSelectionModel().select(r);
                }
                return;
            }
        }
    }

    private void updateCount() {
        count.setText(Messages.format("adjournment.count.rows", model.rows().size(), model.totalCountProperty().get()));
    }

    private void onSelected(AdjournmentRow row) {
        if (row == null || row.id() == shownId && Objects.equals(detail.shown(), row.view())) {
            return;
        }
        shownId = row.id();
        actions.load(row);
        detail.show(row);
        Platform.runLater(() -> model.markOpened(row));
    }

    private void onKey(KeyEvent e) {
        if (!active || !isVisible()) {
            return;
        }
        if (APPROVE.match(e)) {
            choose(AdjournmentConclusion.APPROVE);
        } else if (REJECT.match(e)) {
            choose(AdjournmentConclusion.REJECT);
        } else if (SAVE.match(e)) {
            save();
        } else {
            return;
        }
        e.consume();
    }

    private void choose(AdjournmentConclusion c) {
        if (actions.decisionOfferedProperty().get()) {
            actions.conclusionProperty().set(c);
            detail.focusOpinion();
        }
    }

    public TableView<AdjournmentRow> table() {
        return table;
    }

    public AdjournmentQueueModel model() {
        return model;
    }

    public AdjournmentActionModel actions() {
        return actions;
    }

    // ---- QueueTab ----

    @Override
    public Node content() {
        return this;
    }

    @Override
    public ObservableValue<String> title() {
        return title;
    }

    @Override
    public void refresh() {
        model.reload();
    }

    @Override
    public void changed(Set<RequestRef> requests) {
        if (requests == null || requests.stream().anyMatch(r -> r.kind() == RequestKind.ADJOURNMENT)) {
            model.reload();
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
        table.scrollTo(target);
    }

    /** From the 今日到期 view: this request selected and open (filters reset if they hide it). */
    @Override
    public boolean show(org.courtdesk.model.request.RequestRef request) {
        if (request.kind() != org.courtdesk.model.request.RequestKind.ADJOURNMENT) {
            return false;
        }
        return org.courtdesk.app.ui.QueueSelection.show(table, AdjournmentRow::id, request.id(),
                model.row(request.id()).isPresent(), this::resetFilters, this::openSelected);
    }

    @Override
    public void openSelected() {
        AdjournmentRow r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            onSelected(r);
            detail.focusOpinion();
        }
    }

    @Override
    public void save() {
        detail.decide();
    }

    @Override
    public void focusFilter() {
        textFilter.requestFocus();
    }

    @Override
    public void resetFilters() {
        statusFilter.setValue(AdjournmentStatusFilter.ALL);
        for (DatePicker p : List.of(hearingFrom, hearingTo, appliedFrom, appliedTo)) {
            p.setValue(null);
        }
        textFilter.clear();
        model.queryProperty().set(AdjournmentQuery.DEFAULT);
    }

    @Override
    public void focusTable() {
        table.requestFocus();
    }

    @Override
    public String keysHelp() {
        return Messages.get("adjournment.keys");
    }

    @Override
    public void dispose() {
        model.dispose();
    }
}
