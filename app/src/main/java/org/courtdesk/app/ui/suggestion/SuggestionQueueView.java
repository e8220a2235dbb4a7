package org.courtdesk.app.ui.suggestion;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
import org.courtdesk.app.ui.QueueSelection;
import org.courtdesk.app.ui.QueueTab;
import org.courtdesk.app.ui.reading.ReviewFormViewDates;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.suggestion.SuggestionCategory;
import org.courtdesk.model.suggestion.SuggestionRules;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/**
 * The 意见建议 tab (spec-004 §12: 意见建议页面 with the 查询条件 法院, 类别, 状态, 提出时间; 意见建议查看处理页面): the queue with
 * the suggestions still to answer on top by time left (built, filtered and ordered off the FX thread), and the detail
 * with the answer. Judges and clerks see their cases' suggestions, 中心审核员 their court's without a case. Keys, acting
 * only while this tab is on screen: J/K move, Enter opens (to the answer), F2 常用语, Ctrl+S 提交答复, Ctrl+F 查询.
 */
public final class SuggestionQueueView extends BorderPane implements QueueTab {

    private static final PseudoClass UNOPENED = PseudoClass.getPseudoClass("unopened");
    private static final PseudoClass WARN = PseudoClass.getPseudoClass("warn");
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    /** The 状态 query condition: all, or one of the two statuses. */
    private static final List<RequestStatus> STATUSES = java.util.Arrays.asList(null, RequestStatus.AWAITING_REPLY,
            RequestStatus.REPLIED);

    private final SuggestionQueueModel model;
    private final SuggestionReplyModel reply;
    private final SuggestionDetailView detail;
    private final TableView<SuggestionRow> table = new TableView<>();
    private final ComboBox<RequestStatus> statusFilter = new ComboBox<>();
    private final ComboBox<String> courtFilter = new ComboBox<>();
    private final ComboBox<SuggestionCategory> categoryFilter = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField textFilter = new TextField();
    private final Label count = new Label();
    private final ObservableValue<String> title;
    private final EventHandler<KeyEvent> keys = this::onKey;
    private long shownId = -1;
    private boolean active;

    public SuggestionQueueView(Workspace workspace, Clock clock) {
        setId("suggestion-queue");
        getStyleClass().addAll("queue-view", "suggestion-queue");
        model = new SuggestionQueueModel(workspace, clock, Platform::runLater);
        reply = new SuggestionReplyModel(workspace, Fx.background(), Platform::runLater);
        detail = new SuggestionDetailView(reply, model.zone(), this::save);
        title = Bindings.createStringBinding(() -> Messages.format("tab.suggestion", model.openCountProperty().get()),
                model.openCountProperty());
        setTop(filterBar());
        buildTable();
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.575);
        SplitPane.setResizableWithParent(detail, false);
        setCenter(split);

        model.rows().addListener((ListChangeListener<SuggestionRow>) c -> afterRowsChanged());
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

    // ---- construction ----

    private HBox filterBar() {
        statusFilter.setId("suggestion-filter-status");
        statusFilter.getItems().setAll(STATUSES);
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(RequestStatus s) {
                return SuggestionFormat.status(s);
            }

            @Override
            public RequestStatus fromString(String s) {
                return null;
            }
        });
        statusFilter.setValue(null);
        statusFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withStatus(b)));
        courtFilter.setId("suggestion-filter-court");
        courtFilter.getItems().setAll(java.util.Arrays.asList((String) null));
        courtFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? Messages.get("suggestion.filter.all") : model.courtName(code);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        courtFilter.setValue(null);
        courtFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withCourt(b)));
        categoryFilter.setId("suggestion-filter-category");
        java.util.List<SuggestionCategory> categories = new java.util.ArrayList<>();
        categories.add(null);
        categories.addAll(List.of(SuggestionCategory.values()));
        categoryFilter.getItems().setAll(categories);
        categoryFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(SuggestionCategory c) {
                return SuggestionFormat.category(c);
            }

            @Override
            public SuggestionCategory fromString(String s) {
                return null;
            }
        });
        categoryFilter.setValue(null);
        categoryFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withCategory(b)));
        for (DatePicker p : List.of(from, to)) {
            p.setPrefWidth(124);
            p.setConverter(ReviewFormViewDates.CONVERTER);
        }
        from.setId("suggestion-filter-from");
        to.setId("suggestion-filter-to");
        from.valueProperty().addListener((o, a, b) -> query(q -> q.withDates(b, to.getValue())));
        to.valueProperty().addListener((o, a, b) -> query(q -> q.withDates(from.getValue(), b)));
        textFilter.setId("suggestion-filter-text");
        textFilter.setPromptText(Messages.get("suggestion.filter.text.prompt"));
        textFilter.setPrefColumnCount(9);
        textFilter.textProperty().addListener((o, a, b) -> query(q -> q.withText(b)));
        count.setId("suggestion-count");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(6, new Label(Messages.get("suggestion.filter.court")), courtFilter,
                new Label(Messages.get("suggestion.filter.category")), categoryFilter,
                new Label(Messages.get("suggestion.filter.status")), statusFilter,
                new Label(Messages.get("suggestion.filter.submitted")), from, new Label("–"), to, textFilter, grow, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private void query(java.util.function.UnaryOperator<SuggestionQuery> change) {
        model.queryProperty().set(change.apply(model.queryProperty().get()));
    }

    private void buildTable() {
        table.setId("suggestion-table");
        table.setItems(model.rows());
        table.getStyleClass().addAll("queue-table", "suggestion-table");
        var css = SuggestionQueueView.class.getResource("suggestion.css");
        if (css != null) {
            table.getStylesheets().add(css.toExternalForm());
        }
        table.setPlaceholder(new Label(Messages.get("suggestion.empty")));
        table.getColumns().add(column("suggestion.col.court", 150, r -> r.view().courtName()));
        table.getColumns().add(column("suggestion.col.category", 72, r -> SuggestionFormat.category(r.view().category())));
        table.getColumns().add(column("suggestion.col.title", 150, r -> r.view().title()));
        table.getColumns().add(column("suggestion.col.applicant", 62, r -> r.view().applicantName()));
        table.getColumns().add(column("suggestion.col.submitted", 92, r -> r.view().submittedAt() == null ? ""
                : java.time.LocalDate.ofInstant(r.view().submittedAt(), model.zone()).toString()));
        TableColumn<SuggestionRow, String> left = column("suggestion.col.left", 80, SuggestionFormat::left);
        left.getStyleClass().add("suggestion-left");
        table.getColumns().add(left);
        table.getColumns().add(column("suggestion.col.status", 90, SuggestionFormat::statusText));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SuggestionRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean has = !empty && row != null;
                pseudoClassStateChanged(UNOPENED, has && !row.opened());
                pseudoClassStateChanged(OVERDUE, has && row.urgency() == SuggestionRules.Urgency.OVERDUE);
                pseudoClassStateChanged(WARN, has && (row.urgency() == SuggestionRules.Urgency.DUE_TODAY
                        || row.urgency() == SuggestionRules.Urgency.DUE_SOON));
            }
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
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
    }

    private static TableColumn<SuggestionRow, String> column(String key, double width, Function<SuggestionRow, String> value) {
        TableColumn<SuggestionRow, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setSortable(false); // the queue's order: still to answer first, by time left
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    // ---- behaviour ----

    private void afterRowsChanged() {
        updateCount();
        List<String> courts = new java.util.ArrayList<>();
        courts.add(null);
        courts.addAll(model.courts());
        if (!courts.equals(courtFilter.getItems())) {
            String keep = courtFilter.getValue();
            courtFilter.getItems().setAll(courts);
            courtFilter.setValue(courts.contains(keep) ? keep : null);
        }
        if (shownId < 0) {
            return;
        }
        for (SuggestionRow r : model.rows()) {
            if (r.id() == shownId) {
                reply.load(r);
                detail.show(r);
                SuggestionRow selected = table.getSelectionModel().getSelectedItem();
                if (selected == null || selected.id() != shownId) {
                    table.getSelectionModel().select(r);
                }
                return;
            }
        }
    }

    private void updateCount() {
        count.setText(Messages.format("suggestion.count.rows", model.rows().size(), model.totalCountProperty().get()));
    }

    private void onSelected(SuggestionRow row) {
        if (row == null || row.id() == shownId && detail.shown() != null
                && Objects.equals(detail.shown().view(), row.view())) {
            return;
        }
        shownId = row.id();
        reply.load(row);
        detail.show(row);
        Platform.runLater(() -> model.markOpened(row));
    }

    private void onKey(KeyEvent e) {
        if (!active || !isVisible()) {
            return;
        }
        if (SAVE.match(e)) {
            save();
        } else {
            return;
        }
        e.consume();
    }

    public TableView<SuggestionRow> table() {
        return table;
    }

    public SuggestionQueueModel model() {
        return model;
    }

    public SuggestionReplyModel reply() {
        return reply;
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
        if (requests == null || requests.stream().anyMatch(r -> r.kind() == RequestKind.SUGGESTION)) {
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
    public boolean show(RequestRef request) {
        if (request.kind() != RequestKind.SUGGESTION) {
            return false;
        }
        return QueueSelection.show(table, SuggestionRow::id, request.id(), model.row(request.id()).isPresent(),
                this::resetFilters, this::openSelected);
    }

    @Override
    public void openSelected() {
        SuggestionRow r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            onSelected(r);
            detail.focusContent();
        }
    }

    /** 提交答复: into the outbox, then on to the next request still to answer. */
    @Override
    public void save() {
        reply.save(() -> {
            for (SuggestionRow r : model.rows()) {
                if (r.answerable() && r.id() != shownId) {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                    return;
                }
            }
        });
    }

    @Override
    public void focusFilter() {
        textFilter.requestFocus();
    }

    @Override
    public void resetFilters() {
        statusFilter.setValue(null);
        courtFilter.setValue(null);
        categoryFilter.setValue(null);
        from.setValue(null);
        to.setValue(null);
        textFilter.clear();
        model.queryProperty().set(SuggestionQuery.DEFAULT);
    }

    @Override
    public void focusTable() {
        table.requestFocus();
    }

    @Override
    public String keysHelp() {
        return Messages.get("suggestion.keys");
    }

    @Override
    public void dispose() {
        model.dispose();
    }
}
