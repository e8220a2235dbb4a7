package org.courtdesk.app.ui.reading;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.queue.KindColumn;
import org.courtdesk.app.ui.queue.KindQueueView;
import org.courtdesk.app.ui.queue.QueueSync;
import org.courtdesk.app.workspace.Conflict;
import org.courtdesk.app.workspace.ConflictResolution;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAttendance;
import org.courtdesk.app.workspace.PendingDecision;
import org.courtdesk.app.workspace.ReadingQueueRow;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.MaterialRef;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestRef;
import org.courtdesk.model.request.RequestStatus;

/**
 * The 阅卷申请 queue on the queue core ({@link KindQueueView}): what is its own is its rows (read from the cache's
 * columns, {@link Workspace#readingQueue}, not from stored views), their filter keys (案号, 申请编号 and 申请人
 * normalised once per row), the query conditions (状态, 案号 or 申请编号, 申请人, 申请日期), the columns, the detail with the
 * review form (its lock line and its 撤回, which puts the withdrawn decision back in the form) and the attendance form,
 * and its conflict dialog (a decision or an attendance record beside the server's state). Keyboard as every queue:
 * J/K move, Enter opens, Ctrl+S saves; Ctrl+1/Ctrl+2 decide (the main window's menu).
 */
public final class ReadingQueueView extends KindQueueView<ReadingRequestView, ReadingQueueRow, QueueQuery> {

    private final ZoneId zone;
    private final ReadingRows rows;
    private final ReviewFormModel formModel;
    private final AttendanceFormModel attendanceModel;
    private final AttendanceFormView attendanceForm;
    private final ReviewFormView form;
    private final ReadingDetailView detail;
    private final TextField caseFilter = new TextField();
    private final TextField applicantFilter = new TextField();
    private final ComboBox<StatusFilter> statusFilter = new ComboBox<>();
    private final DatePicker fromDate = new DatePicker();
    private final DatePicker toDate = new DatePicker();
    private final AtomicLong detailGeneration = new AtomicLong();
    private final BiConsumer<ReadingRequestView, MaterialRef> openMaterial;
    /** The request in the detail (loaded or loading), or -1. */
    private long detailId = -1;

    /**
     * @param openMaterial opens a material in the in-app viewer (request, material)
     */
    public ReadingQueueView(Workspace workspace, Clock clock, BiConsumer<ReadingRequestView, MaterialRef> openMaterial) {
        super(workspace, clock, RequestKind.CASE_FILE_READING, "reading", ReadingRequestView.class, QueueQuery.DEFAULT);
        this.zone = clock.getZone();
        this.rows = new ReadingRows(workspace, clock);
        this.openMaterial = openMaterial;
        this.formModel = new ReviewFormModel(workspace, Fx.background(), Platform::runLater);
        this.form = new ReviewFormView(formModel, this::save, this::withdraw);
        this.attendanceModel = new AttendanceFormModel(workspace, Fx.background(), Platform::runLater,
                () -> LocalDateTime.ofInstant(clock.instant(), zone));
        this.attendanceForm = new AttendanceFormView(attendanceModel, this::saveAttendance);
        this.detail = new ReadingDetailView(form, attendanceForm, zone, this::openMaterial, this::showConflict);
        install();
        // the list whole beside the detail at 1280 px in Chinese and English (issue 13): the court (the judge's own, whole in the
        // detail) and 申请内容 (in the detail, summarised in the cell anyway) in the column chooser
        hideByDefault("court", "content");
        // The ids the 阅卷 queue always had (tests, and the column widths remembered by them).
        table().setId("queue-table");
        Node count = lookup("#reading-count");
        if (count != null) {
            count.setId("queue-count");
        }
        for (TableColumn<ReadingQueueRow, ?> c : table().getColumns()) {
            if (c.getUserData() instanceof KindColumn<?> k) {
                c.setId("col-" + k.id());
            }
        }
        // Below the columns' minimum widths the table would fall back to their preferred widths and the last columns
        // slide out of sight; so the table keeps room for them (their minimums grow to fit a header or a badge in the
        // language shown), and in a narrow window the detail gives way.
        keepRoomForColumns();
        for (TableColumn<ReadingQueueRow, ?> c : table().getColumns()) {
            c.minWidthProperty().addListener((o, x, y) -> keepRoomForColumns());
        }
        // No load here: the owner calls refresh() once it listens to the workspace (MainWindow).
    }

    /** The table's minimum width: its visible columns' minimums (as the column chooser keeps it). */
    private void keepRoomForColumns() {
        table().setMinWidth(table().getColumns().stream().filter(TableColumn::isVisible)
                .mapToDouble(TableColumn::getMinWidth).sum() + 16);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void openMaterial(MaterialRef m) {
        if (detail.shown() != null) {
            openMaterial.accept(detail.shown(), m);
        }
    }

    // ------------------------------------------------------------------ rows: from the cache's columns (ReadingRows)

    @Override protected boolean readsOwnRows() { return rows.readsOwnRows(); }
    @Override protected List<ReadingQueueRow> readAll() { return rows.readAll(); }
    @Override protected List<ReadingQueueRow> read(Collection<Long> ids) { return rows.read(ids); }
    @Override protected ReadingQueueRow row(KindRow<ReadingRequestView> source) { return rows.row(source); }
    @Override protected KindRow<ReadingRequestView> source(ReadingQueueRow row) { return rows.source(row); }
    @Override protected long id(ReadingQueueRow row) { return rows.id(row); }
    @Override protected QueueSync sync(ReadingQueueRow row) { return rows.sync(row); }
    @Override protected boolean isOpened(ReadingQueueRow row) { return rows.isOpened(row); }
    @Override protected ReadingQueueRow opened(ReadingQueueRow row) { return rows.opened(row); }
    @Override protected boolean open(ReadingQueueRow row) { return rows.open(row); }
    @Override protected Object key(ReadingQueueRow row) { return rows.key(row); }
    @Override protected boolean matches(QueueQuery q, ReadingQueueRow row) { return rows.matches(q, row); }
    @Override protected boolean matches(QueueQuery q, ReadingQueueRow row, Object key) { return rows.matches(q, row, key); }
    @Override protected boolean narrows(QueueQuery q, QueueQuery wider) { return rows.narrows(q, wider); }
    @Override protected Comparator<ReadingQueueRow> order() { return rows.order(); }
    @Override protected List<KindColumn<ReadingQueueRow>> columns() { return rows.columns(); }

    /** Two rows of one request say the same, whether opened or not. */
    @Override
    protected boolean sameContent(ReadingQueueRow a, ReadingQueueRow b) {
        return rows.opened(a).equals(rows.opened(b));
    }

    @Override
    protected String statusText(ReadingQueueRow row) {
        return Messages.status(row.status());
    }

    @Override
    protected String statusStyle(ReadingQueueRow row) {
        return row.status() == null ? null : "status-" + row.status().name().toLowerCase();
    }

    /** The detail says what waits for upload or was refused, with its own 撤回 and 处理冲突 (they call the core's). */
    @Override
    protected boolean syncBarShown() {
        return false;
    }

    /** The saved request stays on screen: its 已保存，待同步 and 撤回 in view (J moves on). */
    @Override
    protected boolean nextAfterSave() {
        return false;
    }

    @Override
    protected double listShare() {
        return 0.65;
    }

    @Override
    protected String emptyKey() {
        return "queue.empty";
    }

    // ------------------------------------------------------------------ query conditions

    @Override
    protected List<Node> filters() {
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
        statusFilter.setValue(model().queryProperty().get().status());
        statusFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withStatus(b)));

        caseFilter.setId("filter-case");
        caseFilter.setPromptText(Messages.get("queue.filter.case.prompt"));
        caseFilter.setTooltip(new Tooltip(Messages.get("queue.filter.case.prompt") + "  (Ctrl+F)"));
        // as wide as its prompt, not a guessed column count: the filter bar on one line at 1280 px in English too
        org.courtdesk.app.ui.PromptFit.fit(caseFilter, 140);
        caseFilter.textProperty().addListener((o, a, b) -> query(q -> q.withCaseNumber(b)));
        applicantFilter.setId("filter-applicant");
        applicantFilter.setPromptText(Messages.get("queue.filter.applicant.prompt"));
        org.courtdesk.app.ui.PromptFit.fit(applicantFilter, 90);
        applicantFilter.textProperty().addListener((o, a, b) -> query(q -> q.withApplicant(b)));
        for (DatePicker p : List.of(fromDate, toDate)) {
            p.setPrefWidth(132);
            p.setConverter(ReviewFormViewDates.CONVERTER);
            p.valueProperty().addListener((o, a, b) -> query(q -> q.withDates(fromDate.getValue(), toDate.getValue())));
        }
        // The model may change the query itself (a shortcut, a test, 重置): the controls follow it, so the 状态 box never
        // names a filter other than the one the table applies. The text boxes keep what was typed.
        model().queryProperty().addListener((o, a, q) -> follow(q));
        fromDate.setId("filter-from");
        fromDate.setPromptText(Messages.get("queue.filter.from"));
        toDate.setId("filter-to");
        toDate.setPromptText(Messages.get("queue.filter.to"));
        // the dates with their caption: a narrow window (the list of queues pinned) wraps them together, never the
        // caption at the end of one line and its dates on the next
        javafx.scene.layout.HBox dates = new javafx.scene.layout.HBox(6, caption("queue.filter.dates"), fromDate,
                new Label("—"), toDate);
        dates.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return nodes(caption("queue.filter.status"), statusFilter, caseFilter, applicantFilter, dates);
    }

    @Override
    protected void clearFilters() {
        caseFilter.clear();
        applicantFilter.clear();
        follow(model().defaultQuery());
    }

    /** The controls show the query the table applies: the default one after 重置, as 网上立案's do. */
    private void follow(QueueQuery q) {
        if (statusFilter.getValue() != q.status()) {
            statusFilter.setValue(q.status());
        }
        if (!Objects.equals(fromDate.getValue(), q.from())) {
            fromDate.setValue(q.from());
        }
        if (!Objects.equals(toDate.getValue(), q.to())) {
            toDate.setValue(q.to());
        }
    }

    @Override
    protected TextInputControl searchField() {
        return caseFilter;
    }

    // ------------------------------------------------------------------ detail and forms

    @Override
    protected Node detail() {
        return detail;
    }

    /**
     * A newly selected request, or the shown one after it changed: its detail is read again, unless the judge is
     * writing a decision there. A saved (待同步) or decided request is not being edited: its detail follows the upload,
     * the server's answer and a conflict.
     */
    @Override
    protected void show(ReadingQueueRow row) {
        boolean editing = formModel.editableProperty().get() && formModel.opinionProperty().get() != null;
        if (row.id() == detailId && (editing || formModel.savingProperty().get())) {
            return;
        }
        loadDetail(row.id());
    }

    private void loadDetail(long id) {
        detailId = id;
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
                formModel.load(null, null, today());
                attendanceModel.load(null, null);
                return;
            }
            formModel.load(loaded.view().get(), loaded.pending().orElse(null), today());
            attendanceModel.load(loaded.view().get(), loaded.visit().orElse(null));
            detail.show(loaded.view().get(), loaded.pending().orElse(null), loaded.visit().orElse(null));
        }, t -> {
            if (g == detailGeneration.get()) {
                detail.showPlaceholder();
                formModel.errors().setAll(Messages.format("detail.loadFailed", String.valueOf(t.getMessage())));
            }
        });
    }

    @Override
    protected void focusForm() {
        form.focusFirst();
    }

    @Override
    protected void saveForm(Runnable onSaved) {
        if (!form.commitTypedDates()) {
            return; // a date that is not a date: said in the form, nothing saved
        }
        formModel.save(saved -> {
            loadDetail(saved.requestId());
            onSaved.run();
            table().requestFocus();
        });
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

    /**
     * 撤回 (the form's button and the sync bar's): the decision saved here and not yet uploaded leaves the outbox, and
     * the form shows it again to be changed.
     */
    @Override
    public void withdraw() {
        long id = shownId();
        if (id < 0) {
            return;
        }
        formModel.withdraw(ok -> {
            if (ok) {
                model().changed(Set.of(RequestRef.of(RequestKind.CASE_FILE_READING, id)), () -> {
                    loadDetail(id);
                    form.focusFirst();
                });
            }
        });
    }

    /** 保存登记: checked on this workstation's clock, then into the outbox; the queue shows 已到场 and 待同步. */
    public void saveAttendance() {
        attendanceModel.save(saved -> {
            model().changed(Set.of(RequestRef.of(RequestKind.CASE_FILE_READING, saved.requestId())));
            loadDetail(saved.requestId());
        });
    }

    // ------------------------------------------------------------------ conflicts: the core opens, 阅卷 shows its own

    /** Once per request in conflict (a decision or an attendance record refused with 409). */
    @Override
    protected List<Object> conflictKeys(ReadingQueueRow row) {
        return row.syncState() == ReadingQueueRow.SyncState.CONFLICT ? List.of(row.id()) : List.of();
    }

    /** The 阅卷 conflict: my decision or attendance record beside the server's state, and the ways out. */
    @Override
    protected boolean openOwnConflict(ReadingQueueRow row, Runnable closed) {
        long id = row.id();
        Fx.async(() -> workspace.conflicts().stream().filter(c -> c.requestId() == id).findFirst(), found -> {
            if (found.isEmpty()) {
                closed.run();
                loadDetail(id);
                return;
            }
            Conflict conflict = found.get();
            ConflictDialog dialog = new ConflictDialog(getScene() == null ? null : getScene().getWindow(), conflict);
            dialog.setOnHidden(e -> {
                closed.run();
                ConflictResolution choice = dialog.getResult();
                if (choice != null) {
                    resolve(conflict, choice);
                }
            });
            dialog.show();
        }, t -> {
            closed.run();
            formModel.errors().setAll(String.valueOf(t.getMessage()));
        });
        return true;
    }

    void resolve(Conflict conflict, ConflictResolution choice) {
        RequestRef ref = RequestRef.of(RequestKind.CASE_FILE_READING, conflict.requestId());
        if (conflict.isAttendance()) {
            resolveAttendance(conflict, choice, ref);
            return;
        }
        if (choice == ConflictResolution.DISCARD_MINE) {
            Fx.async(() -> {
                workspace.resolveConflict(conflict.requestId(), ConflictResolution.DISCARD_MINE, null);
                return Boolean.TRUE;
            }, ok -> model().changed(Set.of(ref), () -> loadDetail(conflict.requestId())),
                    t -> formModel.errors().setAll(String.valueOf(t.getMessage())));
        } else {
            detailId = conflict.requestId();
            detailGeneration.incrementAndGet();
            formModel.loadForRedecision(conflict.current(), conflict.mine() == null ? null : conflict.mine().decision(),
                    today());
            detail.show(conflict.current(), null);
            form.focusFirst();
        }
    }

    /** An attendance record's conflict: drop it, or record again on the server's current version. */
    private void resolveAttendance(Conflict conflict, ConflictResolution choice, RequestRef ref) {
        if (choice == ConflictResolution.DISCARD_MINE) {
            Fx.async(() -> {
                workspace.discardAttendance(conflict.requestId());
                return Boolean.TRUE;
            }, ok -> model().changed(Set.of(ref), () -> loadDetail(conflict.requestId())),
                    t -> attendanceModel.errors().setAll(String.valueOf(t.getMessage())));
        } else {
            detailId = conflict.requestId();
            detailGeneration.incrementAndGet();
            attendanceModel.loadForRerecord(conflict.current(), conflict.attendance().record());
            detail.show(conflict.current(), null, null);
            attendanceForm.focusFirst();
        }
    }

    // ------------------------------------------------------------------ for the main window and tests

    public AttendanceFormModel attendanceModel() {
        return attendanceModel;
    }

    public ReviewFormModel formModel() {
        return formModel;
    }

    public boolean isDecidable() {
        return formModel.request() != null && formModel.request().status() == RequestStatus.PENDING_REVIEW;
    }
}
