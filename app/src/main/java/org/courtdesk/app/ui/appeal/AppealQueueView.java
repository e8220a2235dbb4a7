package org.courtdesk.app.ui.appeal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;
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
import org.courtdesk.model.appeal.AppealConclusion;
import org.courtdesk.model.appeal.AppealMaterialRef;
import org.courtdesk.model.appeal.AppealView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

/**
 * The 提起上诉 tab (spec-004 §6) on the kind-neutral queue: its 查询条件 (状态, 提交日期, text), its columns (the judge's
 * next step, soonest first; the 特别授权 flag), and the detail with the 审查 form. Its own keys: Alt+A 已接受, Alt+R 退回;
 * the rest is the core's. A request the server removed stays listed while an action of the user refers to it.
 */
public final class AppealQueueView extends KindQueueView<AppealView, AppealRow, AppealQuery> {

    static final KeyCombination APPROVE = new KeyCodeCombination(KeyCode.A, KeyCombination.ALT_DOWN);
    static final KeyCombination REJECT = new KeyCodeCombination(KeyCode.R, KeyCombination.ALT_DOWN);

    private final AppealActionModel actions;
    private final AppealDetailView detail;
    private final ComboBox<AppealStatusFilter> statusFilter = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField textFilter = new TextField();

    /** @param openDocument opens a material in the in-app viewer */
    public AppealQueueView(Workspace workspace, Clock clock, Consumer<QueueTabs.DocumentRef> openDocument) {
        super(workspace, clock, RequestKind.APPEAL, "appeal", AppealView.class, AppealQuery.DEFAULT);
        actions = new AppealActionModel(workspace, Fx.background(), Platform::runLater);
        detail = new AppealDetailView(actions, clock.getZone(), () -> LocalDate.now(clock),
                m -> QueueTabs.openAmong(openDocument, document(m), shownDocuments()));
        install();
        // the list whole beside the detail at 1280 px in Chinese and English (issue 13): 原审裁判 (its type is in the period's 15 or 10
        // days and in the detail) in the column chooser; the step's due day without the year
        hideByDefault("decision");
    }

    /** The documents of the request shown, in order: the one opened and its neighbours come from here. */
    private List<QueueTabs.DocumentRef> shownDocuments() {
        AppealView v = detail.shown();
        return v == null || v.materials() == null ? List.<QueueTabs.DocumentRef>of() : v.materials().stream().map(this::document).toList();
    }

    private QueueTabs.DocumentRef document(AppealMaterialRef m) {
        AppealView v = detail.shown();
        return new QueueTabs.DocumentRef(m.id(), m.sha256(), m.fileName(), m.contentType(), m.size(),
                Messages.get("appeal.material." + m.type()), v == null ? "" : v.applicationNo());
    }

    // ---- rows ----

    /**
     * What the queue lists and counts as still to do (已提交, a removed one listed too), one rule for its line in the list
     * of queues before the view is built and for the view once built.
     */
    public static final QueueCount<AppealView, AppealRow> COUNT = new QueueCount<>(RequestKind.APPEAL, AppealView.class,
            s -> true, (s, clock) -> AppealRow.of(s, LocalDate.now(clock), clock.getZone()),
            r -> r.shownStatus() == RequestStatus.SUBMITTED);

    @Override public QueueCount<AppealView, AppealRow> counting() { return COUNT; }

    @Override protected KindRow<AppealView> source(AppealRow row) { return row.source(); }

    @Override
    protected AppealRow opened(AppealRow row) {
        KindRow<AppealView> s = row.source();
        return new AppealRow(new KindRow<>(s.view(), true, s.removed(), s.pending()), row.shownStatus(), row.sync(),
                row.period(), row.next(), row.urgency());
    }


    @Override
    protected boolean matches(AppealQuery query, AppealRow row) {
        return AppealQueueProcessor.matches(row, query, clock.getZone());
    }

    @Override
    protected Comparator<AppealRow> order() {
        return AppealQueueProcessor.order();
    }

    @Override
    protected List<KindColumn<AppealRow>> columns() {
        return List.of(
                KindColumn.of("caseNumber", "appeal.col.caseNumber", 165, r -> r.view().caseNumber()),
                KindColumn.of("appellant", "appeal.col.appellant", 80, r -> r.view().appellant() == null ? ""
                        : r.view().appellant().name()),
                KindColumn.of("decision", "appeal.col.decision", 50, r -> r.view().decisionType() == null ? ""
                        : AppealFormat.decisionType(r.view().decisionType())),
                KindColumn.of("period", "appeal.col.period", 100, r -> AppealFormat.periodText(r.period())),
                KindColumn.<AppealRow>of("step", "appeal.col.step", 190,
                        r -> AppealFormat.shortStepText(r, LocalDate.now(clock))).styled("appeal-step").deadline()
                        .tooltip(r -> AppealFormat.stepText(r, LocalDate.now(clock))),
                KindColumn.of("flag", "appeal.col.flag", 70, r -> r.view().specialAuthorityMissing()
                        ? Messages.get("appeal.flag.short") : ""),
                KindColumn.status("appeal.col.status", 90));
    }

    @Override
    protected String statusText(AppealRow row) {
        return Messages.status(row.shownStatus());
    }

    @Override
    protected List<RowMark<AppealRow>> rowMarks() {
        return List.of(RowMark.of("overdue", AppealFormat::overdue), RowMark.of("warn", AppealFormat::pressing));
    }

    @Override protected double listShare() { return 0.66; }

    /** Plain rows as tall as their text (no stripes, no fixed height): 提起上诉's look from before the core had one. */
    @Override protected void styleTable(javafx.scene.control.TableView<AppealRow> table) {}

    // ---- 查询条件 ----

    @Override
    protected List<Node> filters() {
        statusFilter.setId("appeal-filter-status");
        statusFilter.getItems().setAll(AppealStatusFilter.values());
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(AppealStatusFilter s) {
                return s == null ? "" : Messages.get(s.key());
            }

            @Override
            public AppealStatusFilter fromString(String s) {
                return null;
            }
        });
        statusFilter.setValue(AppealStatusFilter.ALL);
        statusFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withStatus(b)));
        for (DatePicker p : List.of(from, to)) {
            p.setPrefWidth(124);
            p.setConverter(ReviewFormViewDates.CONVERTER);
        }
        from.setId("appeal-filter-from");
        to.setId("appeal-filter-to");
        from.valueProperty().addListener((o, a, b) -> query(q -> q.withDates(b, to.getValue())));
        to.valueProperty().addListener((o, a, b) -> query(q -> q.withDates(from.getValue(), b)));
        textFilter.setId("appeal-filter-text");
        textFilter.setPromptText(Messages.get("appeal.filter.text.prompt"));
        textFilter.setPrefColumnCount(12);
        textFilter.textProperty().addListener((o, a, b) -> query(q -> q.withText(b)));
        return List.of(caption("appeal.filter.status"), statusFilter, caption("appeal.filter.submitted.date"), from,
                new Label("–"), to, textFilter);
    }

    @Override
    protected void clearFilters() {
        statusFilter.setValue(AppealStatusFilter.ALL);
        from.setValue(null);
        to.setValue(null);
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
    protected void show(AppealRow row) {
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
        actions.decide(onSaved);
    }

    @Override
    protected boolean kindKey(KeyEvent e) {
        if (APPROVE.match(e)) {
            choose(AppealConclusion.ACCEPT);
        } else if (REJECT.match(e)) {
            choose(AppealConclusion.RETURN);
        } else {
            return false;
        }
        return true;
    }

    private void choose(AppealConclusion c) {
        if (actions.decisionOfferedProperty().get()) {
            actions.conclusionProperty().set(c);
            detail.focusOpinion();
        }
    }

    public AppealActionModel actions() {
        return actions;
    }
}
