package org.courtdesk.app.ui.contact;

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
import org.courtdesk.model.contact.ContactResult;
import org.courtdesk.model.contact.ContactRules;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/**
 * The 预约法官 tab (spec-004 §11: 预约法官主页面 with 查询条件, 答复 → 预约法官答复页面): 查询条件 (状态, 申请日期, text),
 * the queue with the requests still to answer on top by time left (built, filtered and ordered off the FX thread), and
 * the detail with the reply form. Keys, acting only while this tab is on screen: J/K move, Enter opens (to the 答复内容),
 * Alt+Y 同意约见, Alt+N 不同意约见, Alt+W 书面答复, F2 常用语, Ctrl+S 提交答复, Ctrl+F 查询.
 */
public final class ContactQueueView extends BorderPane implements QueueTab {

    private static final PseudoClass UNOPENED = PseudoClass.getPseudoClass("unopened");
    private static final PseudoClass WARN = PseudoClass.getPseudoClass("warn");
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    static final KeyCombination AGREE = new KeyCodeCombination(KeyCode.Y, KeyCombination.ALT_DOWN);
    static final KeyCombination DECLINE = new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN);
    static final KeyCombination WRITTEN = new KeyCodeCombination(KeyCode.W, KeyCombination.ALT_DOWN);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    /** The 状态 query condition: all, or one of the two statuses. */
    private static final List<RequestStatus> STATUSES = java.util.Arrays.asList(null, RequestStatus.AWAITING_REPLY,
            RequestStatus.REPLIED);

    private final ContactQueueModel model;
    private final ContactReplyModel reply;
    private final ContactDetailView detail;
    private final TableView<ContactRow> table = new TableView<>();
    private final ComboBox<RequestStatus> statusFilter = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField textFilter = new TextField();
    private final Label count = new Label();
    private final ObservableValue<String> title;
    private final EventHandler<KeyEvent> keys = this::onKey;
    private long shownId = -1;
    private boolean active;

    public ContactQueueView(Workspace workspace, Clock clock) {
        setId("contact-queue");
        getStyleClass().addAll("queue-view", "contact-queue");
        model = new ContactQueueModel(workspace, clock, Platform::runLater);
        reply = new ContactReplyModel(workspace, Fx.background(), Platform::runLater, model::now);
        detail = new ContactDetailView(reply, model.zone(), this::save);
        title = Bindings.createStringBinding(() -> Messages.format("tab.contact", model.openCountProperty().get()),
                model.openCountProperty());
        setTop(filterBar());
        buildTable();
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.575);
        SplitPane.setResizableWithParent(detail, false);
        setCenter(split);

        model.rows().addListener((ListChangeListener<ContactRow>) c -> afterRowsChanged());
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
        statusFilter.setId("contact-filter-status");
        statusFilter.getItems().setAll(STATUSES);
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(RequestStatus s) {
                return ContactFormat.status(s);
            }

            @Override
            public RequestStatus fromString(String s) {
                return null;
            }
        });
        statusFilter.setValue(null);
        statusFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withStatus(b)));
        for (DatePicker p : List.of(from, to)) {
            p.setPrefWidth(124);
            p.setConverter(ReviewFormViewDates.CONVERTER);
        }
        from.setId("contact-filter-from");
        to.setId("contact-filter-to");
        from.valueProperty().addListener((o, a, b) -> query(q -> q.withDates(b, to.getValue())));
        to.valueProperty().addListener((o, a, b) -> query(q -> q.withDates(from.getValue(), b)));
        textFilter.setId("contact-filter-text");
        textFilter.setPromptText(Messages.get("contact.filter.text.prompt"));
        textFilter.setPrefColumnCount(14);
        textFilter.textProperty().addListener((o, a, b) -> query(q -> q.withText(b)));
        count.setId("contact-count");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(6, new Label(Messages.get("contact.filter.status")), statusFilter,
                new Label(Messages.get("contact.filter.submitted")), from, new Label("–"), to, textFilter, grow, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private void query(java.util.function.UnaryOperator<ContactQuery> change) {
        model.queryProperty().set(change.apply(model.queryProperty().get()));
    }

    private void buildTable() {
        table.setId("contact-table");
        table.setItems(model.rows());
        table.getStyleClass().addAll("queue-table", "contact-table");
        var css = ContactQueueView.class.getResource("contact.css");
        if (css != null) {
            table.getStylesheets().add(css.toExternalForm());
        }
        table.setPlaceholder(new Label(Messages.get("contact.empty")));
        table.getColumns().add(column("contact.col.caseNumber", 200, r -> r.view().caseNumber()));
        table.getColumns().add(column("contact.col.applicant", 62, r -> r.view().applicantName()));
        table.getColumns().add(column("contact.col.purpose", 104, r -> r.view().purpose()));
        table.getColumns().add(column("contact.col.time", 134, r -> r.view().proposedTimes() == null
                || r.view().proposedTimes().isEmpty() ? "" : ContactDetailView.time(r.view().proposedTimes().get(0))));
        TableColumn<ContactRow, String> left = column("contact.col.left", 82, ContactFormat::left);
        left.getStyleClass().add("contact-left");
        table.getColumns().add(left);
        table.getColumns().add(column("contact.col.status", 122, ContactFormat::statusText));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ContactRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean has = !empty && row != null;
                pseudoClassStateChanged(UNOPENED, has && !row.opened());
                pseudoClassStateChanged(OVERDUE, has && row.urgency() == ContactRules.Urgency.OVERDUE);
                pseudoClassStateChanged(WARN, has && (row.urgency() == ContactRules.Urgency.DUE_TODAY
                        || row.urgency() == ContactRules.Urgency.DUE_SOON));
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

    private static TableColumn<ContactRow, String> column(String key, double width, Function<ContactRow, String> value) {
        TableColumn<ContactRow, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setSortable(false); // the queue's order: still to answer first, by time left
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    // ---- behaviour ----

    private void afterRowsChanged() {
        updateCount();
        if (shownId < 0) {
            return;
        }
        for (ContactRow r : model.rows()) {
            if (r.id() == shownId) {
                reply.load(r);
                detail.show(r);
                ContactRow selected = table.getSelectionModel().getSelectedItem();
                if (selected == null || selected.id() != shownId) {
                    table.getSelectionModel().select(r);
                }
                return;
            }
        }
    }

    private void updateCount() {
        count.setText(Messages.format("contact.count.rows", model.rows().size(), model.totalCountProperty().get()));
    }

    private void onSelected(ContactRow row) {
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
        if (AGREE.match(e)) {
            choose(ContactResult.AGREE);
        } else if (DECLINE.match(e)) {
            choose(ContactResult.DECLINE);
        } else if (WRITTEN.match(e)) {
            choose(ContactResult.WRITTEN);
        } else if (SAVE.match(e)) {
            save();
        } else {
            return;
        }
        e.consume();
    }

    private void choose(ContactResult r) {
        if (reply.offeredProperty().get()) {
            reply.resultProperty().set(r);
            detail.focusContent();
        }
    }

    public TableView<ContactRow> table() {
        return table;
    }

    public ContactQueueModel model() {
        return model;
    }

    public ContactReplyModel reply() {
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
        if (requests == null || requests.stream().anyMatch(r -> r.kind() == RequestKind.CONTACT_JUDGE)) {
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
        if (request.kind() != RequestKind.CONTACT_JUDGE) {
            return false;
        }
        return QueueSelection.show(table, ContactRow::id, request.id(), model.row(request.id()).isPresent(),
                this::resetFilters, this::openSelected);
    }

    @Override
    public void openSelected() {
        ContactRow r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            onSelected(r);
            detail.focusContent();
        }
    }

    /** 提交答复: into the outbox, then on to the next request still to answer. */
    @Override
    public void save() {
        reply.save(() -> {
            for (ContactRow r : model.rows()) {
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
        from.setValue(null);
        to.setValue(null);
        textFilter.clear();
        model.queryProperty().set(ContactQuery.DEFAULT);
    }

    @Override
    public void focusTable() {
        table.requestFocus();
    }

    @Override
    public String keysHelp() {
        return Messages.get("contact.keys");
    }

    @Override
    public void dispose() {
        model.dispose();
    }
}
