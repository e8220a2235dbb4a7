package org.courtdesk.app.ui.adjournment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
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
import org.courtdesk.model.adjournment.AdjournmentConclusion;
import org.courtdesk.model.adjournment.AdjournmentMaterialRef;
import org.courtdesk.model.adjournment.AdjournmentRules;
import org.courtdesk.model.adjournment.AdjournmentView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

/**
 * The 延期开庭 tab (spec-004 §4 延期开庭主页面 and 审查页面) on the kind-neutral queue: its 查询条件 (开庭时间, 申请日期, 状态,
 * text), its columns (hearing time with the undecided first), and the detail with the 审查 form. Its own keys: Alt+Y
 * 审查通过, Alt+N 审查不通过; the rest is the core's. A request without its hearing is not listed; one the server
 * removed stays while an action of the user refers to it.
 */
public final class AdjournmentQueueView extends KindQueueView<AdjournmentView, AdjournmentRow, AdjournmentQuery> {

    static final KeyCombination APPROVE = new KeyCodeCombination(KeyCode.Y, KeyCombination.ALT_DOWN);
    static final KeyCombination REJECT = new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN);

    private final AdjournmentActionModel actions;
    private final AdjournmentDetailView detail;
    private final ComboBox<AdjournmentStatusFilter> statusFilter = new ComboBox<>();
    private final DatePicker hearingFrom = new DatePicker();
    private final DatePicker hearingTo = new DatePicker();
    private final DatePicker appliedFrom = new DatePicker();
    private final DatePicker appliedTo = new DatePicker();
    private org.courtdesk.app.ui.form.DateRangeFilter hearingRange;
    private org.courtdesk.app.ui.form.DateRangeFilter appliedRange;
    private final TextField textFilter = new TextField();

    /** @param openDocument opens a material in the in-app viewer */
    public AdjournmentQueueView(Workspace workspace, Clock clock, Consumer<QueueTabs.DocumentRef> openDocument) {
        super(workspace, clock, RequestKind.ADJOURNMENT, "adjournment", AdjournmentView.class, AdjournmentQuery.DEFAULT);
        actions = new AdjournmentActionModel(workspace, Fx.background(), Platform::runLater,
                () -> LocalDateTime.now(clock));
        detail = new AdjournmentDetailView(actions, clock.getZone(), m -> QueueTabs.openAmong(openDocument, document(m), shownDocuments()));
        install();
        hideByDefault(REASON);
    }

    /** The documents of the request shown, in order: the one opened and its neighbours come from here. */
    private List<QueueTabs.DocumentRef> shownDocuments() {
        AdjournmentView v = detail.shown();
        return v == null || v.materials() == null ? List.<QueueTabs.DocumentRef>of() : v.materials().stream().map(this::document).toList();
    }

    private QueueTabs.DocumentRef document(AdjournmentMaterialRef m) {
        AdjournmentView v = detail.shown();
        return new QueueTabs.DocumentRef(m.id(), m.sha256(), m.fileName(), m.contentType(), m.size(),
                Messages.get("adjournment.material"), v == null ? "" : v.applicationNo());
    }

    // ---- rows ----

    /**
     * What the queue lists and counts as still to do (待审查, listed once it has a hearing), one rule for its line in the
     * list of queues before the view is built and for the view once built.
     */
    public static final QueueCount<AdjournmentView, AdjournmentRow> COUNT = new QueueCount<>(RequestKind.ADJOURNMENT,
            AdjournmentView.class, s -> s.view().hearing() != null,
            (s, clock) -> AdjournmentRow.of(s, LocalDateTime.now(clock)),
            r -> r.shownStatus() == RequestStatus.PENDING_REVIEW);

    @Override public QueueCount<AdjournmentView, AdjournmentRow> counting() { return COUNT; }

    @Override protected KindRow<AdjournmentView> source(AdjournmentRow row) { return row.source(); }

    @Override
    protected AdjournmentRow opened(AdjournmentRow row) {
        KindRow<AdjournmentView> s = row.source();
        return new AdjournmentRow(new KindRow<>(s.view(), true, s.removed(), s.pending()), row.shownStatus(), row.sync(),
                row.limit());
    }

    @Override
    protected boolean matches(AdjournmentQuery query, AdjournmentRow row) {
        return AdjournmentQueueProcessor.matches(row, query, clock.getZone());
    }

    @Override
    protected Comparator<AdjournmentRow> order() {
        return AdjournmentQueueProcessor.order();
    }

    /**
     * Every default column beside the detail at 1280 px, in Chinese and English, without scrolling sideways (issue 13):
     * the hearing as day and time (its year and place in the cell's tooltip — hearings are weeks ahead), 延期原因 (prose,
     * whole in the detail) in the column chooser, not shown until the judge asks for it.
     */
    @Override
    protected List<KindColumn<AdjournmentRow>> columns() {
        return List.of(
                KindColumn.of("caseNumber", "adjournment.col.caseNumber", 165, r -> r.view().caseNumber()),
                KindColumn.<AdjournmentRow>of("hearing", "adjournment.col.hearing", 90,
                        r -> AdjournmentFormat.shortTime(r.view().hearing().startsAt()))
                        .tooltip(r -> AdjournmentFormat.time(r.view().hearing().startsAt()) + "  " + r.view().hearing().place()),
                KindColumn.<AdjournmentRow>of("left", "adjournment.col.left", 110,
                        r -> AdjournmentFormat.leftText(r.limit())).styled("adjournment-left").deadline(),
                KindColumn.of("applicant", "adjournment.col.applicant", 70, r -> r.view().applicantName()),
                KindColumn.of("applied", "adjournment.col.applied", 85, r -> {
                    LocalDate d = AdjournmentQueueProcessor.applied(r, clock.getZone());
                    return d == null ? "" : d.toString();
                }),
                KindColumn.<AdjournmentRow>of(REASON, "adjournment.col.reason", 110, r -> r.view().reason())
                        .tooltip(r -> r.view().reason()),
                KindColumn.of("count", "adjournment.col.count", 58, r -> r.view().hearing().adjournments() + "/"
                        + AdjournmentRules.maxAdjournments(r.view().hearing().procedure())),
                KindColumn.status("adjournment.col.status", 90));
    }

    /** The id of 延期原因, hidden by default (the column chooser shows it; the choice is remembered). */
    static final String REASON = "reason";

    @Override
    protected String statusText(AdjournmentRow row) {
        return AdjournmentFormat.status(row.shownStatus());
    }

    @Override
    protected List<RowMark<AdjournmentRow>> rowMarks() {
        return List.of(RowMark.of("overdue", AdjournmentRow::overdue), RowMark.of("warn", r -> r.limit() != null
                && r.limit().urgency() == AdjournmentRules.Urgency.DUE_SOON));
    }

    @Override protected double listShare() { return 0.68; }

    /** Plain rows as tall as their text (no stripes, no fixed height): 延期开庭's look from before the core had one. */
    @Override protected void styleTable(javafx.scene.control.TableView<AdjournmentRow> table) {}

    // ---- 查询条件 ----

    @Override
    protected List<Node> filters() {
        statusFilter.setId("adjournment-filter-status");
        statusFilter.getItems().setAll(AdjournmentStatusFilter.values());
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(AdjournmentStatusFilter s) {
                return s == null ? "" : Messages.get(s.key());
            }

            @Override
            public AdjournmentStatusFilter fromString(String s) {
                return null;
            }
        });
        statusFilter.setValue(AdjournmentStatusFilter.ALL);
        statusFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withStatus(b)));
        for (DatePicker p : List.of(hearingFrom, hearingTo, appliedFrom, appliedTo)) {
            p.setPrefWidth(124);
            p.setConverter(ReviewFormViewDates.CONVERTER);
        }
        hearingFrom.setId("adjournment-filter-hearing-from");
        hearingTo.setId("adjournment-filter-hearing-to");
        appliedFrom.setId("adjournment-filter-applied-from");
        appliedTo.setId("adjournment-filter-applied-to");
        hearingFrom.valueProperty().addListener((o, a, b) -> query(q -> q.withHearing(b, hearingTo.getValue())));
        hearingTo.valueProperty().addListener((o, a, b) -> query(q -> q.withHearing(hearingFrom.getValue(), b)));
        appliedFrom.valueProperty().addListener((o, a, b) -> query(q -> q.withApplied(b, appliedTo.getValue())));
        appliedTo.valueProperty().addListener((o, a, b) -> query(q -> q.withApplied(appliedFrom.getValue(), b)));
        textFilter.setId("adjournment-filter-text");
        textFilter.setPromptText(Messages.get("adjournment.filter.text.prompt"));
        // as wide as its prompt: the core fits the search field (PromptFit), in English too (issue 13)
        textFilter.textProperty().addListener((o, a, b) -> query(q -> q.withText(b)));
        // each date range one choice (今天, the next or last days, 自定义… shows its two pickers), so the bar takes one line
        // at 1280 px (issue 13: four pickers put it on two); with its caption it wraps as one, never inside
        hearingRange = new org.courtdesk.app.ui.form.DateRangeFilter("adjournment.filter.hearing",
                "adjournment-filter-hearing", org.courtdesk.app.ui.form.DateRangeFilter.AHEAD, () -> LocalDate.now(clock),
                hearingFrom, hearingTo);
        appliedRange = new org.courtdesk.app.ui.form.DateRangeFilter("adjournment.filter.applied",
                "adjournment-filter-applied", org.courtdesk.app.ui.form.DateRangeFilter.PAST, () -> LocalDate.now(clock),
                appliedFrom, appliedTo);
        return List.of(caption("adjournment.filter.status"), statusFilter, hearingRange, appliedRange, textFilter);
    }

    @Override
    protected void clearFilters() {
        statusFilter.setValue(AdjournmentStatusFilter.ALL);
        hearingRange.reset();
        appliedRange.reset();
        textFilter.clear();
    }

    @Override
    protected TextInputControl searchField() {
        return textFilter;
    }

    // ---- detail and 审查 ----

    @Override
    protected Node detail() {
        return detail;
    }

    /** A newly shown request fills the detail; a change of the one shown leaves it alone while the judge types. */
    @Override
    protected void show(AdjournmentRow row) {
        boolean same = actions.row() != null && actions.row().id() == row.id();
        actions.load(row);
        if (!same || !detail.editing()) {
            detail.show(row);
        }
    }

    @Override
    protected void focusForm() {
        detail.focusOpinion();
    }

    /** 保存审查结论: into the outbox; once its row shows 待同步 the queue moves on to the next request still to do. */
    @Override
    protected void saveForm(Runnable onSaved) {
        detail.decide(onSaved);
    }

    @Override
    protected boolean kindKey(KeyEvent e) {
        if (APPROVE.match(e)) {
            choose(AdjournmentConclusion.APPROVE);
        } else if (REJECT.match(e)) {
            choose(AdjournmentConclusion.REJECT);
        } else {
            return false;
        }
        return true;
    }

    private void choose(AdjournmentConclusion c) {
        if (actions.decisionOfferedProperty().get()) {
            actions.conclusionProperty().set(c);
            detail.focusOpinion();
        }
    }

    public AdjournmentActionModel actions() {
        return actions;
    }
}
