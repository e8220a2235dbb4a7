package org.courtdesk.app.ui.preservation;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.batch.BatchBar;
import org.courtdesk.app.ui.batch.BatchRun;
import org.courtdesk.app.ui.main.QueueTabs;
import org.courtdesk.app.ui.queue.KindColumn;
import org.courtdesk.app.ui.queue.KindQueueView;
import org.courtdesk.app.ui.queue.QueueCount;
import org.courtdesk.app.ui.reading.ReviewFormViewDates;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.preservation.PreservationClock;
import org.courtdesk.model.preservation.PreservationMaterialRef;
import org.courtdesk.model.preservation.PreservationView;
import org.courtdesk.model.request.RequestKind;

/**
 * The 诉讼保全 tab (spec-004 §5) on the kind-neutral queue: its 查询条件 (状态, 案号, 申请日期), its columns (ordered by
 * time left with the overdue on top; the last hours warned, overdue red), the detail with 接收 and 退回, and 批量接收 of
 * the selected rows — each its own outbox action, one progress bar, each row's failure listed ({@link BatchBar}). Its
 * own keys: Alt+J 接收, Alt+T 退回 (to the reason first), Ctrl+Shift+A 批量接收所选; the rest is the core's.
 */
public final class PreservationQueueView extends KindQueueView<PreservationView, PreservationRow, PreservationQuery> {

    static final KeyCombination ACCEPT = new KeyCodeCombination(KeyCode.J, KeyCombination.ALT_DOWN);
    static final KeyCombination RETURN = new KeyCodeCombination(KeyCode.T, KeyCombination.ALT_DOWN);
    static final KeyCombination BATCH = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final PreservationActions actions;
    private final PreservationDetailView detail;
    private final ComboBox<PreservationStatusFilter> statusFilter = new ComboBox<>();
    private final TextField textFilter = new TextField();
    private final DatePicker fromDate = new DatePicker();
    private final DatePicker toDate = new DatePicker();
    private final BatchBar<PreservationRow> batch;

    public PreservationQueueView(Workspace workspace, Clock clock, Consumer<QueueTabs.DocumentRef> openDocument) {
        super(workspace, clock, RequestKind.PRESERVATION, "preservation", PreservationView.class,
                PreservationQuery.DEFAULT);
        actions = new PreservationActions(workspace);
        detail = new PreservationDetailView(clock.getZone(), m -> QueueTabs.openAmong(openDocument, document(m), shownDocuments()), this::accept,
                this::giveBack);
        batch = new BatchBar<>("preservation", n -> Messages.format("preservation.batch", n),
                r -> r.view().applicationNo(), this::acceptSelected);
        install();
        // the list whole beside the detail at 1280 px in Chinese and English (issue 13): the application no. and 提交时间 (the time left
        // counts from it; both in the detail) in the column chooser
        hideByDefault("no", "submitted");
        setBottom(batch);
        table().getSelectionModel().getSelectedItems()
                .addListener((ListChangeListener<PreservationRow>) c -> updateBatch());
        updateBatch();
    }

    /** The documents of the request shown, in order: the one opened and its neighbours come from here. */
    private List<QueueTabs.DocumentRef> shownDocuments() {
        PreservationRow row = detail.shown();
        return row == null || row.view().materials() == null ? List.<QueueTabs.DocumentRef>of() : row.view().materials().stream().map(this::document).toList();
    }

    private QueueTabs.DocumentRef document(PreservationMaterialRef m) {
        PreservationRow row = detail.shown();
        return new QueueTabs.DocumentRef(m.id(), m.sha256(), m.fileName(), m.contentType(), m.size(),
                Messages.get("preservation.material." + m.type().name()), row == null ? "" : row.view().applicationNo());
    }

    // ---- rows ----

    /** At the clock's instant: hours matter here. */
    /**
     * What the queue lists and counts as still to do (the time to rule running, a removed one listed too), one rule for
     * its line in the list of queues before the view is built and for the view once built.
     */
    public static final QueueCount<PreservationView, PreservationRow> COUNT = new QueueCount<>(RequestKind.PRESERVATION,
            PreservationView.class, s -> true, (s, clock) -> PreservationRow.of(s, clock.instant(), clock.getZone()),
            r -> r.clock() != null);

    @Override public QueueCount<PreservationView, PreservationRow> counting() { return COUNT; }

    @Override protected KindRow<PreservationView> source(PreservationRow row) { return row.source(); }
    @Override protected PreservationRow opened(PreservationRow row) { return row.opened(true); }
    @Override protected boolean answerable(PreservationRow row) { return row.decidable(); }

    @Override
    protected boolean matches(PreservationQuery query, PreservationRow row) {
        return query.matches(row, clock.getZone());
    }

    @Override
    protected Comparator<PreservationRow> order() {
        return PreservationQueueProcessor.defaultOrder();
    }

    @Override
    protected List<KindColumn<PreservationRow>> columns() {
        var zone = clock.getZone();
        return List.of(
                KindColumn.<PreservationRow>of("no", "preservation.col.no", 158, r -> r.view().applicationNo()).min(154),
                KindColumn.<PreservationRow>status("preservation.col.status", 118).min(104),
                KindColumn.<PreservationRow>of("left", "preservation.col.left", 96,
                        r -> PreservationFormat.timeLeft(r.clock())).min(90).styled("preservation-left").deadline()
                        .tooltip(r -> PreservationFormat.dueText(r.clock(), zone)),
                KindColumn.<PreservationRow>of("case", "preservation.col.case", 160, r -> r.view().caseNumber() == null
                        ? Messages.get("preservation.noCase") : r.view().caseNumber()).min(120),
                KindColumn.<PreservationRow>of("type", "preservation.col.type", 100,
                        r -> PreservationFormat.stage(r.view())).min(84),
                KindColumn.<PreservationRow>of("parties", "preservation.col.parties", 140,
                        r -> r.applicants() + " / " + r.respondents()).min(100),
                KindColumn.<PreservationRow>of("submitted", "preservation.col.submitted", 106,
                        r -> PreservationFormat.shortDateTime(r.view().submittedAt(), zone)).min(104));
    }

    @Override
    protected String statusText(PreservationRow row) {
        return Messages.status(row.shownStatus());
    }

    @Override
    protected List<RowMark<PreservationRow>> rowMarks() {
        return List.of(
                RowMark.of("warn", r -> r.clock() != null && r.clock().urgency() == PreservationClock.Urgency.DUE_SOON),
                RowMark.of("overdue", r -> r.clock() != null && r.clock().overdue()));
    }

    @Override protected boolean multipleSelection() { return true; }
    @Override protected double listShare() { return 0.64; }
    @Override protected String emptyKey() { return "preservation.queue.empty"; }

    // ---- 查询条件 ----

    @Override
    protected List<Node> filters() {
        statusFilter.setId("preservation-filter-status");
        statusFilter.getItems().setAll(PreservationStatusFilter.values());
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(PreservationStatusFilter s) {
                return s == null ? "" : Messages.get(s.key());
            }

            @Override
            public PreservationStatusFilter fromString(String s) {
                return null;
            }
        });
        statusFilter.setValue(PreservationStatusFilter.ALL);
        statusFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withStatus(b)));
        textFilter.setId("preservation-filter-text");
        textFilter.setPromptText(Messages.get("preservation.filter.text.prompt"));
        // a short prompt, what the field searches said whole in its tooltip (issue 13: 250–290 px wide in English)
        textFilter.setTooltip(new Tooltip(Messages.get("preservation.filter.text.tip") + "  (Ctrl+F)"));
        textFilter.setPrefColumnCount(16);
        textFilter.textProperty().addListener((o, a, b) -> query(q -> q.withText(b)));
        for (DatePicker p : List.of(fromDate, toDate)) {
            p.setPrefWidth(132);
            p.setConverter(ReviewFormViewDates.CONVERTER);
            p.valueProperty().addListener((o, a, b) -> query(q -> q.withDates(fromDate.getValue(), toDate.getValue())));
        }
        fromDate.setId("preservation-filter-from");
        fromDate.setPromptText(Messages.get("queue.filter.from"));
        toDate.setId("preservation-filter-to");
        toDate.setPromptText(Messages.get("queue.filter.to"));
        return List.of(caption("queue.filter.status"), statusFilter, caption("preservation.filter.case"), textFilter,
                caption("queue.filter.dates"), fromDate, new Label("—"), toDate);
    }

    @Override
    protected void clearFilters() {
        textFilter.clear();
        fromDate.setValue(null);
        toDate.setValue(null);
        statusFilter.setValue(PreservationStatusFilter.ALL);
    }

    @Override
    protected TextInputControl searchField() {
        return textFilter;
    }

    // ---- detail, 接收, 退回 and 批量接收 ----

    @Override public PreservationDetailView detail() { return detail; }

    /**
     * A newly shown application fills the detail; a change of the one shown waits while a ruling's reference or a 退回
     * reason is being typed, unless it is the judge's own action being saved.
     */
    @Override
    protected void show(PreservationRow row) {
        PreservationRow shown = detail.shown();
        boolean typing = !detail.reasonText().isBlank() || !detail.rulingText().isBlank();
        if (shown == null || shown.id() != row.id() || !typing
                || !shown.source().pending().equals(row.source().pending())) { // the judge's own action was saved
            detail.show(row);
        }
    }

    /** Enter: the focus on the ruling's reference, ready for 接收 or 退回. */
    @Override protected void focusForm() { detail.focusRuling(); }

    /** No form to save: 接收 and 退回 are the decisions (Alt+J, Alt+T). */
    @Override
    protected void saveForm(Runnable onSaved) {}

    @Override
    protected void rowsChanged() {
        updateBatch();
    }

    private void updateBatch() {
        batch.setSelectable(table().getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull)
                .filter(PreservationRow::decidable).count());
    }

    /** Alt+J / 接收: the shown application, with the ruling's reference if typed. */
    public void accept() {
        PreservationRow row = detail.shown();
        if (row == null) {
            return;
        }
        String ruling = detail.rulingText();
        Fx.async(() -> actions.acceptOne(row, ruling), o -> afterOne(row, o),
                t -> detail.showErrors(List.of(String.valueOf(t))));
    }

    /** Alt+T / 退回: to the reason first when it is empty, else saved with it. */
    public void giveBack() {
        PreservationRow row = detail.shown();
        if (row == null) {
            return;
        }
        String reason = detail.reasonText();
        if (reason == null || reason.isBlank()) {
            detail.showErrors(PreservationActions.returnProblems(reason));
            detail.focusReason();
            return;
        }
        Fx.async(() -> actions.returnOne(row, reason), o -> afterOne(row, o),
                t -> detail.showErrors(List.of(String.valueOf(t))));
    }

    private void afterOne(PreservationRow row, BatchRun.Outcome<PreservationRow> outcome) {
        if (outcome.saved()) {
            detail.showErrors(List.of());
            reread(row.ref());
        } else {
            detail.showErrors(List.of(outcome.problem()));
        }
    }

    /** Ctrl+Shift+A / 批量接收所选: each selected waiting row its own action; one progress bar; failures listed. */
    public void acceptSelected() {
        List<PreservationRow> selected = List.copyOf(table().getSelectionModel().getSelectedItems().stream()
                .filter(Objects::nonNull).toList());
        batch.run(selected, row -> actions.acceptOne(row, null), outcomes -> {
            selected.forEach(r -> reread(r.ref()));
            updateBatch();
        });
    }

    @Override
    protected boolean kindKey(KeyEvent e) {
        if (ACCEPT.match(e)) {
            accept();
        } else if (RETURN.match(e)) {
            giveBack();
        } else if (BATCH.match(e)) {
            acceptSelected();
        } else {
            return false;
        }
        return true;
    }

    // ---- for tests ----

    public BatchBar<PreservationRow> batch() { return batch; }
}
