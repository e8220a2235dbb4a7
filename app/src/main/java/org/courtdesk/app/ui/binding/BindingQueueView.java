package org.courtdesk.app.ui.binding;

import java.time.Clock;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.QueueTab;
import org.courtdesk.app.ui.main.QueueTabs;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.binding.BindingMaterialRef;
import org.courtdesk.model.binding.BindingVerdict;
import org.courtdesk.model.binding.BindingView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/**
 * The 案件绑定 queue (spec-004 §8): the case judge's and their clerks' list of lawyers asking to act for a party, the
 * application with its two papers, and the decision. The whole queue works by keyboard, for the clerks who process
 * binding requests all day: J/K (or ↓/↑) next and previous, Enter opens, Alt+A 审核通过, Alt+R 审核不通过 (the reason
 * field takes the focus; F4 opens the phrase list), Ctrl+S saves — then the next application is selected — and Esc
 * goes back to the list.
 */
public final class BindingQueueView extends BorderPane implements QueueTab {

    static final KeyCombination APPROVE = new KeyCodeCombination(KeyCode.A, KeyCombination.ALT_DOWN);
    static final KeyCombination REJECT = new KeyCodeCombination(KeyCode.R, KeyCombination.ALT_DOWN);

    private final BindingQueueModel model;
    private final BindingDecisionModel decision;
    private final Consumer<QueueTabs.DocumentRef> openDocument;
    private final ObservableValue<String> title;

    private final ComboBox<RequestStatus> statusFilter = new ComboBox<>();
    private final TextField textFilter = new TextField();
    private final Label count = new Label();
    private final TableView<BindingRow> table = new TableView<>();

    private final GridPane fields = new GridPane();
    private final Label detailStatus = new Label();
    private final VBox materials = new VBox(4);
    private final ToggleGroup verdicts = new ToggleGroup();
    private final RadioButton approve = new RadioButton(Messages.get("binding.decide.approve"));
    private final RadioButton reject = new RadioButton(Messages.get("binding.decide.reject"));
    private final ComboBox<String> reason = new ComboBox<>();
    private final Button saveButton = new Button(Messages.get("binding.decide.save"));
    private final Label errors = new Label();
    private final Label notice = new Label();
    private final VBox form = new VBox(8);

    private long shownId = -1;
    private boolean active;
    private boolean reselecting;

    private final EventHandler<KeyEvent> keys = this::onKey;

    /** @param openDocument opens a material in the in-app viewer */
    public BindingQueueView(Workspace workspace, Clock clock, Consumer<QueueTabs.DocumentRef> openDocument) {
        this.openDocument = openDocument;
        setId("binding-queue");
        getStyleClass().addAll("queue-view", "binding-queue");
        model = new BindingQueueModel(workspace, clock, Platform::runLater);
        decision = new BindingDecisionModel(workspace, Fx.background(), Platform::runLater);
        title = Bindings.createStringBinding(() -> Messages.format("tab.binding", model.openCountProperty().get()),
                model.openCountProperty());

        setTop(filterBar());
        buildTable();
        ScrollPane detail = new ScrollPane(buildDetail());
        detail.setFitToWidth(true);
        detail.setId("binding-detail");
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.67);
        split.getStyleClass().add("queue-split");
        setCenter(split);

        model.rows().addListener((ListChangeListener<BindingRow>) c -> afterRowsChanged());
        // A reload replaces the rows and clears the selection for a moment: the detail stays, afterRowsChanged
        // selects its row again.
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!reselecting && b != null) {
                show(b);
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

    // ---- construction ----

    private HBox filterBar() {
        statusFilter.setId("binding-filter-status");
        statusFilter.getItems().setAll(null, RequestStatus.BINDING_PENDING, RequestStatus.BINDING_APPROVED,
                RequestStatus.BINDING_REJECTED);
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(RequestStatus s) {
                return BindingFormat.status(s);
            }

            @Override
            public RequestStatus fromString(String s) {
                return null;
            }
        });
        statusFilter.setValue(BindingQuery.DEFAULT.status());
        statusFilter.valueProperty().addListener((o, a, b) -> query());
        textFilter.setId("binding-filter-text");
        textFilter.setPromptText(Messages.get("binding.filter.prompt"));
        textFilter.textProperty().addListener((o, a, b) -> query());
        HBox.setHgrow(textFilter, Priority.ALWAYS);
        count.setId("binding-count");
        HBox bar = new HBox(8, new Label(Messages.get("binding.filter.status")), statusFilter, textFilter, count);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private void query() {
        model.queryProperty().set(new BindingQuery(statusFilter.getValue(), textFilter.getText()));
    }

    private void buildTable() {
        table.setId("binding-table");
        table.setPlaceholder(new Label(Messages.get("binding.empty")));
        table.getColumns().add(column("no", "binding.col.no", 150, r -> r.view().applicationNo()));
        table.getColumns().add(column("case", "binding.col.case", 190, r -> r.view().caseNumber()));
        table.getColumns().add(column("party", "binding.col.party", 160, r -> BindingFormat.party(r.view())));
        table.getColumns().add(column("lawyer", "binding.col.lawyer", 80, r -> r.view().applicantName()));
        table.getColumns().add(column("authority", "binding.col.authority", 80, r -> BindingFormat.authority(r.view())));
        table.getColumns().add(column("waiting", "binding.col.waiting", 60, BindingFormat::days));
        table.getColumns().add(column("status", "binding.col.status", 110, BindingFormat::statusText));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
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

    private TableColumn<BindingRow, BindingRow> column(String id, String key, double width,
                                                       Function<BindingRow, String> text) {
        TableColumn<BindingRow, BindingRow> c = new TableColumn<>(Messages.get(key));
        c.setId("binding-col-" + id);
        c.setPrefWidth(width);
        // The order (longest waiting first) is computed off the FX thread; a header click does not re-sort.
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(BindingRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                setStyle(!empty && item != null && !item.opened() ? "-fx-font-weight: bold;" : "");
            }
        });
        return c;
    }

    private VBox buildDetail() {
        detailStatus.setId("binding-detail-status");
        detailStatus.getStyleClass().add("detail-status");
        fields.setHgap(10);
        fields.setVgap(4);
        approve.setId("binding-approve");
        reject.setId("binding-reject");
        approve.setToggleGroup(verdicts);
        reject.setToggleGroup(verdicts);
        verdicts.selectedToggleProperty().addListener((o, a, b) -> decision.verdictProperty().set(
                b == approve ? BindingVerdict.APPROVE : b == reject ? BindingVerdict.REJECT : null));
        decision.verdictProperty().addListener((o, a, b) -> verdicts.selectToggle(
                b == BindingVerdict.APPROVE ? approve : b == BindingVerdict.REJECT ? reject : null));
        reason.setId("binding-reason");
        reason.setEditable(true);
        reason.setMaxWidth(Double.MAX_VALUE);
        reason.setPromptText(Messages.get("binding.decide.reasonPrompt"));
        reason.getItems().setAll(BindingDecisionModel.standardReasons());
        reason.getEditor().textProperty().addListener((o, a, b) -> decision.reasonProperty().set(b));
        reason.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                decision.reasonProperty().set(b);
            }
        });
        reason.disableProperty().bind(decision.verdictProperty().isNotEqualTo(BindingVerdict.REJECT));
        saveButton.setId("binding-save");
        saveButton.setOnAction(e -> save());
        saveButton.disableProperty().bind(decision.savingProperty().or(decision.verdictProperty().isNull()));
        errors.setId("binding-errors");
        errors.getStyleClass().add("form-errors");
        errors.setWrapText(true);
        decision.errors().addListener((ListChangeListener<String>) c -> errors.setText(String.join("\n", decision.errors())));
        notice.setId("binding-notice");
        notice.textProperty().bind(decision.noticeProperty());
        Label reasonLabel = new Label(Messages.get("binding.decide.reason"));
        reasonLabel.setLabelFor(reason);
        form.getChildren().setAll(new Label(Messages.get("binding.decide.title")), new HBox(16, approve, reject),
                reasonLabel, reason, saveButton, errors);
        form.setId("binding-form");
        form.visibleProperty().bind(decision.offeredProperty());
        form.managedProperty().bind(form.visibleProperty());
        VBox box = new VBox(10, detailStatus, fields, new Label(Messages.get("binding.detail.materials")), materials, form,
                notice);
        box.setPadding(new Insets(10));
        return box;
    }

    // ---- showing ----

    private void show(BindingRow row) {
        if (row == null || row.id() != shownId) {
            // Another binding: the reason field starts empty, not with the last one typed.
            reason.setValue(null);
            reason.getEditor().clear();
        }
        decision.load(row);
        fields.getChildren().clear();
        materials.getChildren().clear();
        if (row == null) {
            shownId = -1;
            detailStatus.setText("");
            return;
        }
        shownId = row.id();
        BindingView v = row.view();
        detailStatus.setText(BindingFormat.statusText(row));
        int i = 0;
        i = field(i, "binding.detail.no", v.applicationNo());
        i = field(i, "binding.detail.case", v.caseNumber() + "  " + (v.caseTitle() == null ? "" : v.caseTitle()));
        i = field(i, "binding.detail.court", v.courtName());
        i = field(i, "binding.detail.party", BindingFormat.party(v));
        i = field(i, "binding.detail.lawyer", v.applicantName());
        i = field(i, "binding.detail.phone", v.applicantPhone());
        i = field(i, "binding.detail.licence", v.licenceNo());
        i = field(i, "binding.detail.firm", v.lawFirm());
        i = field(i, "binding.detail.authority", BindingFormat.authority(v));
        i = field(i, "binding.detail.submitted", BindingFormat.dateTime(v.submittedAt(), model.zone()));
        i = field(i, "binding.detail.judge", v.judgeName());
        if (v.decidedAt() != null) {
            i = field(i, "binding.detail.reviewer", v.reviewerName());
            i = field(i, "binding.detail.decided", BindingFormat.dateTime(v.decidedAt(), model.zone()));
        }
        if (v.rejectionReason() != null) {
            field(i, "binding.detail.reason", v.rejectionReason());
        }
        if (v.materials() != null) {
            for (BindingMaterialRef m : v.materials()) {
                Hyperlink link = new Hyperlink(Messages.get("binding.material." + m.type().name()) + "：" + m.fileName());
                link.setOnAction(e -> openDocument.accept(new QueueTabs.DocumentRef(m.id(), m.sha256(), m.fileName(),
                        m.contentType(), m.size(), Messages.get("binding.material." + m.type().name()),
                        v.applicationNo())));
                materials.getChildren().add(link);
            }
        }
    }

    private int field(int row, String key, String value) {
        Label name = new Label(Messages.get(key));
        name.getStyleClass().add("field-name");
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label text = new Label(value == null ? "" : value);
        text.setWrapText(true);
        fields.addRow(row, name, text);
        return row + 1;
    }

    private void afterRowsChanged() {
        count.setText(Messages.format("binding.count", model.rows().size()));
        if (shownId < 0) {
            return;
        }
        for (int i = 0; i < model.rows().size(); i++) {
            BindingRow r = model.rows().get(i);
            if (r.id() == shownId) {
                reselecting = true;
                try {
                    table.getSelectionModel().clearAndSelect(i);
                } finally {
                    reselecting = false;
                }
                if (!decision.savingProperty().get() && !reason.isFocused()) {
                    show(r);
                }
                return;
            }
        }
    }

    // ---- actions ----

    /** Alt+A and Alt+R, only while this tab is on screen and a decision is offered. */
    private void onKey(KeyEvent e) {
        if (!active || !decision.offeredProperty().get()) {
            return;
        }
        if (APPROVE.match(e)) {
            chooseApprove();
            e.consume();
        } else if (REJECT.match(e)) {
            chooseReject();
            e.consume();
        }
    }

    private void chooseApprove() {
        decision.verdictProperty().set(BindingVerdict.APPROVE);
        saveButton.requestFocus();
    }

    private void chooseReject() {
        decision.verdictProperty().set(BindingVerdict.REJECT);
        reason.requestFocus();
    }

    /** After a save: back to the list, on the next application still to decide. */
    private void afterSave() {
        table.requestFocus();
        int i = table.getSelectionModel().getSelectedIndex();
        for (int k = i + 1; k < table.getItems().size(); k++) {
            if (table.getItems().get(k).open()) {
                table.getSelectionModel().clearAndSelect(k);
                table.scrollTo(k);
                return;
            }
        }
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
        if (requests == null || requests.stream().anyMatch(r -> r.kind() == RequestKind.CASE_BINDING)) {
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

    @Override
    public void openSelected() {
        BindingRow row = table.getSelectionModel().getSelectedItem();
        if (row == null && !table.getItems().isEmpty()) {
            table.getSelectionModel().clearAndSelect(0);
            row = table.getSelectionModel().getSelectedItem();
        }
        if (row == null) {
            return;
        }
        model.markOpened(row);
        if (decision.offeredProperty().get()) {
            approve.requestFocus();
        }
    }

    @Override
    public void save() {
        decision.save(this::afterSave);
    }

    @Override
    public void focusFilter() {
        textFilter.requestFocus();
        textFilter.selectAll();
    }

    @Override
    public void resetFilters() {
        textFilter.clear();
        statusFilter.setValue(BindingQuery.DEFAULT.status());
        model.queryProperty().set(BindingQuery.DEFAULT);
    }

    @Override
    public void focusTable() {
        table.requestFocus();
    }

    @Override
    public String keysHelp() {
        return Messages.get("binding.keys");
    }

    @Override
    public void dispose() {
        model.dispose();
    }

    // ---- for tests ----

    public BindingQueueModel model() { return model; }
    public BindingDecisionModel decision() { return decision; }
    public TableView<BindingRow> table() { return table; }
    public long shownId() { return shownId; }
}
