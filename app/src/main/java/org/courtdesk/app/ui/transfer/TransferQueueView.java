package org.courtdesk.app.ui.transfer;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
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
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.transfer.MaterialTransferView;
import org.courtdesk.model.transfer.TransferFileRef;
import org.courtdesk.model.transfer.TransferMaterialType;

/**
 * The 材料转接 tab (spec-004 §10) on the kind-neutral queue: its 查询条件 (状态, 材料类型, 案号 / 申请编号 / 材料名称 / 提交人,
 * 提交日期), its columns (未接收 first, longest waiting on top), the detail with each file's 查看 in the in-app viewer and
 * 接收, and 批量接收 of the selected rows — each its own outbox action, one progress bar, each row's failure listed
 * ({@link BatchBar}). Its own keys: Alt+J 接收, Ctrl+Shift+A 批量接收所选; the rest is the core's.
 */
public final class TransferQueueView extends KindQueueView<MaterialTransferView, TransferRow, TransferQuery> {

    private static final java.time.format.DateTimeFormatter SHORT = java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm");

    static final KeyCombination RECEIVE = new KeyCodeCombination(KeyCode.J, KeyCombination.ALT_DOWN);
    static final KeyCombination BATCH = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final TransferActions actions;
    private final TransferDetailView detail;
    private final ComboBox<TransferStatusFilter> statusFilter = new ComboBox<>();
    private final ComboBox<TransferMaterialType> typeFilter = new ComboBox<>();
    private final TextField textFilter = new TextField();
    private final DatePicker fromDate = new DatePicker();
    private final DatePicker toDate = new DatePicker();
    private org.courtdesk.app.ui.form.DateRangeFilter dates;
    private final BatchBar<TransferRow> batch;

    public TransferQueueView(Workspace workspace, Clock clock, Consumer<QueueTabs.DocumentRef> openDocument) {
        super(workspace, clock, RequestKind.MATERIAL_TRANSFER, "transfer", MaterialTransferView.class,
                TransferQuery.DEFAULT);
        actions = new TransferActions(workspace);
        detail = new TransferDetailView(clock.getZone(), f -> QueueTabs.openAmong(openDocument, document(f), shownDocuments()), this::receive);
        batch = new BatchBar<>("transfer", n -> Messages.format("transfer.batch", n), r -> r.view().applicationNo(),
                this::receiveSelected);
        install();
        // the list whole beside the detail at 1280 px in Chinese and English (issue 13): the application no. and 份数 (both in the detail)
        // in the column chooser
        hideByDefault("no", "copies");
        setBottom(batch);
        table().getSelectionModel().getSelectedItems().addListener((ListChangeListener<TransferRow>) c -> updateBatch());
        updateBatch();
    }

    /** The documents of the request shown, in order: the one opened and its neighbours come from here. */
    private List<QueueTabs.DocumentRef> shownDocuments() {
        TransferRow row = detail.shown();
        return row == null || row.view().files() == null ? List.<QueueTabs.DocumentRef>of() : row.view().files().stream().map(this::document).toList();
    }

    private QueueTabs.DocumentRef document(TransferFileRef f) {
        TransferRow row = detail.shown();
        return new QueueTabs.DocumentRef(f.id(), f.sha256(), f.fileName(), f.contentType(), f.size(),
                row == null ? "" : row.view().title(), row == null ? "" : row.view().applicationNo());
    }

    // ---- rows ----

    /**
     * What the queue lists and counts as still to do (未接收), one rule for its line in the list of queues before the view
     * is built and for the view once built.
     */
    public static final QueueCount<MaterialTransferView, TransferRow> COUNT = QueueCount.of(
            RequestKind.MATERIAL_TRANSFER, MaterialTransferView.class, (s, clock) -> TransferRow.of(s),
            r -> r.shownStatus() == RequestStatus.NOT_RECEIVED);

    @Override public QueueCount<MaterialTransferView, TransferRow> counting() { return COUNT; }

    @Override protected KindRow<MaterialTransferView> source(TransferRow row) { return row.source(); }
    @Override protected TransferRow opened(TransferRow row) { return row.opened(true); }
    @Override protected boolean answerable(TransferRow row) { return row.receivable(); }

    @Override
    protected boolean matches(TransferQuery query, TransferRow row) {
        return query.matches(row, clock.getZone());
    }

    @Override
    protected Comparator<TransferRow> order() {
        return TransferQueueProcessor.defaultOrder();
    }

    @Override
    protected List<KindColumn<TransferRow>> columns() {
        var zone = clock.getZone();
        return List.of(
                KindColumn.<TransferRow>of("no", "transfer.col.no", 146, r -> r.view().applicationNo()).min(138),
                KindColumn.<TransferRow>status("transfer.col.status", 84).min(70),
                KindColumn.<TransferRow>of("case", "transfer.col.case", 172, r -> r.view().caseNumber()).min(120),
                KindColumn.<TransferRow>of("title", "transfer.col.title", 150, r -> r.view().title()).min(100),
                KindColumn.<TransferRow>of("submitter", "transfer.col.submitter", 96, r -> r.view().applicantName()
                        + " · " + Messages.get("transfer.submitter." + r.view().submitter().name())).min(80),
                KindColumn.<TransferRow>of("copies", "transfer.col.copies", 44, r -> String.valueOf(r.view().copies()))
                        .min(40),
                KindColumn.<TransferRow>of("submitted", "transfer.col.submitted", 92, r -> r.view().submittedAt() == null
                        ? "" : SHORT.format(r.view().submittedAt().atZone(zone))).min(88));
    }

    @Override
    protected String statusText(TransferRow row) {
        return Messages.status(row.shownStatus());
    }

    @Override protected boolean multipleSelection() { return true; }
    @Override protected double listShare() { return 0.66; }
    @Override protected String emptyKey() { return "transfer.queue.empty"; }

    // ---- 查询条件 ----

    @Override
    protected List<Node> filters() {
        statusFilter.setId("transfer-filter-status");
        statusFilter.getItems().setAll(TransferStatusFilter.values());
        statusFilter.setConverter(converter(s -> Messages.get(s.key()), ""));
        statusFilter.setValue(TransferStatusFilter.ALL);
        statusFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withStatus(b)));
        typeFilter.setId("transfer-filter-type");
        typeFilter.getItems().add(null);
        typeFilter.getItems().addAll(TransferMaterialType.values());
        typeFilter.setConverter(converter(t -> Messages.get("transfer.type." + t.name()), Messages.get("transfer.filter.type.all")));
        typeFilter.setValue(null);
        typeFilter.setPrefWidth(150);
        typeFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withType(b)));
        textFilter.setId("transfer-filter-text");
        textFilter.setPromptText(Messages.get("transfer.filter.text.prompt"));
        // a short prompt, what the field searches said whole in its tooltip (issue 13: 250–290 px wide in English)
        textFilter.setTooltip(new Tooltip(Messages.get("transfer.filter.text.tip") + "  (Ctrl+F)"));
        textFilter.setPrefColumnCount(14);
        textFilter.textProperty().addListener((o, a, b) -> query(q -> q.withText(b)));
        for (DatePicker p : List.of(fromDate, toDate)) {
            p.setPrefWidth(124);
            p.setConverter(ReviewFormViewDates.CONVERTER);
            p.valueProperty().addListener((o, a, b) -> query(q -> q.withDates(fromDate.getValue(), toDate.getValue())));
        }
        fromDate.setId("transfer-filter-from");
        fromDate.setPromptText(Messages.get("queue.filter.from"));
        toDate.setId("transfer-filter-to");
        toDate.setPromptText(Messages.get("queue.filter.to"));
        return List.of(caption("queue.filter.status"), statusFilter, caption("transfer.filter.type"), typeFilter,
                textFilter, dates());
    }

    /**
     * The dates as one choice with its caption (今天, the last days, 自定义… shows the two pickers): the bar on one line at
     * 1280 px (issue 13), wrapped as one in a narrower window.
     */
    private org.courtdesk.app.ui.form.DateRangeFilter dates() {
        dates = new org.courtdesk.app.ui.form.DateRangeFilter("transfer.filter.dates", "transfer-filter-dates",
                org.courtdesk.app.ui.form.DateRangeFilter.PAST, () -> java.time.LocalDate.now(clock), fromDate, toDate);
        return dates;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? none : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    @Override
    protected void clearFilters() {
        textFilter.clear();
        dates.reset();
        statusFilter.setValue(TransferStatusFilter.ALL);
        typeFilter.setValue(null);
    }

    @Override
    protected TextInputControl searchField() {
        return textFilter;
    }

    // ---- detail, 接收 and 批量接收 ----


    @Override protected void show(TransferRow row) { detail.show(row); }
    @Override protected void focusForm() { detail.focusReceive(); }

    /** No form to save: 接收 is the decision (Alt+J). */
    @Override
    protected void saveForm(Runnable onSaved) {}

    @Override
    protected void rowsChanged() {
        updateBatch();
    }

    private void updateBatch() {
        batch.setSelectable(table().getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull)
                .filter(TransferRow::receivable).count());
    }

    /** Alt+J / 接收: the shown material. */
    public void receive() {
        TransferRow row = detail.shown();
        if (row == null) {
            return;
        }
        Fx.async(() -> actions.receiveOne(row), outcome -> {
            if (outcome.saved()) {
                detail.showErrors(List.of());
                reread(row.ref());
            } else {
                detail.showErrors(List.of(outcome.problem()));
            }
        }, t -> detail.showErrors(List.of(String.valueOf(t))));
    }

    /** Ctrl+Shift+A / 批量接收所选: each selected row its own action; one progress bar; failures listed. */
    public void receiveSelected() {
        List<TransferRow> selected = List.copyOf(table().getSelectionModel().getSelectedItems().stream()
                .filter(Objects::nonNull).toList());
        batch.run(selected, actions::receiveOne, (List<BatchRun.Outcome<TransferRow>> outcomes) -> {
            selected.forEach(r -> reread(r.ref()));
            updateBatch();
        });
    }

    @Override
    protected boolean kindKey(KeyEvent e) {
        if (RECEIVE.match(e)) {
            receive();
        } else if (BATCH.match(e)) {
            receiveSelected();
        } else {
            return false;
        }
        return true;
    }

    // ---- for tests ----

    @Override public TransferDetailView detail() { return detail; }
    public BatchBar<TransferRow> batch() { return batch; }
}
