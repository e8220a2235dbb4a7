package org.courtdesk.app.ui.queue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

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
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.Icons;
import org.courtdesk.app.ui.QueueSelection;
import org.courtdesk.app.ui.QueueTab;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;

/**
 * The queue tab of any kind (spec-004 §1: 查询条件 → list → 审查或查看详细), once: a kind gives only what is its own —
 * its rows ({@link KindQueueModel.Rows}), columns, query conditions, detail pane and decision form with its save — and
 * the core does the rest the same way for every kind:
 * <ul>
 * <li>the filter bar: the kind's conditions, the 同步 condition (全部 / 待同步 / 冲突), 重置, the count;</li>
 * <li>the virtual table: an unopened row tinted with a dot in its first column, 状态 with a 待同步 / 冲突 badge in a
 * reused cell, ids on every column so the column chooser remembers widths and hidden columns
 * ({@link org.courtdesk.app.ui.TableColumns}), sorting by a column off the FX thread;</li>
 * <li>list | detail in one split pane whose first part is the table (the main window's {@code QueueSplit} narrows it
 * while a material is docked), with the sync bar over the detail: 撤回 for a decision saved but not uploaded
 * ({@link Workspace#withdrawPending}), 处理冲突 for one the server refused ({@link KindConflictDialog});</li>
 * <li>keys: J/K move, Enter opens (to the form), a double click opens; Ctrl+S saves and moves on to the next request
 * still to do; the form's keys act only while the keyboard is in this queue (not in the material viewer);</li>
 * <li>a sync's changes read and replace only the changed rows ({@link KindQueueModel#changed}).</li>
 * </ul>
 * A kind's view extends this, builds its form and detail in its constructor and then calls {@link #install()}.
 */
public abstract class KindQueueView<V extends RequestView, R, Q> extends BorderPane implements QueueTab {

    private static final PseudoClass UNOPENED = PseudoClass.getPseudoClass("unopened");
    private static final PseudoClass CONFLICT = PseudoClass.getPseudoClass("conflict");
    private static final PseudoClass PENDING_SYNC = PseudoClass.getPseudoClass("pending-sync");
    /** The unopened dot and its gap in the first column. */
    static final double DOT_ROOM = 14;
    /** The style class of the main window's material viewer (KeyTable's VIEWER area). */
    static final String VIEWER_AREA = "reading-pane";
    protected static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    /** A pseudo class of a row while {@code when} holds (a kind's CSS colours it: warned, overdue…). */
    public record RowMark<R>(PseudoClass pseudoClass, Predicate<R> when) {
        public static <R> RowMark<R> of(String pseudoClass, Predicate<R> when) {
            return new RowMark<>(PseudoClass.getPseudoClass(pseudoClass), when);
        }
    }

    protected final Workspace workspace;
    protected final Clock clock;
    private final String name;
    private final KindQueueModel<V, R, Q> model;
    private final TableView<R> table = new TableView<>();
    private final ComboBox<SyncFilter> syncFilter = new ComboBox<>();
    private final Label count = new Label();
    private final Label syncNote = new Label();
    private final Button withdraw = new Button();
    private final Button conflict = new Button();
    private final HBox syncBar = new HBox(8);
    private final EventHandler<KeyEvent> keys = this::onKey;
    private ObservableValue<String> title;
    private List<RowMark<R>> marks = List.of();
    private long shownId = -1;
    /** A request asked to be shown before the first load landed (FX thread): shown when it lands. */
    private RequestRef showAfterLoad;
    private R shownRow;
    private boolean reselecting;
    private boolean active;
    /** The ids of the conflicted actions whose dialog opened by itself (each opens once). */
    private final java.util.Set<Object> offeredConflicts = new java.util.HashSet<>();
    private KindConflictDialog conflictDialog;
    /** A conflict dialog (the core's or the kind's) is open. */
    private boolean conflictOpen;

    /**
     * @param name the kind's short name: ids ({@code name-table}, {@code name-count}…), its stylesheet
     *             {@code name.css} beside the subclass, and its bundle keys ({@code tab.name}, {@code name.empty},
     *             {@code name.count.rows}, {@code name.keys})
     */
    protected KindQueueView(Workspace workspace, Clock clock, RequestKind kind, String name, Class<V> type,
                            Q defaultQuery) {
        this.workspace = workspace;
        this.clock = clock;
        this.name = name;
        this.model = new KindQueueModel<>(workspace, kind, type, new KindQueueModel.Rows<>() {
            @Override public R row(KindRow<V> source) { return KindQueueView.this.row(source); }
            @Override public KindRow<V> source(R row) { return KindQueueView.this.source(row); }
            @Override public boolean listed(KindRow<V> source) { return KindQueueView.this.listed(source); }
            @Override public R opened(R row) { return KindQueueView.this.opened(row); }
            @Override public boolean open(R row) { return KindQueueView.this.open(row); }
            @Override public boolean matches(Q query, R row) { return KindQueueView.this.matches(query, row); }
            @Override public Comparator<R> order() { return KindQueueView.this.order(); }
            @Override public boolean readsOwnRows() { return KindQueueView.this.readsOwnRows(); }
            @Override public List<R> readAll() { return KindQueueView.this.readAll(); }
            @Override public List<R> read(java.util.Collection<Long> ids) { return KindQueueView.this.read(ids); }
            @Override public long id(R row) { return KindQueueView.this.id(row); }
            @Override public QueueSync sync(R row) { return KindQueueView.this.sync(row); }
            @Override public boolean isOpened(R row) { return KindQueueView.this.isOpened(row); }
            @Override public Object key(R row) { return KindQueueView.this.key(row); }
            @Override public boolean matches(Q q, R row, Object key) { return KindQueueView.this.matches(q, row, key); }
            @Override public boolean narrows(Q q, Q wider) { return KindQueueView.this.narrows(q, wider); }
        }, defaultQuery, Platform::runLater);
        setId(name + "-queue");
        getStyleClass().addAll("queue-view", name + "-queue");
    }

    // ------------------------------------------------------------------ what a kind gives

    /**
     * What the queue lists and counts as still to do, declared once by the kind: the window's list of queues counts
     * with the same object before the view is built ({@code QueueTabs}), and the core makes {@link #row},
     * {@link #listed} and {@link #open} from it. Null only for a kind that reads its rows itself and overrides those
     * three (阅卷, built when the window opens).
     */
    public QueueCount<V, R> counting() {
        return null;
    }

    private QueueCount<V, R> rule() {
        QueueCount<V, R> c = counting();
        if (c == null) {
            throw new IllegalStateException(name + ": declare counting(), or override row, listed and open");
        }
        return c;
    }

    /** The kind's row of a cached request (by default its {@link #counting} rule's); runs off the FX thread. */
    protected R row(KindRow<V> source) {
        return rule().row().apply(source, clock);
    }

    protected abstract KindRow<V> source(R row);

    /**
     * Whether a cached request is listed: its {@link #counting} rule's, or not once the server removed it. Off the FX
     * thread.
     */
    protected boolean listed(KindRow<V> source) {
        QueueCount<V, R> c = counting();
        return c == null ? !source.removed() : c.listed().test(source);
    }

    /** The same row with the opened flag set. */
    protected abstract R opened(R row);

    /** Still to do, counted in the tab's title (by default its {@link #counting} rule's). */
    protected boolean open(R row) {
        return rule().open().test(row);
    }

    /** Where save-and-next may go: still to do and nothing of the user's waiting or refused. */
    protected boolean answerable(R row) {
        return open(row) && model.sync(row) == QueueSync.NONE;
    }

    protected abstract boolean matches(Q query, R row);

    /** The queue's order; runs off the FX thread. */
    protected abstract Comparator<R> order();

    // A kind whose rows are not its stored views (read from its own cache columns) says so and gives these; the
    // defaults read them from the KindRow behind each row (KindQueueModel.Rows).

    /** Whether the kind reads its rows itself ({@link #readAll}, {@link #read}); off the FX thread. */
    protected boolean readsOwnRows() {
        return false;
    }

    /** Every listed row, when the kind reads them itself; off the FX thread. */
    protected List<R> readAll() {
        throw new UnsupportedOperationException();
    }

    /** The rows of these requests now (an id not among them left the queue); off the FX thread. */
    protected List<R> read(java.util.Collection<Long> ids) {
        throw new UnsupportedOperationException();
    }

    protected long id(R row) {
        return source(row).view().id();
    }

    protected QueueSync sync(R row) {
        return QueueSync.of(source(row));
    }

    protected boolean isOpened(R row) {
        return source(row).opened();
    }

    /** What {@link #matches(Object, Object, Object)} needs of a row, made once per read row (off the FX thread). */
    protected Object key(R row) {
        return null;
    }

    /** The query with the row's {@link #key}: by default {@link #matches(Object, Object)}. */
    protected boolean matches(Q query, R row, Object key) {
        return matches(query, row);
    }

    /** Whether {@code query} matches only rows {@code wider} matched (typing on): the last result is narrowed. */
    protected boolean narrows(Q query, Q wider) {
        return false;
    }

    /** The table's columns; {@link KindColumn#status} is drawn with the sync badge. */
    protected abstract List<KindColumn<R>> columns();

    /** The 状态 cell's text (the badge is the core's). */
    protected abstract String statusText(R row);

    /** A style class of the 状态 cell's text (e.g. coloured by status in the kind's CSS); none by default. */
    protected String statusStyle(R row) {
        return null;
    }

    /** Pseudo classes of a row (none by default). */
    protected List<RowMark<R>> rowMarks() {
        return List.of();
    }

    /** The kind's query conditions with their captions; they call {@link #query} when changed. */
    protected abstract List<Node> filters();

    /** Sets the kind's conditions back to their defaults (the model's query is reset by the core). */
    protected abstract void clearFilters();

    /** The detail pane with the form. */
    protected abstract Node detail();

    /** Shows a row in the detail and form: a newly selected one, or the shown one after it changed. */
    protected abstract void show(R row);

    /** Enter: the focus into the form. */
    protected abstract void focusForm();

    /**
     * Saves the form into the outbox (checked with the kind's rules first); {@code onSaved} on the FX thread once it
     * is stored. Returns false when nothing was saved (the form says why).
     */
    protected abstract void saveForm(Runnable onSaved);

    /** The kind's own keys while the keyboard is in this queue (true: handled). */
    protected boolean kindKey(KeyEvent e) {
        return false;
    }

    /** Several rows may be selected at once (a kind's batch action over them); one by default. */
    protected boolean multipleSelection() {
        return false;
    }

    /** The list's share of the width beside the detail. */
    protected double listShare() {
        return 0.575;
    }

    /**
     * Hides the kind's columns {@code ids} until the judge shows them in the column chooser (which remembers the
     * choice): the columns a judge needs less, shown whole in the detail, so the list fits beside the detail at
     * 1280 px without scrolling sideways (issue 13). Call after {@link #install()}.
     */
    protected final void hideByDefault(String... ids) {
        Set<String> hidden = Set.of(ids);
        for (TableColumn<R, ?> c : table.getColumns()) {
            if (c.getUserData() instanceof KindColumn<?> k && hidden.contains(k.id())) {
                c.setVisible(false);
            }
        }
    }

    /**
     * The count's words: "{0} of {1}" (shown, loaded). The kind's own {@code name.count.rows} where its bundle has one
     * (the first kinds on the core say "{0} / {1} 件"), else the common {@code queue.count}.
     */
    protected String countKey() {
        String own = name + ".count.rows";
        return Messages.bundle().containsKey(own) ? own : "queue.count";
    }

    /** What the empty list says. */
    protected String emptyKey() {
        return name + ".empty";
    }

    /**
     * The table's look: striped, edge to edge, rows 34 px high, columns fitted to the width (later ones give way). A
     * kind overrides it only where its table truly looks otherwise.
     */
    protected void styleTable(TableView<R> table) {
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setFixedCellSize(34);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
    }

    /**
     * Whether Ctrl+S moves on to the next request still to do once saved (the default); a kind may keep the saved
     * request on screen instead (its 已保存，待同步 and 撤回 in view; J moves on).
     */
    protected boolean nextAfterSave() {
        return true;
    }

    /**
     * Whether the bar over the detail shows what waits for upload (撤回) or was refused (处理冲突); a kind whose detail
     * and form show that themselves (their own notice, 撤回 and conflict button, calling {@link #withdraw} and
     * {@link #showConflict}) leaves it out. Shown by default.
     */
    protected boolean syncBarShown() {
        return true;
    }

    /** The free-text condition Ctrl+F goes to (none by default). */
    protected TextInputControl searchField() {
        return null;
    }

    /** After the visible rows changed (e.g. a filter's choices made from the rows). */
    protected void rowsChanged() {}

    /** The words of the user's action in the conflict dialog (by default the action's name). */
    protected String actionText(PendingAction action) {
        return action.op();
    }

    // ------------------------------------------------------------------ construction

    /** Builds the tab: call once at the end of the kind's constructor, after its detail and form exist. */
    protected final void install() {
        marks = List.copyOf(rowMarks());
        title = Bindings.createStringBinding(() -> Messages.format("tab." + name, model.openCountProperty().get()),
                model.openCountProperty());
        setTop(filterBar());
        buildTable();
        VBox right = new VBox(syncBar, detail());
        VBox.setVgrow(detail(), Priority.ALWAYS);
        right.getStyleClass().add("queue-detail-column");
        buildSyncBar();
        SplitPane split = new SplitPane(table, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(listShare());
        SplitPane.setResizableWithParent(right, false);
        split.getStyleClass().add("queue-split");
        setCenter(split);

        model.rows().addListener((ListChangeListener<R>) c -> afterRowsChanged());
        model.totalCountProperty().addListener((o, a, b) -> updateCount());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            // a row the table selects while the model changes the rows (a neighbour of a removed selected row) is not
            // the user's choice: afterRowsChanged puts the selection back on the request shown, or on none
            if (!reselecting && !model.changingRows()) {
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
        updateCount();
    }

    private Node filterBar() {
        syncFilter.setId(name + "-filter-sync");
        syncFilter.getItems().setAll(SyncFilter.values());
        syncFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(SyncFilter s) {
                return s == null ? "" : s.label();
            }

            @Override
            public SyncFilter fromString(String s) {
                return null;
            }
        });
        syncFilter.setValue(SyncFilter.ALL);
        syncFilter.valueProperty().addListener((o, a, b) -> model.syncFilterProperty().set(b == null ? SyncFilter.ALL : b));
        model.syncFilterProperty().addListener((o, a, b) -> {
            if (syncFilter.getValue() != b) {
                syncFilter.setValue(b);
            }
        });
        Button reset = new Button(Messages.get("queue.filter.reset"), Icons.of(MaterialDesignF.FILTER_OUTLINE, 14));
        reset.setId(name + "-filter-reset");
        reset.getStyleClass().add(Styles.FLAT);
        reset.setOnAction(e -> resetFilters());
        reset.setMinWidth(Region.USE_PREF_SIZE);

        FlowPane conditions = new FlowPane(6, 6);
        conditions.setAlignment(Pos.CENTER_LEFT);
        conditions.getChildren().addAll(filters());
        // the search field as wide as its prompt, the only hint of what it searches (issue 13: prompts cut at 1280 px)
        if (searchField() instanceof javafx.scene.control.TextField search) {
            org.courtdesk.app.ui.PromptFit.fit(search, 120);
        }
        // 同步 with its box and 重置 wrap as one: never the caption alone at the end of a line (issue 13)
        HBox sync = new HBox(6, caption("kindqueue.filter.sync"), syncFilter, reset);
        sync.setAlignment(Pos.CENTER_LEFT);
        conditions.getChildren().add(sync);
        count.setId(name + "-count");
        count.getStyleClass().addAll(Styles.TEXT_MUTED);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(conditions, Priority.ALWAYS);
        conditions.setMinWidth(0);
        HBox bar = new HBox(6, conditions, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("filter-bar");
        // One line while it fits, a second one in a narrow window or a longer language: nothing is cut.
        conditions.prefWrapLengthProperty().bind(bar.widthProperty().subtract(count.widthProperty()).subtract(30));
        return bar;
    }

    /** A caption of a query condition, never cut. */
    protected static Label caption(String key) {
        Label l = new Label(Messages.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void buildTable() {
        table.setId(name + "-table");
        table.setItems(model.rows());
        table.getStyleClass().addAll("queue-table", name + "-table");
        var css = getClass().getResource(name + ".css");
        if (css != null) {
            table.getStylesheets().add(css.toExternalForm());
        }
        Label empty = new Label(Messages.get(emptyKey()));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        if (multipleSelection()) {
            table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        }
        styleTable(table);
        boolean first = true;
        for (KindColumn<R> k : columns()) {
            TableColumn<R, R> c = new TableColumn<>(Messages.get(k.headerKey()));
            c.setId(name + "-col-" + k.id());
            c.setUserData(k);
            // the first column carries the unopened dot: room for it beside the kind's text
            double dotRoom = first ? DOT_ROOM : 0;
            c.setPrefWidth(k.width() + dotRoom);
            c.setMinWidth(k.minWidth() + dotRoom);
            c.setSortable(k.order() != null);
            c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
            if (k.styleClass() != null) {
                c.getStyleClass().addAll(k.styleClass().split(" "));
            }
            boolean dot = first;
            c.setCellFactory(col -> k.text() == null ? new StatusCell() : new TextCell(k, dot));
            table.getColumns().add(c);
            first = false;
        }
        table.setRowFactory(t -> {
            TableRow<R> row = new TableRow<>() {
                @Override
                protected void updateItem(R item, boolean empty) {
                    super.updateItem(item, empty);
                    boolean has = !empty && item != null;
                    QueueSync s = has ? model.sync(item) : QueueSync.NONE;
                    pseudoClassStateChanged(UNOPENED, has && !model.isOpened(item));
                    pseudoClassStateChanged(CONFLICT, s.needsUser());
                    pseudoClassStateChanged(PENDING_SYNC, s == QueueSync.PENDING);
                    for (RowMark<R> m : marks) {
                        pseudoClassStateChanged(m.pseudoClass(), has && m.when().test(item));
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openSelected();
                }
            });
            return row;
        });
        // Sorting happens in the model, off the FX thread; the table only says what the judge clicked.
        table.setSortPolicy(t -> {
            List<KindSort<R>> by = new ArrayList<>();
            for (TableColumn<R, ?> c : t.getSortOrder()) {
                if (c.getUserData() instanceof KindColumn<?> k && k.order() != null) {
                    @SuppressWarnings("unchecked")
                    KindColumn<R> col = (KindColumn<R>) k;
                    by.add(new KindSort<>(col, c.getSortType() == TableColumn.SortType.ASCENDING));
                }
            }
            if (!Objects.equals(by, model.sortProperty().get())) {
                model.sortProperty().set(by);
            }
            return true;
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
    }

    private void buildSyncBar() {
        syncBar.setId(name + "-syncbar");
        syncBar.getStyleClass().add("queue-sync-bar");
        syncBar.setAlignment(Pos.CENTER_LEFT);
        syncBar.setPadding(new Insets(6, 10, 6, 10));
        syncNote.setId(name + "-sync-note");
        syncNote.setWrapText(true);
        syncNote.setMaxWidth(Double.MAX_VALUE);
        syncNote.setMinHeight(Region.USE_PREF_SIZE); // wrapped whole above a tall detail, never cut to one line
        HBox.setHgrow(syncNote, Priority.ALWAYS);
        withdraw.setId(name + "-withdraw");
        withdraw.setText(Messages.get("review.withdraw"));
        withdraw.setTooltip(new Tooltip(Messages.get("kindqueue.withdraw.tooltip")));
        withdraw.setMinWidth(Region.USE_PREF_SIZE);
        withdraw.setOnAction(e -> withdraw());
        conflict.setId(name + "-conflict");
        conflict.setText(Messages.get("kindqueue.conflict.open"));
        conflict.getStyleClass().add(Styles.DANGER);
        conflict.setMinWidth(Region.USE_PREF_SIZE);
        conflict.setOnAction(e -> showConflict());
        syncBar.getChildren().addAll(syncNote, withdraw, conflict);
        showSyncBar(null, null);
    }

    /** The bar over the detail: what waits for upload (撤回) or was refused (处理冲突); a note, or nothing. */
    private void showSyncBar(QueueSync s, String note) {
        boolean pending = s == QueueSync.PENDING;
        boolean refused = s != null && s.needsUser();
        String text = note != null ? note
                : pending ? Messages.get("kindqueue.sync.note.pending")
                : refused ? Messages.get(s == QueueSync.CONFLICT ? "kindqueue.sync.note.conflict" : "kindqueue.sync.note.refused")
                : null;
        syncNote.setText(text);
        withdraw.setVisible(pending);
        withdraw.setManaged(pending);
        conflict.setVisible(refused);
        conflict.setManaged(refused);
        boolean shown = text != null && syncBarShown();
        syncBar.setVisible(shown);
        syncBar.setManaged(shown);
        syncBar.getStyleClass().removeAll("sync-bar-pending", "sync-bar-conflict");
        if (shown) {
            syncBar.getStyleClass().add(refused ? "sync-bar-conflict" : "sync-bar-pending");
        }
    }

    // ------------------------------------------------------------------ cells

    /** A text cell: the kind's text, with the unopened dot in the first column; one tooltip, reused. */
    private final class TextCell extends TableCell<R, R> {
        private final KindColumn<R> column;
        private final Circle dot;
        private Tooltip tooltip;
        /** The text, font and width last measured ({@link #widen}): a cell laid out again unchanged is not measured. */
        private String measuredText;
        private javafx.scene.text.Font measuredFont;
        private double measuredWidth;

        TextCell(KindColumn<R> column, boolean withDot) {
            this.column = column;
            this.dot = withDot ? new Circle(3.5) : null;
            if (dot != null) {
                dot.getStyleClass().add("unopened-dot");
                setGraphicTextGap(7);
            }
        }

        @Override
        protected void updateItem(R item, boolean empty) {
            super.updateItem(item, empty);
            if (column.cellMark() != null) {
                pseudoClassStateChanged(column.cellMark().pseudoClass(), !empty && item != null
                        && column.cellMark().when().test(item));
            }
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            String text = column.text().apply(item);
            setText(text);
            if (dot != null) {
                boolean unopened = !model.isOpened(item);
                dot.setVisible(unopened);
                setGraphic(dot);
                if (tooltip == null) {
                    tooltip = new Tooltip();
                }
                tooltip.setText((text == null ? "" : text) + (unopened ? "  · " + Messages.get("queue.unopened") : ""));
                if (getTooltip() != tooltip) {
                    setTooltip(tooltip);
                }
            } else if (column.tooltip() != null) {
                String tip = column.tooltip().apply(item);
                if (tip == null || tip.isEmpty()) {
                    setTooltip(null);
                } else {
                    if (tooltip == null) {
                        tooltip = new Tooltip();
                    }
                    tooltip.setText(tip);
                    if (getTooltip() != tooltip) {
                        setTooltip(tooltip);
                    }
                }
            }
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (!isEmpty()) {
                widen(); // measured once styled, in the font shown
            }
        }

        /**
         * {@link #widenTo} with the text's width measured only when the cell's text or font changed since it was last
         * measured (issue 14: every layout pass of every visible cell measured its text on the FX thread).
         */
        private void widen() {
            String text = getText();
            if (text == null || text.isEmpty()) {
                return;
            }
            javafx.scene.text.Font font = getFont();
            if (!text.equals(measuredText) || !Objects.equals(font, measuredFont)) {
                measuredWidth = textWidth(text, font);
                measuredText = text;
                measuredFont = font;
            }
            widenTo(this, measuredWidth);
        }
    }

    /** One text node measures every cell's text (FX thread): a new node per measure cost more than the measuring. */
    private static final javafx.scene.text.Text MEASURE = new javafx.scene.text.Text();

    /** The width of {@code s} in {@code font}, as {@code TableColumns.textWidth} measures it. FX thread. */
    private static double textWidth(String s, javafx.scene.text.Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(s);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /**
     * A column grows (never shrinks) to show a cell's short text whole, in any language and font (the policy of
     * {@link KindColumn#FIT_CAP}); a kind-neutral twin of the 状态 cell's {@code widen}.
     */
    private static void widenTo(TableCell<?, ?> cell, double textWidth) {
        TableColumn<?, ?> column = cell.getTableColumn();
        if (column == null) {
            return;
        }
        double graphic = cell.getGraphic() != null && cell.getGraphic().isManaged()
                ? cell.getGraphic().prefWidth(-1) + cell.getGraphicTextGap() : 0;
        double need = KindColumn.fit(textWidth + graphic
                + cell.snappedLeftInset() + cell.snappedRightInset() + 4);
        if (!Double.isNaN(need) && need > column.getWidth() && need > column.getMinWidth()) {
            Platform.runLater(() -> {
                if (need > column.getMinWidth()) {
                    column.setMinWidth(need);
                    if (column.getPrefWidth() < need) {
                        column.setPrefWidth(need);
                    }
                    refit(column.getTableView()); // the others give the room back, as for 状态's badge
                }
            });
        }
    }

    /** 状态 with a 待同步 / 冲突 badge: its nodes made once and updated, never new ones per update. */
    private final class StatusCell extends TableCell<R, R> {
        private final Label status = new Label();
        private final Label badge = new Label();
        /**
         * The badge is always the box's child, shown or hidden: a cell given a row with another sync state (a sort or a
         * filter moves rows under the cells) adding or removing it made CSS style the new child from scratch and lay the
         * box out again (issue 14).
         */
        private final HBox box = new HBox(6, status, badge);
        private String statusStyleShown;

        StatusCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            status.getStyleClass().add("status-text");
            badge.getStyleClass().add("badge");
            status.setMinWidth(Region.USE_PREF_SIZE);
            badge.setMinWidth(Region.USE_PREF_SIZE);
            badge.setVisible(false);
            badge.setManaged(false);
        }

        @Override
        protected void updateItem(R item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            status.setText(statusText(item));
            String style = statusStyle(item);
            if (!Objects.equals(style, statusStyleShown)) { // a change of classes makes CSS run again: only when it differs
                if (statusStyleShown != null) {
                    status.getStyleClass().remove(statusStyleShown);
                }
                if (style != null) {
                    status.getStyleClass().add(style);
                }
                statusStyleShown = style;
            }
            QueueSync s = model.sync(item);
            if (s != QueueSync.NONE) {
                String key = switch (s) {
                    case PENDING -> "sync.mark.pending";
                    case CONFLICT -> "sync.mark.conflict";
                    default -> "kindqueue.sync.refused";
                };
                badge.setText(Messages.get(key));
                String cls = s == QueueSync.PENDING ? "badge-pending" : "badge-conflict";
                if (!badge.getStyleClass().contains(cls)) {
                    badge.getStyleClass().removeAll("badge-pending", "badge-conflict");
                    badge.getStyleClass().add(cls);
                }
                if (!badge.isVisible()) {
                    badge.setVisible(true);
                    badge.setManaged(true);
                }
            } else if (badge.isVisible()) {
                badge.setVisible(false);
                badge.setManaged(false);
            }
            if (getGraphic() != box) {
                setGraphic(box);
            }
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (getGraphic() == box) {
                widen(); // measured once styled: the badge's words in the language shown
            }
        }

        /** The column grows (never shrinks) to show status and badge whole, in any language. */
        private void widen() {
            TableColumn<R, R> column = getTableColumn();
            if (column == null) {
                return;
            }
            double need = Math.ceil(status.prefWidth(-1) + (badge.isVisible() ? 6 + badge.prefWidth(-1) : 0)
                    + snappedLeftInset() + snappedRightInset() + 4);
            if (need > column.getWidth() && need > column.getMinWidth()) {
                Platform.runLater(() -> {
                    if (need > column.getMinWidth()) {
                        column.setMinWidth(need);
                        if (column.getPrefWidth() < need) {
                            column.setPrefWidth(need);
                        }
                        refit(column.getTableView());
                    }
                });
            }
        }
    }

    /**
     * A constrained table spreads its columns again over its width (a column that grew by itself, e.g. 状态 for its
     * badge, takes its room from the others instead of pushing the last column out of sight).
     */
    private static void refit(TableView<?> table) {
        if (table == null) {
            return;
        }
        var policy = table.getColumnResizePolicy();
        if (policy != TableView.UNCONSTRAINED_RESIZE_POLICY) {
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            table.setColumnResizePolicy(policy);
        }
    }

    // ------------------------------------------------------------------ behaviour

    /** The kind changed these requests itself (an action besides the form's save): their rows are read again. */
    protected final void reread(RequestRef ref) {
        model.changed(Set.of(ref));
    }

    /** Changes the kind's query (the model refilters off the FX thread). */
    protected final void query(UnaryOperator<Q> change) {
        model.queryProperty().set(change.apply(model.queryProperty().get()));
    }

    private void afterRowsChanged() {
        updateCount();
        rowsChanged();
        if (shownId < 0) {
            return;
        }
        List<R> rows = model.rows();
        for (int i = 0; i < rows.size(); i++) {
            R r = rows.get(i);
            if (model.id(r) != shownId) {
                continue;
            }
            reshow(r);
            R selected = table.getSelectionModel().getSelectedItem();
            boolean batch = table.getSelectionModel().getSelectedItems().size() > 1;
            if (!batch && (selected == null || model.id(selected) != shownId)) {
                int index = i;
                reselecting = true;
                try {
                    table.getSelectionModel().clearAndSelect(index);
                } finally {
                    reselecting = false;
                }
            }
            return;
        }
        // filtered out by now (e.g. decided under a 待审查 filter): the detail still follows it, and no other row stays
        // selected in its place (the table selects a neighbour of a removed selected row by itself)
        R selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && model.id(selected) != shownId
                && table.getSelectionModel().getSelectedItems().size() <= 1) {
            reselecting = true;
            try {
                table.getSelectionModel().clearSelection();
            } finally {
                reselecting = false;
            }
        }
        model.row(shownId).ifPresent(this::reshow);
    }

    private void reshow(R r) {
        if (!same(r, shownRow)) {
            shownRow = r;
            show(r);
            showSyncBar(model.sync(r), null);
        }
    }

    /** The same request as shown: its view and the user's actions on it unchanged (opening it does not count). */
    private boolean same(R a, R b) {
        if (a == null || b == null) {
            return a == b;
        }
        return sameContent(a, b);
    }

    /** Two rows of one request say the same (opening it does not count): its view and the user's actions on it. */
    protected boolean sameContent(R a, R b) {
        KindRow<V> x = source(a);
        KindRow<V> y = source(b);
        return Objects.equals(x.view(), y.view()) && x.pending().equals(y.pending());
    }

    private void updateCount() {
        count.setText(Messages.format(countKey(), model.rows().size(), model.totalCountProperty().get()));
    }

    private void onSelected(R row) {
        if (row == null || model.id(row) == shownId && same(row, shownRow)) {
            return;
        }
        shownId = model.id(row);
        shownRow = row;
        show(row);
        showSyncBar(model.sync(row), null);
        // Not inside the selection event: changing the items there confuses the selection model.
        // a batch selection being made is left alone (measured when it runs: the next rows are selected by then)
        Platform.runLater(() -> model.markOpened(row, table.getSelectionModel().getSelectedItems().size() > 1));
    }

    private void onKey(KeyEvent e) {
        if (!active || !isVisible() || !keyboardHere()) {
            return;
        }
        if (SAVE.match(e)) {
            save();
        } else if (!kindKey(e)) {
            return;
        }
        e.consume();
    }

    /**
     * The form's keys act only in the queue's areas of KeyTable (the list, detail and form), never while the keyboard is
     * in the material viewer docked beside the queues (the main window's reading pane).
     */
    private boolean keyboardHere() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
            if (n.getStyleClass().contains(VIEWER_AREA)) {
                return false;
            }
        }
        return true;
    }

    /** 撤回: the decision saved here and not yet uploaded leaves the outbox; the form offers it again. */
    public void withdraw() {
        R row = shownRow;
        if (row == null) {
            return;
        }
        RequestRef ref = model.ref(row);
        withdraw.setDisable(true);
        Fx.async(() -> workspace.withdrawPending(ref), ok -> {
            withdraw.setDisable(false);
            if (ok) {
                model.changed(Set.of(ref), () -> {
                    if (shownId == ref.id()) {
                        showSyncBar(QueueSync.NONE, Messages.get("review.withdrawn"));
                        focusForm();
                    }
                });
            } else {
                showSyncBar(model.sync(row), Messages.get("review.withdrawFailed"));
            }
        }, t -> {
            withdraw.setDisable(false);
            showSyncBar(model.sync(row), Messages.format("kindqueue.failed", String.valueOf(t.getMessage())));
        });
    }

    /** The refusal of the shown request's action: the server's state beside mine, and the ways out. */
    public void showConflict() {
        R row = shownRow;
        if (row == null) {
            return;
        }
        openConflictOf(row);
    }

    /**
     * The server's 409 refusals of a row, each by a key of its own: the conflict dialog opens by itself once per key.
     * By default the ids of the row's actions in conflict.
     */
    protected List<Object> conflictKeys(R row) {
        return source(row).pending().stream().filter(a -> a.state() == OutboxState.CONFLICT)
                .map(a -> (Object) a.id()).toList();
    }

    /**
     * A kind whose refusals are not the core's actions (its own outbox entries) opens its own conflict dialog here,
     * not blocking the FX thread, calls {@code closed} once it is closed and answers true; false (the default): the
     * core's {@link KindConflictDialog} on the row's refused actions.
     */
    protected boolean openOwnConflict(R row, Runnable closed) {
        return false;
    }

    /** The conflict dialog of a row (the kind's or the core's), one at a time. */
    private void openConflictOf(R row) {
        if (conflictOpen) {
            return;
        }
        conflictOpen = true;
        if (openOwnConflict(row, () -> conflictOpen = false)) {
            return;
        }
        conflictOpen = false;
        List<PendingAction> refused = source(row).pending().stream().filter(PendingAction::needsUser).toList();
        if (!refused.isEmpty()) {
            openConflict(row, refused);
        }
    }

    /** The core's conflict dialog of a row, not blocking the FX thread. */
    private void openConflict(R row, List<PendingAction> refused) {
        if (conflictOpen) {
            return;
        }
        conflictOpen = true;
        PendingAction action = refused.get(0);
        KindConflictDialog dialog = new KindConflictDialog(getScene() == null ? null : getScene().getWindow(), action,
                statusText(row), actionText(action), clock.getZone());
        conflictDialog = dialog;
        dialog.setOnHidden(e -> {
            conflictDialog = null;
            conflictOpen = false;
            KindConflictDialog.Choice c = dialog.getResult();
            if (c != null) {
                resolve(row, refused, c);
            }
        });
        dialog.show();
    }

    /**
     * A sync marked a decision of these requests 冲突 (the server answered 409): while this queue is on screen, the
     * conflict dialog opens by itself for the first such conflict not put before the user yet, with its request
     * selected behind it — once per conflict (a later sync bringing the same one does not reopen it). A queue not on
     * screen only shows the badge.
     */
    private void offerNewConflicts(Set<RequestRef> refs) {
        if (!active || !isVisible() || getScene() == null || conflictOpen) {
            return;
        }
        for (RequestRef ref : refs) {
            R row = model.row(ref.id()).orElse(null);
            if (row == null) {
                continue;
            }
            List<Object> fresh = conflictKeys(row).stream().filter(k -> !offeredConflicts.contains(k)).toList();
            if (fresh.isEmpty()) {
                continue;
            }
            offeredConflicts.addAll(fresh);
            if (table.getItems().contains(row)) {
                table.getSelectionModel().clearAndSelect(table.getItems().indexOf(row));
                table.scrollTo(row);
            }
            onSelected(row);
            openConflictOf(row);
            return;
        }
    }

    /** The conflict dialog open now, or null. */
    public KindConflictDialog conflictDialog() {
        return conflictDialog;
    }

    void resolve(R row, List<PendingAction> refused, KindConflictDialog.Choice choice) {
        RequestRef ref = model.ref(row);
        Fx.async(() -> {
            refused.forEach(a -> workspace.discardAction(a.id()));
            return Boolean.TRUE;
        }, ok -> model.changed(Set.of(ref), () -> {
            if (choice == KindConflictDialog.Choice.DECIDE_AGAIN && shownId == ref.id()) {
                focusForm();
            }
        }), t -> showSyncBar(model.sync(row), Messages.format("kindqueue.failed", String.valueOf(t.getMessage()))));
    }

    // ------------------------------------------------------------------ QueueTab

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
        if (requests == null) {
            model.changed(null);
            return;
        }
        Set<RequestRef> mine = requests.stream().filter(r -> r.kind() == model.kind())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        if (mine.isEmpty()) {
            return;
        }
        model.changed(mine, () -> {
            // the detail follows its request also when a filter hides it before and after the change (no list change)
            if (shownId >= 0 && mine.contains(RequestRef.of(model.kind(), shownId))) {
                model.row(shownId).ifPresent(this::reshow);
            }
            offerNewConflicts(mine);
        });
    }

    @Override
    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public void next() {
        move(1);
    }

    @Override
    public void previous() {
        move(-1);
    }

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
    }

    /**
     * From 今日到期 or a reminder: this request selected and open (filters reset if they hide it). Asked before the
     * queue's first load has landed (a view built moments before, e.g. by selecting its tab), the request is remembered
     * and shown once the rows are there; true then, as the rows are not known yet. The latest request asked wins.
     */
    @Override
    public boolean show(RequestRef request) {
        if (request.kind() != model.kind()) {
            return false;
        }
        if (!model.loadedProperty().get()) {
            boolean first = showAfterLoad == null;
            showAfterLoad = request;
            if (first) {
                model.loadedProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
                    @Override
                    public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                        if (now) {
                            o.removeListener(this);
                            RequestRef wanted = showAfterLoad;
                            showAfterLoad = null;
                            show(wanted);
                        }
                    }
                });
            }
            return true;
        }
        return QueueSelection.show(table, model::id, request.id(), model.row(request.id()).isPresent(),
                this::resetFilters, this::openSelected);
    }

    /** Enter: the selected request (or the first) opens, with the focus in its form. */
    @Override
    public void openSelected() {
        R r = table.getSelectionModel().getSelectedItem();
        if (r == null && !table.getItems().isEmpty()) {
            table.getSelectionModel().clearAndSelect(0);
            r = table.getSelectionModel().getSelectedItem();
        }
        if (r != null) {
            onSelected(r);
            focusForm();
        }
    }

    /** Ctrl+S: into the outbox; once the row says 待同步, on to the first request still to do. */
    @Override
    public void save() {
        R row = shownRow;
        if (row == null) {
            return;
        }
        RequestRef ref = model.ref(row);
        saveForm(() -> model.changed(Set.of(ref), () -> {
            for (R r : nextAfterSave() ? model.rows() : List.<R>of()) {
                if (model.id(r) != ref.id() && answerable(r)) {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                    return;
                }
            }
        }));
    }

    @Override
    public void focusFilter() {
        TextInputControl t = searchField();
        if (t != null) {
            t.requestFocus();
            t.selectAll();
        }
    }

    @Override
    public void resetFilters() {
        clearFilters();
        syncFilter.setValue(SyncFilter.ALL);
        model.queryProperty().set(model.defaultQuery());
    }

    @Override
    public void focusTable() {
        table.requestFocus();
    }

    @Override
    public String keysHelp() {
        return Messages.get(name + ".keys");
    }

    @Override
    public void dispose() {
        model.dispose();
    }

    // ------------------------------------------------------------------ for the kind and tests

    public TableView<R> table() {
        return table;
    }

    public KindQueueModel<V, R, Q> model() {
        return model;
    }

    /** The id of the request shown in the detail, or -1. */
    public long shownId() {
        return shownId;
    }

    /** The row shown in the detail, or null. */
    public R shownRow() {
        return shownRow;
    }

    /** Shortcut for the kind's filters: a list that the core lays out. */
    protected static List<Node> nodes(Node... n) {
        return new ArrayList<>(List.of(n));
    }
}
