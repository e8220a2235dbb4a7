package org.courtdesk.app.ui.transcript;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.main.QueueTabs;
import org.courtdesk.app.ui.queue.KindColumn;
import org.courtdesk.app.ui.queue.KindQueueView;
import org.courtdesk.app.ui.queue.QueueCount;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.transcript.TranscriptCorrectionView;
import org.courtdesk.model.transcript.TranscriptInfo;

/**
 * The 庭审笔录 tab (spec-004 §13) on the kind-neutral queue: the 申请补正 of the judge's cases, listed per case and
 * transcript with the transcript's reading deadline (阅读截止, days left), waiting ones first; the detail with the
 * transcript's 查看 in the in-app viewer, what the applicant asks to correct, and the answer — 同意补正 (Alt+Y, a note
 * optional) or 不予补正 (Alt+N, the reason required) — through the outbox; 本案全部笔录 opens the case's panel. Its own
 * keys are Alt+Y and Alt+N; J/K, Enter (focus on the reason), Ctrl+F, the 同步 filter, 撤回 and 处理冲突 are the core's,
 * and a sync's changes replace only the changed rows.
 */
public final class TranscriptQueueView
        extends KindQueueView<TranscriptCorrectionView, TranscriptRow, TranscriptQuery> {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MM-dd");
    static final KeyCombination AGREE = new KeyCodeCombination(KeyCode.Y, KeyCombination.ALT_DOWN);
    static final KeyCombination REFUSE = new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN);

    /** Per case, then transcript (newest hearing first); in each, waiting ones first, then by submission. */
    static final Comparator<TranscriptRow> ORDER = Comparator
            .comparing((TranscriptRow r) -> r.shownStatus() == RequestStatus.AWAITING_REPLY ? 0 : 1)
            .thenComparing(r -> r.view().caseNumber(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.view().transcript() == null ? null : r.view().transcript().hearingDate(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(r -> r.view().submittedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(TranscriptRow::id);

    private final TranscriptActions actions;
    private final Consumer<QueueTabs.DocumentRef> openDocument;
    private final ComboBox<TranscriptQuery.StatusFilter> statusFilter = new ComboBox<>();
    private final TextField textFilter = new TextField();
    // detail
    private final ScrollPane detail = new ScrollPane();
    private final VBox body = new VBox(10);
    private final Label number = new Label();
    private final Label status = new Label();
    private final GridPane facts = new GridPane();
    private final Hyperlink pdf = new Hyperlink();
    private final TextArea reason = new TextArea();
    private final Button agree = new Button(Messages.get("transcript.agree"));
    private final Button refuse = new Button(Messages.get("transcript.refuse"));
    private final VBox errors = new VBox(2);
    private final Label placeholder = new Label(Messages.get("transcript.detail.placeholder"));
    private TranscriptRow shown;

    public TranscriptQueueView(Workspace workspace, Clock clock, Consumer<QueueTabs.DocumentRef> openDocument) {
        super(workspace, clock, RequestKind.HEARING_TRANSCRIPT, "transcript", TranscriptCorrectionView.class,
                TranscriptQuery.DEFAULT);
        this.openDocument = openDocument;
        this.actions = new TranscriptActions(workspace);
        buildDetail();
        install();
    }

    // ---- rows ----

    /**
     * What the queue lists and counts as still to do (待答复), one rule for its line in the list of queues before the view
     * is built and for the view once built.
     */
    public static final QueueCount<TranscriptCorrectionView, TranscriptRow> COUNT = QueueCount.of(
            RequestKind.HEARING_TRANSCRIPT, TranscriptCorrectionView.class,
            (s, clock) -> TranscriptRow.of(s, LocalDate.now(clock)),
            r -> r.shownStatus() == RequestStatus.AWAITING_REPLY);

    @Override public QueueCount<TranscriptCorrectionView, TranscriptRow> counting() { return COUNT; }

    @Override protected KindRow<TranscriptCorrectionView> source(TranscriptRow row) { return row.source(); }

    @Override
    protected TranscriptRow opened(TranscriptRow row) {
        return row.opened(true);
    }

    @Override
    protected boolean matches(TranscriptQuery query, TranscriptRow row) {
        return query.matches(row);
    }

    @Override
    protected Comparator<TranscriptRow> order() {
        return ORDER;
    }

    @Override
    protected List<KindColumn<TranscriptRow>> columns() {
        // Fitted to 1280×800 beside the detail, in Chinese and English: the 案号 (with the core's unopened dot), the
        // transcript, its deadline and the application number whole; 状态 grows by itself for its badge.
        return List.of(
                KindColumn.<TranscriptRow>of("case", "transcript.col.case", 166, r -> r.view().caseNumber()).min(164)
                        .tooltip(r -> r.view().caseNumber()),
                KindColumn.<TranscriptRow>of("transcript", "transcript.col.transcript", 150,
                        r -> transcriptText(r.view())).min(140).tooltip(r -> transcriptText(r.view())),
                KindColumn.<TranscriptRow>of("until", "transcript.col.until", 136, TranscriptQueueView::untilText)
                        .min(128).styled("transcript-until"),
                KindColumn.<TranscriptRow>of("no", "transcript.col.no", 142, r -> r.view().applicationNo()).min(140),
                KindColumn.<TranscriptRow>of("applicant", "transcript.col.applicant", 64, r -> r.view().applicantName())
                        .min(56),
                KindColumn.<TranscriptRow>status("transcript.col.status", 130).min(60));
    }

    @Override
    protected String statusText(TranscriptRow row) {
        return Messages.status(row.shownStatus());
    }

    /** A transcript no longer open for reading: its 阅读截止 in red (transcript.css). */
    @Override
    protected List<RowMark<TranscriptRow>> rowMarks() {
        return List.of(RowMark.of("overdue", r -> r.readingDaysLeft() < 0));
    }

    @Override protected double listShare() { return 0.70; }
    @Override protected String emptyKey() { return "transcript.queue.empty"; }

    // ---- 查询条件 ----

    @Override
    protected List<Node> filters() {
        statusFilter.setId("transcript-filter-status");
        statusFilter.getItems().setAll(TranscriptQuery.StatusFilter.values());
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(TranscriptQuery.StatusFilter s) {
                return s == null ? "" : s.status() == null ? Messages.get("queue.filter.status.all")
                        : Messages.status(s.status());
            }

            @Override
            public TranscriptQuery.StatusFilter fromString(String s) {
                return null;
            }
        });
        statusFilter.setValue(TranscriptQuery.StatusFilter.ALL);
        statusFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withStatus(b)));
        textFilter.setId("transcript-filter-text");
        textFilter.setPromptText(Messages.get("transcript.filter.text.prompt"));
        // the prompt short enough for a narrow filter bar, what the field searches said whole in its tooltip (issue 13)
        textFilter.setTooltip(new javafx.scene.control.Tooltip(Messages.get("transcript.filter.text.tip")));
        textFilter.setTooltip(new Tooltip(Messages.get("transcript.filter.text.prompt") + "  (Ctrl+F)"));
        textFilter.setPrefColumnCount(16);
        textFilter.textProperty().addListener((o, a, b) -> query(q -> q.withText(b)));
        // 庭审笔录 of the case (every transcript, 上传笔录): a panel of its own, opened from here
        Button caseTranscripts = new Button(Messages.get("transcript.case.open"));
        caseTranscripts.setId("transcript-case-open");
        caseTranscripts.setMinWidth(Region.USE_PREF_SIZE);
        caseTranscripts.setOnAction(e -> TranscriptCasePanel.openWindow(getScene() == null ? null : getScene().getWindow(),
                workspace, clock, openDocument, shown == null ? null : shown.view().caseNumber()));
        return nodes(caption("queue.filter.status"), statusFilter, textFilter, caseTranscripts);
    }

    @Override
    protected void clearFilters() {
        textFilter.clear();
        statusFilter.setValue(TranscriptQuery.StatusFilter.ALL);
    }

    @Override
    protected TextInputControl searchField() {
        return textFilter;
    }

    // ---- texts ----

    static String transcriptText(TranscriptCorrectionView v) {
        TranscriptInfo t = v.transcript();
        return t == null ? "" : t.title() + " " + SHORT_DATE.format(t.hearingDate());
    }

    static String untilText(TranscriptRow r) {
        TranscriptInfo t = r.view().transcript();
        if (t == null) {
            return "";
        }
        long left = r.readingDaysLeft();
        return SHORT_DATE.format(t.readableUntil()) + " · " + (left < 0 ? Messages.get("transcript.closed")
                : Messages.format("transcript.daysLeft", left));
    }

    /** The status with what the user's action adds (the detail's line). */
    static String statusLine(TranscriptRow r) {
        String s = Messages.status(r.shownStatus());
        return switch (r.sync()) {
            case NONE -> s;
            case PENDING -> s + " · " + Messages.get("sync.mark.pending");
            case CONFLICT -> s + " · " + Messages.get("sync.mark.conflict");
            case REFUSED -> s + " · " + Messages.get("transfer.sync.refused");
        };
    }

    // ---- detail and the answer ----

    private void buildDetail() {
        detail.setContent(body);
        detail.setId("transcript-detail");
        detail.getStyleClass().add("detail-pane");
        detail.setFitToWidth(true);
        number.setId("transcript-detail-no");
        number.getStyleClass().add(Styles.TITLE_4);
        status.setId("transcript-detail-status");
        facts.setHgap(10);
        facts.setVgap(6);
        pdf.setId("transcript-pdf");
        pdf.setOnAction(e -> openPdf());
        reason.setId("transcript-reason");
        // F2: the court's standard sentences (常用语) for answering a 申请补正.
        org.courtdesk.app.ui.phrase.PhrasePicker.install(reason, RequestKind.HEARING_TRANSCRIPT);
        reason.setPromptText(Messages.get("transcript.reason.prompt"));
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        agree.setId("transcript-agree");
        agree.getStyleClass().add(Styles.SUCCESS);
        agree.setOnAction(e -> answer(true));
        refuse.setId("transcript-refuse");
        refuse.getStyleClass().add(Styles.DANGER);
        refuse.setOnAction(e -> answer(false));
        errors.setId("transcript-errors");
        body.setPadding(new Insets(12, 14, 12, 14));
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        body.getChildren().setAll(placeholder);
    }

    @Override
    protected Node detail() {
        return detail;
    }

    /** A newly shown request fills the detail; the shown one after a change keeps the reason being typed. */
    @Override
    protected void show(TranscriptRow row) {
        boolean same = shown != null && shown.id() == row.id();
        shown = row;
        TranscriptCorrectionView v = row.view();
        number.setText(v.applicationNo());
        status.setText(statusLine(row));
        facts.getChildren().clear();
        int r = 0;
        r = fact(r, "transcript.case", v.caseNumber());
        TranscriptInfo t = v.transcript();
        if (t != null) {
            r = fact(r, "transcript.transcript", transcriptText(v));
            r = fact(r, "transcript.attached", t.attachedBy() + " · " + DATE_TIME.format(t.attachedAt().atZone(clock.getZone())));
            r = fact(r, "transcript.until", untilText(row));
            pdf.setText(Messages.format("transcript.view", t.fileName()));
        }
        r = fact(r, "transcript.applicant", v.applicantName() + " · "
                + DATE_TIME.format(v.submittedAt().atZone(clock.getZone())));
        r = fact(r, "transcript.content", v.content());
        if (v.answer() != null) {
            r = fact(r, "transcript.answer", v.answer().deciderName() + " · "
                    + DATE_TIME.format(v.answer().decidedAt().atZone(clock.getZone())));
            if (v.answer().reason() != null) {
                fact(r, v.answer().agreed() ? "transcript.note" : "transcript.reason", v.answer().reason());
            }
        }
        if (!same) {
            reason.clear();
            errors.getChildren().clear();
        }
        boolean answerable = row.answerable();
        agree.setDisable(!answerable);
        refuse.setDisable(!answerable);
        reason.setDisable(!answerable);
        pdf.setVisible(t != null);
        pdf.setManaged(t != null);
        HBox head = new HBox(10, number, status);
        head.setAlignment(Pos.BASELINE_LEFT);
        HBox buttons = new HBox(8, agree, refuse);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Label formHeading = new Label(Messages.get("transcript.form"));
        formHeading.getStyleClass().addAll(Styles.TEXT_BOLD, "section-heading");
        body.getChildren().setAll(head, facts, pdf, formHeading, reason, buttons, errors);
    }

    private int fact(int row, String key, String value) {
        Label k = new Label(Messages.get(key));
        k.getStyleClass().add("field-label");
        k.setMinWidth(Region.USE_PREF_SIZE);
        Label val = new Label(value == null ? "" : value);
        val.setWrapText(true);
        facts.add(k, 0, row);
        facts.add(val, 1, row);
        return row + 1;
    }

    private void openPdf() {
        if (shown == null || shown.view().transcript() == null) {
            return;
        }
        TranscriptInfo t = shown.view().transcript();
        openDocument.accept(new QueueTabs.DocumentRef(t.id(), t.sha256(), t.fileName(), "application/pdf", t.size(),
                t.title(), t.caseNumber()));
    }

    @Override
    protected void focusForm() {
        Platform.runLater(reason::requestFocus);
    }

    /** Ctrl+S: an answer is 同意 or 不予 — Alt+Y or Alt+N say which; Ctrl+S alone saves nothing. */
    @Override
    protected void saveForm(Runnable onSaved) {
        if (shown != null && shown.answerable()) {
            showErrors(List.of(Messages.get("transcript.saveHint")));
        }
    }

    /** Alt+Y 同意补正 / Alt+N 不予补正 (the reason first when empty); the queue stays on the answered request. */
    void answer(boolean agreeing) {
        TranscriptRow row = shown;
        if (row == null) {
            return;
        }
        String text = reason.getText();
        List<String> problems = TranscriptActions.problems(agreeing, text);
        if (!problems.isEmpty()) {
            showErrors(problems);
            reason.requestFocus();
            return;
        }
        Fx.async(() -> actions.answer(row, agreeing, text), outcome -> {
            if (outcome.saved()) {
                showErrors(List.of());
                reread(row.ref());
            } else {
                showErrors(outcome.problems());
            }
        }, t -> showErrors(List.of(String.valueOf(t))));
    }

    private void showErrors(List<String> problems) {
        errors.getChildren().setAll(problems.stream().map(p -> {
            Label l = new Label(p);
            l.getStyleClass().add(Styles.DANGER);
            l.setWrapText(true);
            return l;
        }).toList());
    }

    @Override
    protected boolean kindKey(KeyEvent e) {
        if (AGREE.match(e)) {
            answer(true);
        } else if (REFUSE.match(e)) {
            answer(false);
        } else {
            return false;
        }
        return true;
    }

    // ---- for tests ----

    /** True when the visible rows answer the latest query and change. */
    public boolean settled() {
        return model().settled();
    }

    /** The request shown in the detail, or null. */
    public TranscriptRow shown() {
        return shown;
    }
}
