package org.courtdesk.app.ui.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
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
import org.courtdesk.app.ui.main.QueueTabs;
import org.courtdesk.app.ui.queue.KindColumn;
import org.courtdesk.app.ui.queue.KindQueueView;
import org.courtdesk.app.ui.queue.QueueCount;
import org.courtdesk.app.ui.reading.ReviewFormViewDates;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.filing.FilingMaterialRef;
import org.courtdesk.model.filing.FilingTimeLimit;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

/**
 * The 网上立案 tab (spec-004 §2 screen 1) on the kind-neutral queue: its 查询条件 (状态, one free text, 提交时间), its
 * columns (the 7-day urgency first), and the detail with 审查, 收案 and 留言. Its own keys: Alt+F 符, Alt+T 退,
 * Ctrl+Enter 提交退回 / 发送留言, Ctrl+M 留言, Ctrl+Shift+A 收案; Ctrl+S saves the 审查意见 (step ① of the review, so
 * the queue stays on the filing for its ② 符 / 退); J/K, Enter, Ctrl+F, the 同步 filter, 撤回 and 处理冲突 are the
 * core's, and a sync's changes replace only the changed rows.
 */
public final class FilingQueueView extends KindQueueView<FilingView, FilingRow, FilingQuery> {

    static final KeyCombination CONFORM = new KeyCodeCombination(KeyCode.F, KeyCombination.ALT_DOWN);
    static final KeyCombination RETURN = new KeyCodeCombination(KeyCode.T, KeyCombination.ALT_DOWN);
    static final KeyCombination SUBMIT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination MESSAGE = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination TAKE_IN = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final FilingActionModel actions;
    private final FilingDetailView detail;
    private final ComboBox<FilingStatusFilter> statusFilter = new ComboBox<>();
    private final TextField textFilter = new TextField();
    private final DatePicker fromDate = new DatePicker();
    private final DatePicker toDate = new DatePicker();
    private volatile UserInfo user;
    /** The filing whose own action was just saved: shown again even while its form differs from the old row. */
    private long saved = -1;

    /** @param openDocument opens a material in the in-app viewer */
    public FilingQueueView(Workspace workspace, Clock clock, Consumer<QueueTabs.DocumentRef> openDocument) {
        super(workspace, clock, RequestKind.ONLINE_FILING, "filing", FilingView.class, FilingQuery.DEFAULT);
        actions = new FilingActionModel(workspace, Fx.background(), Platform::runLater, this::today, this::user);
        detail = new FilingDetailView(actions, zone(), m -> QueueTabs.openAmong(openDocument, document(m), shownDocuments()), this);
        install();
        // the list whole beside the detail at 1280 px in Chinese and English (issue 13): 提交时间 (the days column counts from it; its
        // tooltip has the time), 案由 and 承办法官 (in the detail) in the column chooser
        hideByDefault("submitted", "cause", "judge");
        Fx.background().execute(() -> {
            try {
                user = workspace.user();
            } catch (RuntimeException ignored) {
                // no user: nothing may be reviewed
            }
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private UserInfo user() {
        if (user == null) {
            try {
                user = workspace.user();
            } catch (RuntimeException e) {
                return null;
            }
        }
        return user;
    }

    /** The documents of the request shown, in order: the one opened and its neighbours come from here. */
    private List<QueueTabs.DocumentRef> shownDocuments() {
        FilingView v = detail.shown();
        return v == null || v.materials() == null ? List.<QueueTabs.DocumentRef>of() : v.materials().stream().map(this::document).toList();
    }

    private QueueTabs.DocumentRef document(FilingMaterialRef m) {
        FilingView v = detail.shown();
        return new QueueTabs.DocumentRef(m.id(), m.sha256(), m.fileName(), m.contentType(), m.size(),
                FilingFormat.materialType(m.type()), v == null ? "" : v.applicationNo());
    }

    // ---- rows ----

    /**
     * What the queue lists and counts as still to do (收: still to review), one rule for its line in the list of queues
     * before the view is built and for the view once built.
     */
    public static final QueueCount<FilingView, FilingRow> COUNT = QueueCount.of(RequestKind.ONLINE_FILING,
            FilingView.class, (s, clock) -> FilingRow.of(s, LocalDate.now(clock), clock.getZone()),
            r -> r.shownStatus() == RequestStatus.FILING_RECEIVED);

    @Override public QueueCount<FilingView, FilingRow> counting() { return COUNT; }

    @Override protected KindRow<FilingView> source(FilingRow row) { return row.source(); }

    @Override
    protected FilingRow opened(FilingRow row) {
        KindRow<FilingView> s = row.source();
        return new FilingRow(new KindRow<>(s.view(), true, s.removed(), s.pending()), row.shownStatus(), row.sync(),
                row.limit(), row.plaintiffs(), row.defendants());
    }

    @Override
    protected boolean matches(FilingQuery query, FilingRow row) {
        return query.matches(row, zone());
    }

    @Override
    protected Comparator<FilingRow> order() {
        return FilingQueueProcessor.defaultOrder();
    }

    @Override
    protected List<KindColumn<FilingRow>> columns() {
        ZoneId zone = zone();
        // Fitted to 1280×800 beside the detail, in Chinese and English: "WSLA2022000003" whole (the core adds the
        // dot's room), "05-12 10:15" and "9天 · 已超期" / "6 d · due soon" whole; names and 案由 may end in "…" (the tooltip has them).
        // The day and time without the year (the tooltip has it). 状态 grows by itself for its 待同步 / 冲突 badge.
        return List.of(
                KindColumn.<FilingRow>of("serial", "filing.col.serial", 140, r -> r.view().applicationNo()).min(140),
                KindColumn.<FilingRow>status("filing.col.status", 90).min(48),
                KindColumn.<FilingRow>of("submitted", "filing.col.submitted", 100,
                        r -> FilingFormat.shortDateTime(r.view().submittedAt(), zone)).min(98)
                        .tooltip(r -> FilingFormat.dateTime(r.view().submittedAt(), zone)),
                KindColumn.<FilingRow>of("parties", "filing.col.parties", 128, r -> r.plaintiffs() + " / " + r.defendants())
                        .min(80).tooltip(r -> r.plaintiffs() + " / " + r.defendants()),
                KindColumn.<FilingRow>of("cause", "filing.col.cause", 96, r -> r.view().causeOfAction()).min(60)
                        .tooltip(r -> r.view().causeOfAction()),
                KindColumn.<FilingRow>of("applicant", "filing.col.applicant", 116, r -> FilingFormat.applicant(r.view()))
                        .min(76).tooltip(r -> FilingFormat.applicant(r.view())),
                KindColumn.<FilingRow>of("judge", "filing.col.judge", 70,
                        r -> r.view().judgeName() == null ? "—" : r.view().judgeName()).min(56),
                KindColumn.<FilingRow>of("days", "filing.col.days", 120, r -> FilingFormat.daysText(r.limit())).min(120)
                        .styled("filing-days").deadline().tooltip(r -> FilingFormat.daysTooltip(r.limit())));
    }

    @Override
    protected String statusText(FilingRow row) {
        return Messages.status(row.shownStatus());
    }

    /** 已过天数 in colour (warn from day 5, overdue after day 7) and the 状态 by its status (filing.css). */
    @Override
    protected List<RowMark<FilingRow>> rowMarks() {
        return List.of(
                RowMark.of("warn", r -> r.limit() != null && r.limit().urgency() == FilingTimeLimit.Urgency.WARN),
                RowMark.of("overdue", r -> r.limit() != null && r.limit().urgency() == FilingTimeLimit.Urgency.OVERDUE),
                RowMark.of("filing-received", r -> r.shownStatus() == RequestStatus.FILING_RECEIVED),
                RowMark.of("filing-conforms", r -> r.shownStatus() == RequestStatus.FILING_CONFORMS),
                RowMark.of("filing-returned", r -> r.shownStatus() == RequestStatus.FILING_RETURNED),
                RowMark.of("filing-filed", r -> r.shownStatus() == RequestStatus.FILING_FILED));
    }

    @Override protected double listShare() { return 0.68; }
    @Override protected String emptyKey() { return "filing.queue.empty"; }

    @Override
    protected String actionText(PendingAction action) {
        return Messages.get("filing.op." + action.op());
    }

    // ---- 查询条件 ----

    @Override
    protected List<Node> filters() {
        statusFilter.setId("filing-filter-status");
        statusFilter.getItems().setAll(FilingStatusFilter.values());
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(FilingStatusFilter s) {
                return s == null ? "" : Messages.get(s.key());
            }

            @Override
            public FilingStatusFilter fromString(String s) {
                return null;
            }
        });
        statusFilter.setValue(FilingStatusFilter.ALL);
        statusFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withStatus(b)));
        textFilter.setId("filing-filter-text");
        textFilter.setPromptText(Messages.get("filing.filter.text.prompt"));
        // a short prompt, what the field searches said whole in its tooltip (issue 13: 250–290 px wide in English)
        textFilter.setTooltip(new Tooltip(Messages.get("filing.filter.text.tip") + "  (Ctrl+F)"));
        textFilter.setPrefColumnCount(16);
        textFilter.textProperty().addListener((o, a, b) -> query(q -> q.withText(b)));
        for (DatePicker p : List.of(fromDate, toDate)) {
            p.setPrefWidth(124);
            p.setConverter(ReviewFormViewDates.CONVERTER);
            p.valueProperty().addListener((o, a, b) -> query(q -> q.withDates(fromDate.getValue(), toDate.getValue())));
        }
        fromDate.setId("filing-filter-from");
        fromDate.setPromptText(Messages.get("queue.filter.from"));
        toDate.setId("filing-filter-to");
        toDate.setPromptText(Messages.get("queue.filter.to"));
        follow(model().queryProperty().get());
        model().queryProperty().addListener((o, a, q) -> follow(q));
        return nodes(caption("queue.filter.status"), statusFilter, textFilter,
                caption("filing.filter.dates"), fromDate, new Label("—"), toDate);
    }

    @Override
    protected void clearFilters() {
        textFilter.clear();
        follow(model().defaultQuery());
    }

    /**
     * The controls show the query the table applies, as 阅卷's do: set back by 重置 to the kind's default query, and
     * following a query changed by the model itself (a shortcut, 今日到期, a test). The text box keeps what was typed.
     */
    private void follow(FilingQuery q) {
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
        return textFilter;
    }

    // ---- detail, 审查, 收案, 留言 ----

    /** The detail pane with the 审查 form (public for tests). */
    @Override
    public FilingDetailView detail() {
        return detail;
    }

    /**
     * A newly shown filing fills the detail; a change of the one shown (a sync, the server's answer) leaves it alone
     * while the user writes there, except right after the user's own action on it was saved.
     */
    @Override
    protected void show(FilingRow row) {
        boolean same = actions.row() != null && actions.row().id() == row.id();
        if (same && saved != row.id() && editing()) {
            return;
        }
        saved = -1;
        actions.load(row);
        detail.show(row);
    }

    private boolean editing() {
        return actions.returningProperty().get() || !actions.messageProperty().get().isBlank()
                || actions.savingProperty().get()
                || (actions.reviewOfferedProperty().get() && actions.row() != null
                    && !Objects.equals(actions.opinionProperty().get(), nz(actions.row().savedOpinion())));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    protected void focusForm() {
        detail.focusFirst();
    }

    /**
     * Ctrl+S: ① 保存审查意见. The queue stays on this filing (its ② 符 / 退 follows), so {@code onSaved} — the core's
     * move to the next request — is not run; the row is read again instead.
     */
    @Override
    protected void saveForm(Runnable onSaved) {
        actions.saveOpinion(a -> afterSave());
    }

    /** After an action of the user on the shown filing was saved: its row (待同步) and the detail follow. */
    private void afterSave() {
        FilingRow row = actions.row();
        if (row != null) {
            saved = row.id();
            reread(row.ref());
        }
    }

    @Override
    protected boolean kindKey(KeyEvent e) {
        if (CONFORM.match(e)) {
            conform();
        } else if (RETURN.match(e)) {
            chooseReturn();
        } else if (SUBMIT.match(e)) {
            detail.submitFocused();
        } else if (MESSAGE.match(e)) {
            detail.focusMessage();
        } else if (TAKE_IN.match(e)) {
            takeIn();
        } else {
            return false;
        }
        return true;
    }

    public void conform() {
        actions.conform(a -> afterSave());
    }

    public void chooseReturn() {
        if (actions.chooseReturn()) {
            detail.focusReturn();
        }
    }

    public void submitReturn() {
        if (!detail.commitTypedDeadline()) {
            return; // not a date: said in the form, nothing saved
        }
        actions.submitReturn(a -> afterSave());
    }

    public void sendMessage() {
        actions.sendMessage(a -> afterSave());
    }

    /** 收案: asks first, since it hands the filing to the trial system. */
    public void takeIn() {
        if (actions.row() == null) {
            return;
        }
        if (!actions.intakeOfferedProperty().get()) {
            actions.takeIn(null); // says why not
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("filing.intake.confirm",
                actions.row().view().applicationNo()), ButtonType.OK, ButtonType.CANCEL);
        Scene scene = getScene();
        if (scene != null) {
            confirm.initOwner(scene.getWindow());
        }
        confirm.setTitle(Messages.get("filing.intake"));
        confirm.setHeaderText(Messages.get("filing.intake.header"));
        confirm.getDialogPane().setStyle("-fx-font-family: \"" + org.courtdesk.app.ui.Theme.family() + "\";");
        confirm.getDialogPane().setId("filing-intake-confirm");
        Optional<ButtonType> answer = confirm.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK) {
            actions.takeIn(a -> afterSave());
        }
    }

    // ---- for tests ----

    public FilingActionModel actions() { return actions; }
}
