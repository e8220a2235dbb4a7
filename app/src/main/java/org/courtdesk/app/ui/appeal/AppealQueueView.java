package org.courtdesk.app.ui.appeal;

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
import org.courtdesk.model.appeal.AppealConclusion;
import org.courtdesk.model.appeal.AppealMaterialRef;
import org.courtdesk.model.appeal.AppealRules;
import org.courtdesk.model.appeal.AppealView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;

/**
 * The 提起上诉 tab (spec-004 §3: 查询条件, 审查或查看详细, 查看递交材料, 填写审查意见): the queue ordered by the judge's
 * next step, soonest first (built, filtered and ordered off the FX thread), the 特别授权 flag, and the detail with the
 * 审查 form. Keys, acting only while this tab is on screen: J/K move, Enter opens (to the opinion), Alt+A 已接受, Alt+R
 * 退回, Ctrl+S 保存审查结论, Ctrl+F 查询, Esc back to the list.
 */
public final class AppealQueueView extends BorderPane implements QueueTab {

    private static final PseudoClass UNOPENED = PseudoClass.getPseudoClass("unopened");
    private static final PseudoClass WARN = PseudoClass.getPseudoClass("warn");
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    static final KeyCombination APPROVE = new KeyCodeCombination(KeyCode.A, KeyCombination.ALT_DOWN);
    static final KeyCombination REJECT = new KeyCodeCombination(KeyCode.R, KeyCombination.ALT_DOWN);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final AppealQueueModel model;
    private final AppealActionModel actions;
    private final AppealDetailView detail;
    private final TableView<AppealRow> table = new TableView<>();
    private final ComboBox<AppealStatusFilter> statusFilter = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField textFilter = new TextField();
    private final Label count = new Label();
    private final ObservableValue<String> title;
    private final EventHandler<KeyEvent> keys = this::onKey;
    private long shownId = -1;
    private boolean active;

    /** @param openDocument opens a material in the in-app viewer */
    public AppealQueueView(Workspace workspace, Clock clock, Consumer<QueueTabs.DocumentRef> openDocument) {
        setId("appeal-queue");
        getStyleClass().addAll("queue-view", "appeal-queue");
        model = new AppealQueueModel(workspace, clock, Platform::runLater);
        actions = new AppealActionModel(workspace, Fx.background(), Platform::runLater);
        detail = new AppealDetailView(actions, model.zone(), model::today, m -> openDocument.accept(document(m)),
                model::reload);
        title = Bindings.createStringBinding(() -> Messages.format("tab.appeal", model.pendingCountProperty().get()),
                model.pendingCountProperty());
        setTop(filterBar());
        buildTable();
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(detail, false);
        setCenter(split);

        model.rows().addListener((ListChangeListener<AppealRow>) c -> afterRowsChanged());
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

    private QueueTabs.DocumentRef document(AppealMaterialRef m) {
        AppealView v = detail.shown();
        return new QueueTabs.DocumentRef(m.id(), m.sha256(), m.fileName(), m.contentType(), m.size(),
                Messages.get("appeal.material." + m.type()), v == null ? "" : v.applicationNo());
    }

    // ---- construction ----

    private HBox filterBar() {
        statusFilter.setId("appeal-filter-status");
        statusFilter.getItems().setAll(AppealStatusFilter.values());
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(AppealStatusFilter s) {
                return s == null ? "" : Messages.get(s.key());
            }

            @Override
            public AppealStatusFilter fromString(String s) {
                return null;
            }
        });
        statusFilter.setValue(AppealStatusFilter.ALL);
        statusFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withStatus(b)));
        for (DatePicker p : List.of(from, to)) {
            p.setPrefWidth(124);
            p.setConverter(ReviewFormViewDates.CONVERTER);
        }
        from.setId("appeal-filter-from");
        to.setId("appeal-filter-to");
        from.valueProperty().addListener((o, a, b) -> query(q -> q.withDates(b, to.getValue())));
        to.valueProperty().addListener((o, a, b) -> query(q -> q.withDates(from.getValue(), b)));
        textFilter.setId("appeal-filter-text");
        textFilter.setPromptText(Messages.get("appeal.filter.text.prompt"));
        textFilter.setPrefColumnCount(12);
        textFilter.textProperty().addListener((o, a, b) -> query(q -> q.withText(b)));
        count.setId("appeal-count");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(6, new Label(Messages.get("appeal.filter.status")), statusFilter,
                new Label(Messages.get("appeal.filter.submitted.date")), from, new Label("–"), to,
                textFilter, grow, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private void query(java.util.function.UnaryOperator<AppealQuery> change) {
        model.queryProperty().set(change.apply(model.queryProperty().get()));
    }

    private void buildTable() {
        table.setId("appeal-table");
        table.setItems(model.rows());
        table.getStyleClass().addAll("queue-table", "appeal-table");
        var css = AppealQueueView.class.getResource("appeal.css");
        if (css != null) {
            table.getStylesheets().add(css.toExternalForm());
        }
        table.setPlaceholder(new Label(Messages.get("appeal.empty")));
        table.getColumns().add(column("appeal.col.caseNumber", 165, r -> r.view().caseNumber()));
        table.getColumns().add(column("appeal.col.appellant", 80, r -> r.view().appellant() == null ? ""
                : r.view().appellant().name()));
        table.getColumns().add(column("appeal.col.decision", 50, r -> r.view().decisionType() == null ? ""
                : r.view().decisionType().label()));
        table.getColumns().add(column("appeal.col.period", 110, r -> AppealFormat.periodText(r.period())));
        TableColumn<AppealRow, String> step = column("appeal.col.step", 190, r -> AppealFormat.stepText(r, model.today()));
        step.getStyleClass().add("appeal-step");
        table.getColumns().add(step);
        table.getColumns().add(column("appeal.col.flag", 70, r -> r.view().specialAuthorityMissing()
                ? Messages.get("appeal.flag.short") : ""));
        table.getColumns().add(column("appeal.col.status", 100, AppealFormat::statusText));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AppealRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean has = !empty && row != null;
                pseudoClassStateChanged(UNOPENED, has && !row.opened());
                pseudoClassStateChanged(OVERDUE, has && AppealFormat.overdue(row));
                pseudoClassStateChanged(WARN, has && AppealFormat.pressing(row));
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

    private static TableColumn<AppealRow, String> column(String key, double width, Function<AppealRow, String> value) {
        TableColumn<AppealRow, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setSortable(false); // the queue's order is the law's: the judge's next step, soonest first
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    // ---- behaviour ----

    private void afterRowsChanged() {
        updateCount();
        if (shownId < 0) {
            return;
        }
        for (AppealRow r : model.rows()) {
            if (r.id() == shownId) {
                actions.load(r);
                if (!detail.editing()) {
                    detail.show(r);
                }
                AppealRow selected = table.getSelectionModel().getSelectedItem();
                if (selected == null || selected.id() != shownId) {
                    table.getSelectionModel().select(r);
                }
                return;
            }
        }
    }

    private void updateCount() {
        count.setText(Messages.format("appeal.count.rows", model.rows().size(), model.totalCountProperty().get()));
    }

    private void onSelected(AppealRow row) {
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
            choose(AppealConclusion.ACCEPT);
        } else if (REJECT.match(e)) {
            choose(AppealConclusion.RETURN);
        } else if (SAVE.match(e)) {
            save();
        } else {
            return;
        }
        e.consume();
    }

    private void choose(AppealConclusion c) {
        if (actions.decisionOfferedProperty().get()) {
            actions.conclusionProperty().set(c);
            detail.focusOpinion();
        }
    }

    public TableView<AppealRow> table() {
        return table;
    }

    public AppealQueueModel model() {
        return model;
    }

    public AppealActionModel actions() {
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
        if (requests == null || requests.stream().anyMatch(r -> r.kind() == RequestKind.APPEAL)) {
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
        if (request.kind() != org.courtdesk.model.request.RequestKind.APPEAL) {
            return false;
        }
        return org.courtdesk.app.ui.QueueSelection.show(table, AppealRow::id, request.id(),
                model.row(request.id()).isPresent(), this::resetFilters, this::openSelected);
    }

    @Override
    public void openSelected() {
        AppealRow r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            onSelected(r);
            detail.focusOpinion();
        }
    }

    @Override
    public void save() {
        actions.decide();
    }

    @Override
    public void focusFilter() {
        textFilter.requestFocus();
    }

    @Override
    public void resetFilters() {
        statusFilter.setValue(AppealStatusFilter.ALL);
        for (DatePicker p : List.of(from, to)) {
            p.setValue(null);
        }
        textFilter.clear();
        model.queryProperty().set(AppealQuery.DEFAULT);
    }

    @Override
    public void focusTable() {
        table.requestFocus();
    }

    @Override
    public String keysHelp() {
        return Messages.get("appeal.keys");
    }

    @Override
    public void dispose() {
        model.dispose();
    }
}
