package org.courtdesk.app.ui.investigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.main.QueueTabs;
import org.courtdesk.app.ui.queue.KindColumn;
import org.courtdesk.app.ui.queue.KindQueueView;
import org.courtdesk.app.ui.queue.QueueCount;
import org.courtdesk.app.ui.reading.ReviewFormViewDates;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.investigation.InvestigationMaterialRef;
import org.courtdesk.model.investigation.InvestigationOrder;
import org.courtdesk.model.investigation.InvestigationView;
import org.courtdesk.model.request.RequestKind;

/**
 * The 调查令 tab (spec-004 §5) on the kind-neutral queue: its 查询条件 (状态, 案号 / 申请编号 / 调查对象, 申请日期), its
 * columns (the days left to decide, the last day warned, overdue red), the detail with 接收 (which issues the order) and
 * 退回, and the issued order's PDF in the viewer. Its own keys: Alt+J 接收, Alt+T 退回 (to the reason first), Alt+O
 * 查看调查令; the rest is the core's. A request the server removed stays listed while an action of the user refers to it.
 */
public final class InvestigationQueueView extends KindQueueView<InvestigationView, InvestigationRow, InvestigationQuery> {

    static final KeyCombination ISSUE = new KeyCodeCombination(KeyCode.J, KeyCombination.ALT_DOWN);
    static final KeyCombination RETURN = new KeyCodeCombination(KeyCode.T, KeyCombination.ALT_DOWN);
    static final KeyCombination ORDER = new KeyCodeCombination(KeyCode.O, KeyCombination.ALT_DOWN);

    private final InvestigationActions actions;
    private final InvestigationDetailView detail;
    private final Consumer<QueueTabs.DocumentRef> openDocument;
    private final ComboBox<InvestigationStatusFilter> statusFilter = new ComboBox<>();
    private final TextField textFilter = new TextField();
    private final DatePicker fromDate = new DatePicker();
    private final DatePicker toDate = new DatePicker();

    public InvestigationQueueView(Workspace workspace, Clock clock, Consumer<QueueTabs.DocumentRef> openDocument) {
        super(workspace, clock, RequestKind.INVESTIGATION_ORDER, "investigation", InvestigationView.class,
                InvestigationQuery.DEFAULT);
        this.openDocument = openDocument;
        actions = new InvestigationActions(workspace);
        detail = new InvestigationDetailView(clock.getZone(), m -> QueueTabs.openAmong(openDocument, document(m), shownDocuments()), this::openOrder,
                this::issue, this::giveBack);
        install();
        // the list whole beside the detail at 1280 px in Chinese and English (issue 13): the application no. and 提交时间 (the days left
        // count from it; both in the detail) in the column chooser
        hideByDefault("no", "submitted");
    }

    /** The documents of the request shown, in order: the one opened and its neighbours come from here. */
    private List<QueueTabs.DocumentRef> shownDocuments() {
        InvestigationRow row = detail.shown();
        return row == null || row.view().materials() == null ? List.<QueueTabs.DocumentRef>of() : row.view().materials().stream().map(this::document).toList();
    }

    private QueueTabs.DocumentRef document(InvestigationMaterialRef m) {
        InvestigationRow row = detail.shown();
        return new QueueTabs.DocumentRef(m.id(), m.sha256(), m.fileName(), m.contentType(), m.size(),
                Messages.get("investigation.material." + m.type().name()), row == null ? "" : row.view().applicationNo());
    }

    /** Alt+O / 查看调查令: the issued order's PDF in the viewer, fetched by its hash like a material. */
    public void openOrder(InvestigationView v) {
        InvestigationOrder order = v == null || v.decision() == null ? null : v.decision().order();
        if (order == null) {
            return;
        }
        openDocument.accept(new QueueTabs.DocumentRef(-v.id(), order.pdfSha256(), order.orderNo() + ".pdf",
                "application/pdf", 0, Messages.get("investigation.order"), order.orderNo()));
    }

    // ---- rows ----

    /**
     * What the queue lists and counts as still to do (a time limit running, a removed one listed too), one rule for its
     * line in the list of queues before the view is built and for the view once built.
     */
    public static final QueueCount<InvestigationView, InvestigationRow> COUNT = new QueueCount<>(
            RequestKind.INVESTIGATION_ORDER, InvestigationView.class, s -> true,
            (s, clock) -> InvestigationRow.of(s, LocalDate.now(clock), clock.getZone()), r -> r.due() != null);

    @Override public QueueCount<InvestigationView, InvestigationRow> counting() { return COUNT; }

    @Override protected KindRow<InvestigationView> source(InvestigationRow row) { return row.source(); }
    @Override protected InvestigationRow opened(InvestigationRow row) { return row.opened(true); }

    @Override
    protected boolean matches(InvestigationQuery query, InvestigationRow row) {
        return query.matches(row, clock.getZone());
    }

    @Override
    protected Comparator<InvestigationRow> order() {
        return InvestigationQueueProcessor.defaultOrder();
    }

    @Override
    protected List<KindColumn<InvestigationRow>> columns() {
        var zone = clock.getZone();
        return List.of(
                KindColumn.<InvestigationRow>of("no", "investigation.col.no", 158, r -> r.view().applicationNo()).min(154),
                KindColumn.<InvestigationRow>status("investigation.col.status", 112).min(100),
                KindColumn.<InvestigationRow>of("left", "investigation.col.left", 88, InvestigationFormat::daysLeft)
                        .min(84).styled("investigation-left").deadline(),
                KindColumn.<InvestigationRow>of("case", "investigation.col.case", 170, r -> r.view().caseNumber()).min(120),
                KindColumn.<InvestigationRow>of("subject", "investigation.col.subject", 160, r -> r.view().subject())
                        .min(100),
                KindColumn.<InvestigationRow>of("holder", "investigation.col.holder", 80, r -> r.view().applicantName())
                        .min(70),
                KindColumn.<InvestigationRow>of("submitted", "investigation.col.submitted", 106,
                        r -> InvestigationFormat.shortDateTime(r.view().submittedAt(), zone)).min(104));
    }

    @Override
    protected String statusText(InvestigationRow row) {
        return org.courtdesk.app.i18n.Messages.status(row.shownStatus());
    }

    @Override
    protected List<RowMark<InvestigationRow>> rowMarks() {
        return List.of(RowMark.of("warn", r -> r.urgency() == InvestigationRow.Urgency.DUE_SOON),
                RowMark.of("overdue", r -> r.urgency() == InvestigationRow.Urgency.OVERDUE));
    }

    @Override protected double listShare() { return 0.62; }
    @Override protected String emptyKey() { return "investigation.queue.empty"; }

    // ---- 查询条件 ----

    @Override
    protected List<Node> filters() {
        statusFilter.setId("investigation-filter-status");
        statusFilter.getItems().setAll(InvestigationStatusFilter.values());
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(InvestigationStatusFilter s) {
                return s == null ? "" : Messages.get(s.key());
            }

            @Override
            public InvestigationStatusFilter fromString(String s) {
                return null;
            }
        });
        statusFilter.setValue(InvestigationStatusFilter.ALL);
        statusFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withStatus(b)));
        textFilter.setId("investigation-filter-text");
        textFilter.setPromptText(Messages.get("investigation.filter.text.prompt"));
        // the prompt short enough for a narrow filter bar, what the field searches said whole in its tooltip (issue 13)
        textFilter.setTooltip(new javafx.scene.control.Tooltip(Messages.get("investigation.filter.text.tip")));
        textFilter.setPrefColumnCount(16);
        textFilter.textProperty().addListener((o, a, b) -> query(q -> q.withText(b)));
        for (DatePicker p : List.of(fromDate, toDate)) {
            p.setPrefWidth(132);
            p.setConverter(ReviewFormViewDates.CONVERTER);
            p.valueProperty().addListener((o, a, b) -> query(q -> q.withDates(fromDate.getValue(), toDate.getValue())));
        }
        fromDate.setPromptText(Messages.get("queue.filter.from"));
        toDate.setPromptText(Messages.get("queue.filter.to"));
        return List.of(caption("queue.filter.status"), statusFilter, caption("investigation.filter.case"), textFilter,
                caption("queue.filter.dates"), fromDate, new Label("—"), toDate);
    }

    @Override
    protected void clearFilters() {
        textFilter.clear();
        fromDate.setValue(null);
        toDate.setValue(null);
        statusFilter.setValue(InvestigationStatusFilter.ALL);
    }

    @Override
    protected TextInputControl searchField() {
        return textFilter;
    }

    // ---- detail, 接收 and 退回 ----

    @Override public InvestigationDetailView detail() { return detail; }

    /**
     * A newly shown request fills the detail; a change of the one shown waits while a 退回 reason is being typed, unless it
     * is the judge's own action being saved.
     */
    @Override
    protected void show(InvestigationRow row) {
        InvestigationRow shown = detail.shown();
        if (shown == null || shown.id() != row.id() || detail.reasonText().isBlank()
                || !shown.source().pending().equals(row.source().pending())) { // the judge's own action was saved
            detail.show(row);
        }
    }

    @Override protected void focusForm() { detail.focusIssue(); }

    /** No form to save: 接收 and 退回 are the decisions (Alt+J, Alt+T). */
    @Override
    protected void saveForm(Runnable onSaved) {}

    /** Alt+J / 接收: the order is issued by the server when the action arrives. */
    public void issue() {
        InvestigationRow row = detail.shown();
        if (row == null) {
            return;
        }
        Fx.async(() -> actions.issue(row), o -> afterOne(row, o), t -> detail.showErrors(List.of(String.valueOf(t))));
    }

    /** Alt+T / 退回: to the reason first when it is empty, else saved with it. */
    public void giveBack() {
        InvestigationRow row = detail.shown();
        if (row == null) {
            return;
        }
        String reason = detail.reasonText();
        if (reason == null || reason.isBlank()) {
            detail.showErrors(InvestigationActions.returnProblems(reason));
            detail.focusReason();
            return;
        }
        Fx.async(() -> actions.returnOne(row, reason), o -> afterOne(row, o),
                t -> detail.showErrors(List.of(String.valueOf(t))));
    }

    private void afterOne(InvestigationRow row, InvestigationActions.Outcome outcome) {
        if (outcome.saved()) {
            detail.showErrors(List.of());
            reread(row.ref());
        } else {
            detail.showErrors(List.of(outcome.problem()));
        }
    }

    @Override
    protected boolean kindKey(KeyEvent e) {
        if (ISSUE.match(e)) {
            issue();
        } else if (RETURN.match(e)) {
            giveBack();
        } else if (ORDER.match(e)) {
            InvestigationRow row = detail.shown();
            openOrder(row == null ? null : row.view());
        } else {
            return false;
        }
        return true;
    }
}
