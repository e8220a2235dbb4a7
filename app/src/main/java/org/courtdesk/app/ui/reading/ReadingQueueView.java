package org.courtdesk.app.ui.reading;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
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
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.Icons;
import org.courtdesk.app.workspace.Conflict;
import org.courtdesk.app.workspace.ConflictResolution;
import org.courtdesk.app.workspace.PendingAttendance;
import org.courtdesk.app.workspace.PendingDecision;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.MaterialRef;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestStatus;

/**
 * The 阅卷申请 tab: query conditions, the queue table (virtual; filtered and sorted off the FX thread), the detail
 * pane and the review form. Keyboard: J/K or arrows move, Enter opens, Ctrl+1/Ctrl+2 decide, Ctrl+S saves.
 */
public final class ReadingQueueView extends BorderPane {

    private static final PseudoClass UNOPENED = PseudoClass.getPseudoClass("unopened");
    private static final PseudoClass CONFLICT = PseudoClass.getPseudoClass("conflict");
    private static final PseudoClass PENDING_SYNC = PseudoClass.getPseudoClass("pending-sync");
    /** The judge granted another 阅卷方式 than the one asked for. */
    private static final PseudoClass MODE_CHANGED = PseudoClass.getPseudoClass("mode-changed");

    private final Workspace workspace;
    private final Clock clock;
    private final QueueViewModel model;
    private final ReviewFormModel formModel;
    private final AttendanceFormModel attendanceModel;
    private final AttendanceFormView attendanceForm;
    private final ReviewFormView form;
    private final ReadingDetailView detail;
    private final TableView<ReadingQueueRow> table = new TableView<>();
    private final TextField caseFilter = new TextField();
    private final TextField applicantFilter = new TextField();
    private final ComboBox<StatusFilter> statusFilter = new ComboBox<>();
    private final DatePicker fromDate = new DatePicker();
    private final DatePicker toDate = new DatePicker();
    private final Label count = new Label();
    private final AtomicLong detailGeneration = new AtomicLong();
    private final BiConsumer<ReadingRequestView, MaterialRef> openMaterial;
    private long shownId = -1;
    private boolean reselecting;

    /**
     * @param openMaterial opens a material in the in-app viewer (request, material)
     */
    public ReadingQueueView(Workspace workspace, Clock clock, BiConsumer<ReadingRequestView, MaterialRef> openMaterial) {
        this.workspace = workspace;
        this.clock = clock;
        setId("reading-queue");
        getStyleClass().add("queue-view");
        this.model = new QueueViewModel(workspace, clock, Platform::runLater);
        this.formModel = new ReviewFormModel(workspace, Fx.background(), Platform::runLater);
        this.form = new ReviewFormView(formModel, this::save, this::withdraw);
        this.openMaterial = openMaterial;
        this.attendanceModel = new AttendanceFormModel(workspace, Fx.background(), Platform::runLater,
                () -> LocalDateTime.ofInstant(clock.instant(), model.zone()));
        this.attendanceForm = new AttendanceFormView(attendanceModel, this::saveAttendance);
        this.detail = new ReadingDetailView(form, attendanceForm, model.zone(), this::openMaterial, this::showConflict);

        setTop(filterBar());
        buildTable();
        Label empty = new Label(Messages.get("queue.empty"), Icons.of(MaterialDesignI.INBOX_OUTLINE, 28));
        empty.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);

        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.65);
        SplitPane.setResizableWithParent(detail, false);
        split.getStyleClass().add("queue-split");
        setCenter(split);

        model.rows().addListener((ListChangeListener<ReadingQueueRow>) c -> afterRowsChanged());
        model.totalCountProperty().addListener((o, a, b) -> updateCount());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!reselecting) {
                onSelected(b);
            }
        });
        // No load here: the owner calls refresh() once it listens to the workspace, so no change can slip
        // between this first read and the listener (MainWindow).
    }

    private void openMaterial(MaterialRef m) {
        if (detail.shown() != null) {
            openMaterial.accept(detail.shown(), m);
        }
    }

    // ---- construction ----

    private HBox filterBar() {
        statusFilter.setId("filter-status");
        statusFilter.getItems().setAll(StatusFilter.values());
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(StatusFilter s) {
                return s == null ? "" : Messages.get(s.key());
            }

            @Override
            public StatusFilter fromString(String s) {
                return null;
            }
        });
        statusFilter.setValue(model.queryProperty().get().status());
        statusFilter.valueProperty().addListener((o, a, b) -> model.queryProperty().set(model.queryProperty().get().withStatus(b)));

        caseFilter.setId("filter-case");
        caseFilter.setPromptText(Messages.get("queue.filter.case.prompt"));
        caseFilter.setTooltip(new Tooltip(Messages.get("queue.filter.case.prompt") + "  (Ctrl+F)"));
        caseFilter.setPrefColumnCount(16);
        caseFilter.textProperty().addListener((o, a, b) -> model.queryProperty().set(model.queryProperty().get().withCaseNumber(b)));
        applicantFilter.setId("filter-applicant");
        applicantFilter.setPromptText(Messages.get("queue.filter.applicant.prompt"));
        applicantFilter.setPrefColumnCount(8);
        applicantFilter.textProperty().addListener((o, a, b) -> model.queryProperty().set(model.queryProperty().get().withApplicant(b)));
        for (DatePicker p : List.of(fromDate, toDate)) {
            p.setPrefWidth(132);
            p.setConverter(ReviewFormViewDates.CONVERTER);
            p.valueProperty().addListener((o, a, b) -> model.queryProperty().set(
                    model.queryProperty().get().withDates(fromDate.getValue(), toDate.getValue())));
        }
        // The model may change the query itself (a shortcut, a test, a saved view): the controls follow it, so the
        // 状态 box never names a filter other than the one the table applies. The text boxes keep what was typed.
        model.queryProperty().addListener((o, a, q) -> {
            if (statusFilter.getValue() != q.status()) {
                statusFilter.setValue(q.status());
            }
            if (!java.util.Objects.equals(fromDate.getValue(), q.from())) {
                fromDate.setValue(q.from());
            }
            if (!java.util.Objects.equals(toDate.getValue(), q.to())) {
                toDate.setValue(q.to());
            }
        });
        fromDate.setId("filter-from");
        fromDate.setPromptText(Messages.get("queue.filter.from"));
        toDate.setId("filter-to");
        toDate.setPromptText(Messages.get("queue.filter.to"));

        Button reset = new Button(Messages.get("queue.filter.reset"), Icons.of(MaterialDesignF.FILTER_OUTLINE, 14));
        reset.setId("filter-reset");
        reset.getStyleClass().add(Styles.FLAT);
        reset.setOnAction(e -> resetFilters());

        count.setId("queue-count");
        count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label search = new Label(null, Icons.of(MaterialDesignM.MAGNIFY, 16));
        HBox bar = new HBox(8,
                caption("queue.filter.status"), statusFilter,
                search, caseFilter, applicantFilter,
                caption("queue.filter.dates"), fromDate, new Label("—"), toDate,
                reset, spacer, count);
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
        table.setId("queue-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE, "queue-table");
        table.setFixedCellSize(34);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        var zone = model.zone();
        // Minimum widths keep 案号, dates, 申请内容, status and the time columns readable; the court gives way.
        // 案号 needs 222 px: "（2025）粤0106民初11695号" is 186 px in 13 px Droid Sans Fallback, plus dot and padding.
        TableColumn<ReadingQueueRow, ReadingQueueRow> caseNo = column(QueueColumn.CASE_NUMBER, 228, 222, ReadingQueueRow::caseNumber);
        caseNo.setCellFactory(c -> new CaseNumberCell());
        table.getColumns().add(caseNo);
        TableColumn<ReadingQueueRow, ReadingQueueRow> court = column(QueueColumn.COURT, 90, 56, r -> RowFormat.courtShort(r.courtName()));
        table.getColumns().add(court);
        table.getColumns().add(column(QueueColumn.APPLICANT, 64, 52, ReadingQueueRow::applicantName));
        table.getColumns().add(column(QueueColumn.APPLICATION_DATE, 96, 92, r -> RowFormat.date(r.applicationDate())));
        // 申请内容 is often a list ("起诉状、答辩状、庭审笔录、判决书"): the cell shows "起诉状等4项" (74 px), the tooltip
        // all of it.
        table.getColumns().add(column(QueueColumn.CONTENT, 96, 90, r -> RowFormat.contentSummary(r.content())));
        // 查阅方式: once approved, the mode the judge granted (styled when changed); the tooltip says both.
        table.getColumns().add(column(QueueColumn.MODE, 78, 70, RowFormat::modeText));
        TableColumn<ReadingQueueRow, ReadingQueueRow> status = column(QueueColumn.STATUS, 124, 116, RowFormat::statusText);
        status.setCellFactory(c -> new StatusCell());
        table.getColumns().add(status);
        table.getColumns().add(column(QueueColumn.DAYS_WAITING, 74, 64, r -> RowFormat.daysWaitingText(r, model.today(), zone)));
        table.getColumns().add(column(QueueColumn.TIME_LEFT, 96, 84, r -> RowFormat.timeLeftText(r, model.today())));
        // Below the columns' minimum widths the table falls back to their preferred widths and the last columns slide
        // out of sight; so the table keeps room for them (and a vertical scroll bar), and in a narrow window the split
        // pane narrows the detail pane instead.
        table.setMinWidth(table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + 16);

        table.setRowFactory(t -> {
            TableRow<ReadingQueueRow> row = new TableRow<>() {
                @Override
                protected void updateItem(ReadingQueueRow item, boolean empty) {
                    super.updateItem(item, empty);
                    boolean has = !empty && item != null;
                    pseudoClassStateChanged(UNOPENED, has && !item.opened());
                    pseudoClassStateChanged(CONFLICT, has && item.syncState() == ReadingQueueRow.SyncState.CONFLICT);
                    pseudoClassStateChanged(PENDING_SYNC, has && item.syncState() == ReadingQueueRow.SyncState.PENDING);
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openSelected();
                }
            });
            return row;
        });

        // Sorting happens in the model, off the FX thread; the table only reports what the judge clicked.
        table.setSortPolicy(t -> {
            List<SortKey> keys = new ArrayList<>();
            for (TableColumn<ReadingQueueRow, ?> c : t.getSortOrder()) {
                keys.add(new SortKey((QueueColumn) c.getUserData(), c.getSortType() == TableColumn.SortType.ASCENDING));
            }
            if (!keys.equals(model.sortProperty().get())) {
                model.sortProperty().set(List.copyOf(keys));
            }
            return true;
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

    private TableColumn<ReadingQueueRow, ReadingQueueRow> column(QueueColumn col, double width, double min,
                                                               Function<ReadingQueueRow, String> text) {
        TableColumn<ReadingQueueRow, ReadingQueueRow> c = new TableColumn<>(Messages.get(col.key()));
        c.setId("col-" + col.name().toLowerCase());
        c.setUserData(col);
        c.setPrefWidth(width);
        c.setMinWidth(min);
        c.setSortable(true);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(x -> new TableCell<>() {
            /** One tooltip per cell, its text updated: no new tooltip per update while scrolling or typing. */
            private final ReusedTooltip tooltip = new ReusedTooltip(this);

            @Override
            protected void updateItem(ReadingQueueRow item, boolean empty) {
                super.updateItem(item, empty);
                String t = empty || item == null ? null : text.apply(item);
                setText(t);
                String tip = item == null ? null : switch (col) {
                    case COURT -> item.courtName();
                    case CONTENT -> item.content() == null ? null : item.content().strip();
                    case MODE -> RowFormat.modeTooltip(item);
                    default -> t;
                };
                tooltip.show(tip == null || tip.length() < 6 ? null : tip);
                if (col == QueueColumn.MODE) {
                    pseudoClassStateChanged(MODE_CHANGED, item != null && !empty && RowFormat.modeChanged(item));
                }
            }
        });
        return c;
    }

    /** A cell's one tooltip: shown with a new text, or taken away; never a new Tooltip per update. */
    private static final class ReusedTooltip {
        private final javafx.scene.control.Control owner;
        private Tooltip tooltip;

        ReusedTooltip(javafx.scene.control.Control owner) {
            this.owner = owner;
        }

        void show(String text) {
            if (text == null) {
                if (owner.getTooltip() != null) {
                    owner.setTooltip(null);
                }
                return;
            }
            if (tooltip == null) {
                tooltip = new Tooltip();
            }
            tooltip.setText(text);
            if (owner.getTooltip() != tooltip) {
                owner.setTooltip(tooltip);
            }
        }
    }

    /** 案号 with a blue dot while the request was never opened (bold needs a bold face, which a CJK fallback may lack). */
    private static final class CaseNumberCell extends TableCell<ReadingQueueRow, ReadingQueueRow> {
        private final javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(3.5);
        private final ReusedTooltip tooltip = new ReusedTooltip(this);

        CaseNumberCell() {
            dot.getStyleClass().add("unopened-dot");
            setGraphicTextGap(7);
        }

        @Override
        protected void updateItem(ReadingQueueRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                tooltip.show(null);
                return;
            }
            setText(item.caseNumber());
            dot.setVisible(!item.opened());
            setGraphic(dot);
            tooltip.show(item.caseNumber() + (item.opened() ? "" : "  · " + Messages.get("queue.unopened")));
        }
    }

    /**
     * 状态 with a 待同步 / 冲突 badge. The cell's nodes are made once and updated (text, style classes, whether the
     * badge is there): no new nodes per update while the judge scrolls or types.
     */
    private static final class StatusCell extends TableCell<ReadingQueueRow, ReadingQueueRow> {
        private final Label status = new Label();
        private final Label badge = new Label();
        private final HBox box = new HBox(6, status);

        StatusCell() {
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(ReadingQueueRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            status.setText(Messages.status(item.status()));
            styles(status, "status-text", "status-" + item.status().name().toLowerCase());
            boolean pending = item.syncState() == ReadingQueueRow.SyncState.PENDING;
            boolean conflict = item.syncState() == ReadingQueueRow.SyncState.CONFLICT;
            if (pending || conflict) {
                badge.setText(Messages.get(pending ? "sync.mark.pending" : "sync.mark.conflict"));
                styles(badge, "badge", pending ? "badge-pending" : "badge-conflict");
                if (box.getChildren().size() == 1) {
                    box.getChildren().add(badge);
                }
            } else if (box.getChildren().size() > 1) {
                box.getChildren().remove(badge);
            }
            if (getGraphic() != box) {
                setGraphic(box);
            }
        }

        /** A label's classes, changed only when they differ (a change makes CSS run again). */
        private static void styles(Label l, String... classes) {
            List<String> want = new ArrayList<>(List.of("label"));
            want.addAll(List.of(classes));
            if (!l.getStyleClass().equals(want)) {
                l.getStyleClass().setAll(want);
            }
        }
    }

    // ---- behaviour ----

    private void afterRowsChanged() {
        updateCount();
        if (shownId < 0) {
            return;
        }
        ReadingQueueRow selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && selected.id() == shownId) {
            return;
        }
        List<ReadingQueueRow> rows = model.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == shownId) {
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

    private void onSelected(ReadingQueueRow row) {
        if (row == null) {
            return;
        }
        if (row.id() == shownId) {
            return;
        }
        loadDetail(row.id());
        // Not inside the selection event: changing the items there confuses the selection model.
        Platform.runLater(() -> model.markOpened(row));
    }

    private void loadDetail(long id) {
        shownId = id;
        long g = detailGeneration.incrementAndGet();
        record Loaded(Optional<ReadingRequestView> view, Optional<PendingDecision> pending,
                      Optional<PendingAttendance> visit) {}
        Fx.async(() -> new Loaded(workspace.readingRequest(id), workspace.pendingDecision(id),
                workspace.pendingAttendance(id)), loaded -> {
            if (g != detailGeneration.get()) {
                return;
            }
            if (loaded.view().isEmpty()) {
                detail.showPlaceholder();
                formModel.load(null, null, model.today());
                attendanceModel.load(null, null);
                return;
            }
            formModel.load(loaded.view().get(), loaded.pending().orElse(null), model.today());
            attendanceModel.load(loaded.view().get(), loaded.visit().orElse(null));
            detail.show(loaded.view().get(), loaded.pending().orElse(null), loaded.visit().orElse(null));
        }, t -> {
            if (g == detailGeneration.get()) {
                detail.showPlaceholder();
                formModel.errors().setAll(Messages.format("detail.loadFailed", String.valueOf(t.getMessage())));
            }
        });
    }

    /**
     * The workspace says these requests changed: read their rows again, and the detail unless the judge is writing a
     * decision there. A saved (待同步) or decided request is not being edited: its detail follows the upload, the
     * server's answer and a conflict.
     */
    public void requestsChanged(Set<Long> ids) {
        if (ids == null) {
            model.reload();
        } else {
            model.changed(ids); // only these rows are read again
        }
        boolean editing = formModel.editableProperty().get() && formModel.opinionProperty().get() != null;
        if (shownId >= 0 && (ids == null || ids.contains(shownId)) && !editing && !formModel.savingProperty().get()) {
            loadDetail(shownId);
        }
    }

    /** Reads the queue from the cache (also the first load: call it after subscribing to workspace changes). */
    public void refresh() {
        model.reload();
    }

    public void next() {
        move(1);
    }

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
        table.requestFocus();
    }

    /** Enter: open the selected request and put the focus on the decision. */
    public void openSelected() {
        ReadingQueueRow row = table.getSelectionModel().getSelectedItem();
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
        form.focusFirst();
    }

    public void agree() {
        decide(ReviewOpinion.AGREE);
    }

    public void disagree() {
        decide(ReviewOpinion.DISAGREE);
    }

    private void decide(ReviewOpinion opinion) {
        if (formModel.editableProperty().get()) {
            formModel.opinionProperty().set(opinion);
            if (opinion == ReviewOpinion.DISAGREE) {
                form.focusExplanation();
            }
        }
    }

    public void save() {
        if (!form.commitTypedDates()) {
            return; // a date that is not a date: said in the form, nothing saved
        }
        formModel.save(saved -> {
            model.changed(Set.of(saved.requestId()));
            loadDetail(saved.requestId());
            table.requestFocus();
        });
    }

    /** 撤回: the decision saved here and not yet uploaded leaves the outbox; the form shows it again to change. */
    public void withdraw() {
        long id = shownId;
        formModel.withdraw(ok -> {
            if (ok) {
                model.reload();
                loadDetail(id);
                form.focusFirst();
            }
        });
    }

    public void focusFilter() {
        caseFilter.requestFocus();
        caseFilter.selectAll();
    }

    /** Back from the form to the table (Esc). */
    public void focusTable() {
        table.requestFocus();
    }

    public void resetFilters() {
        caseFilter.clear();
        applicantFilter.clear();
        fromDate.setValue(null);
        toDate.setValue(null);
        statusFilter.setValue(StatusFilter.PENDING_REVIEW);
        model.queryProperty().set(QueueQuery.DEFAULT);
    }

    /** Shows the conflict of the request on screen, if it has one. */
    public void showConflict() {
        long id = shownId;
        if (id < 0) {
            return;
        }
        Fx.async(() -> workspace.conflicts().stream().filter(c -> c.requestId() == id).findFirst(), found -> {
            if (found.isEmpty()) {
                loadDetail(id);
                return;
            }
            Conflict conflict = found.get();
            Optional<ConflictResolution> choice = new ConflictDialog(getScene() == null ? null : getScene().getWindow(),
                    conflict).showAndWait();
            choice.ifPresent(c -> resolve(conflict, c));
        }, t -> formModel.errors().setAll(String.valueOf(t.getMessage())));
    }

    /** Conflicts already put before the judge by {@link #offerNewConflicts} (each opens by itself once). */
    private final java.util.Set<Long> offered = new java.util.HashSet<>();
    private boolean offering;

    /**
     * A 409 arrived (the status bar's conflict count rose): the conflict dialog opens by itself for the first conflict
     * not yet shown, with the request open behind it (issue 13). Call on the FX thread.
     */
    public void offerNewConflicts() {
        if (offering) {
            return;
        }
        Fx.async(workspace::conflicts, all -> {
            Conflict next = all.stream().filter(c -> !offered.contains(c.requestId())).findFirst().orElse(null);
            if (next == null || offering) {
                return;
            }
            offered.add(next.requestId());
            offering = true;
            loadDetail(next.requestId());
            try {
                Optional<ConflictResolution> choice = new ConflictDialog(getScene() == null ? null : getScene().getWindow(),
                        next).showAndWait();
                choice.ifPresent(c -> resolve(next, c));
            } finally {
                offering = false;
            }
        }, t -> { });
    }

    void resolve(Conflict conflict, ConflictResolution choice) {
        if (conflict.isAttendance()) {
            resolveAttendance(conflict, choice);
            return;
        }
        if (choice == ConflictResolution.DISCARD_MINE) {
            Fx.async(() -> {
                workspace.resolveConflict(conflict.requestId(), ConflictResolution.DISCARD_MINE, null);
                return Boolean.TRUE;
            }, ok -> {
                model.changed(Set.of(conflict.requestId()));
                loadDetail(conflict.requestId());
            }, t -> formModel.errors().setAll(String.valueOf(t.getMessage())));
        } else {
            formModel.loadForRedecision(conflict.current(), conflict.mine() == null ? null : conflict.mine().decision(),
                    model.today());
            detail.show(conflict.current(), null);
            form.focusFirst();
        }
    }

    /** An attendance record's conflict: drop it, or record again on the server's current version. */
    private void resolveAttendance(Conflict conflict, ConflictResolution choice) {
        if (choice == ConflictResolution.DISCARD_MINE) {
            Fx.async(() -> {
                workspace.discardAttendance(conflict.requestId());
                return Boolean.TRUE;
            }, ok -> {
                model.changed(Set.of(conflict.requestId()));
                loadDetail(conflict.requestId());
            }, t -> attendanceModel.errors().setAll(String.valueOf(t.getMessage())));
        } else {
            attendanceModel.loadForRerecord(conflict.current(), conflict.attendance().record());
            detail.show(conflict.current(), null, null);
            attendanceForm.focusFirst();
        }
    }

    /** 保存登记: checked on this workstation's clock, then into the outbox; the queue shows 已到场 and 待同步. */
    public void saveAttendance() {
        attendanceModel.save(saved -> {
            model.changed(Set.of(saved.requestId()));
            loadDetail(saved.requestId());
        });
    }

    // ---- for the main window and tests ----

    public AttendanceFormModel attendanceModel() {
        return attendanceModel;
    }


    public QueueViewModel model() {
        return model;
    }

    public ReviewFormModel formModel() {
        return formModel;
    }

    public TableView<ReadingQueueRow> table() {
        return table;
    }

    public long shownId() {
        return shownId;
    }

    public boolean isDecidable() {
        return formModel.request() != null && formModel.request().status() == RequestStatus.PENDING_REVIEW;
    }

    /** Stops the worker thread (the window closes). */
    public void dispose() {
        model.dispose();
    }
}
