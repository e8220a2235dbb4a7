package org.courtdesk.app.ui.suggestion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.util.StringConverter;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Fx;
import org.courtdesk.app.ui.queue.KindColumn;
import org.courtdesk.app.ui.queue.KindQueueView;
import org.courtdesk.app.ui.queue.QueueCount;
import org.courtdesk.app.ui.reading.ReviewFormViewDates;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.suggestion.SuggestionCategory;
import org.courtdesk.model.suggestion.SuggestionRules;
import org.courtdesk.model.suggestion.SuggestionView;

/**
 * The 意见建议 tab (spec-004 §12: 意见建议页面 with the 查询条件 法院, 类别, 状态, 提出时间; 意见建议查看处理页面) on the
 * kind-neutral queue: its conditions, its columns (still to answer on top by time left) and the detail with the answer.
 * Judges and clerks see their cases' suggestions, 中心审核员 their court's without a case.
 */
public final class SuggestionQueueView extends KindQueueView<SuggestionView, SuggestionRow, SuggestionQuery> {

    /** The 状态 query condition: all, or one of the two statuses. */
    private static final List<RequestStatus> STATUSES = java.util.Arrays.asList(null, RequestStatus.AWAITING_REPLY,
            RequestStatus.REPLIED);

    private final SuggestionReplyModel reply;
    private final SuggestionDetailView detail;
    private final ComboBox<String> courtFilter = new ComboBox<>();
    private final ComboBox<SuggestionCategory> categoryFilter = new ComboBox<>();
    private final ComboBox<RequestStatus> statusFilter = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private org.courtdesk.app.ui.form.DateRangeFilter dates;
    private final TextField textFilter = new TextField();

    public SuggestionQueueView(Workspace workspace, Clock clock) {
        super(workspace, clock, RequestKind.SUGGESTION, "suggestion", SuggestionView.class, SuggestionQuery.DEFAULT);
        reply = new SuggestionReplyModel(workspace, Fx.background(), Platform::runLater);
        detail = new SuggestionDetailView(reply, clock.getZone(), this::save);
        install();
        // the list whole beside the detail at 1280 px in Chinese and English (issue 13): the court (in the detail) in the column chooser
        hideByDefault("court");
    }

    // ---- rows ----

    /**
     * What the queue lists and counts as still to do (a reply period running), one rule for its line in the list of
     * queues before the view is built and for the view once built.
     */
    public static final QueueCount<SuggestionView, SuggestionRow> COUNT = QueueCount.of(RequestKind.SUGGESTION,
            SuggestionView.class, (s, clock) -> SuggestionRow.of(s, LocalDate.now(clock)), r -> r.urgency() != null);

    @Override public QueueCount<SuggestionView, SuggestionRow> counting() { return COUNT; }

    @Override
    protected KindRow<SuggestionView> source(SuggestionRow row) {
        return row.source();
    }

    @Override
    protected SuggestionRow opened(SuggestionRow row) {
        return row.opened(true);
    }

    @Override
    protected boolean answerable(SuggestionRow row) {
        return row.answerable();
    }

    @Override
    protected boolean matches(SuggestionQuery query, SuggestionRow row) {
        return query.matches(row, clock.getZone());
    }

    @Override
    protected Comparator<SuggestionRow> order() {
        return SuggestionQueueProcessor.defaultOrder();
    }

    @Override
    protected List<KindColumn<SuggestionRow>> columns() {
        return List.of(
                KindColumn.of("court", "suggestion.col.court", 150, r -> r.view().courtName()),
                KindColumn.of("category", "suggestion.col.category", 72, r -> SuggestionFormat.category(r.view().category())),
                KindColumn.of("title", "suggestion.col.title", 150, r -> r.view().title()),
                KindColumn.of("applicant", "suggestion.col.applicant", 62, r -> r.view().applicantName()),
                KindColumn.of("submitted", "suggestion.col.submitted", 92, r -> r.view().submittedAt() == null ? ""
                        : LocalDate.ofInstant(r.view().submittedAt(), clock.getZone()).toString()),
                KindColumn.<SuggestionRow>of("left", "suggestion.col.left", 80, SuggestionFormat::left)
                        .styled("suggestion-left").deadline(),
                KindColumn.status("suggestion.col.status", 90));
    }

    @Override
    protected String statusText(SuggestionRow row) {
        return SuggestionFormat.status(row.shownStatus());
    }

    @Override
    protected List<RowMark<SuggestionRow>> rowMarks() {
        return List.of(RowMark.of("overdue", r -> r.urgency() == SuggestionRules.Urgency.OVERDUE),
                RowMark.of("warn", r -> r.urgency() == SuggestionRules.Urgency.DUE_TODAY
                        || r.urgency() == SuggestionRules.Urgency.DUE_SOON));
    }

    /** Plain rows as tall as their text (no stripes, no fixed height): 意见建议's look from before the core had one. */
    @Override protected void styleTable(javafx.scene.control.TableView<SuggestionRow> table) {}

    // ---- 查询条件 ----

    @Override
    protected List<Node> filters() {
        statusFilter.setId("suggestion-filter-status");
        statusFilter.getItems().setAll(STATUSES);
        statusFilter.setConverter(converter(SuggestionFormat::status));
        statusFilter.setValue(null);
        statusFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withStatus(b)));
        courtFilter.setId("suggestion-filter-court");
        courtFilter.getItems().setAll(java.util.Arrays.asList((String) null));
        // the court's short name (天河区法院), so the box is not as wide as the longest full name (the bar on one line, issue 13)
        courtFilter.setConverter(converter(code -> code == null ? Messages.get("suggestion.filter.all")
                : org.courtdesk.app.ui.reading.RowFormat.courtShort(courtName(code))));
        courtFilter.setValue(null);
        courtFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withCourt(b)));
        categoryFilter.setId("suggestion-filter-category");
        List<SuggestionCategory> categories = new ArrayList<>();
        categories.add(null);
        categories.addAll(List.of(SuggestionCategory.values()));
        categoryFilter.getItems().setAll(categories);
        categoryFilter.setConverter(converter(SuggestionFormat::category));
        categoryFilter.setValue(null);
        categoryFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withCategory(b)));
        for (DatePicker p : List.of(from, to)) {
            p.setPrefWidth(124);
            p.setConverter(ReviewFormViewDates.CONVERTER);
        }
        from.setId("suggestion-filter-from");
        to.setId("suggestion-filter-to");
        from.valueProperty().addListener((o, a, b) -> query(q -> q.withDates(b, to.getValue())));
        to.valueProperty().addListener((o, a, b) -> query(q -> q.withDates(from.getValue(), b)));
        textFilter.setId("suggestion-filter-text");
        textFilter.setPromptText(Messages.get("suggestion.filter.text.prompt"));
        textFilter.setPrefColumnCount(9);
        textFilter.textProperty().addListener((o, a, b) -> query(q -> q.withText(b)));
        // the dates one choice (今天, the last days, 自定义… shows the two pickers): the bar on one line at 1280 px (issue 13)
        dates = new org.courtdesk.app.ui.form.DateRangeFilter("suggestion.filter.submitted", "suggestion-filter-dates",
                org.courtdesk.app.ui.form.DateRangeFilter.PAST, () -> LocalDate.now(clock), from, to);
        return List.of(caption("suggestion.filter.court"), courtFilter, caption("suggestion.filter.category"),
                categoryFilter, caption("suggestion.filter.status"), statusFilter, dates, textFilter);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** The name of a court among the loaded suggestions, else its code. */
    private String courtName(String code) {
        return model().allRows().stream().filter(r -> code.equals(r.view().courtCode())).map(r -> r.view().courtName())
                .findFirst().orElse(code);
    }

    /** The 法院 choices: the courts of the loaded suggestions. */
    @Override
    protected void rowsChanged() {
        List<String> courts = new ArrayList<>();
        courts.add(null);
        model().allRows().stream().map(r -> r.view().courtCode()).filter(Objects::nonNull).distinct().sorted()
                .forEach(courts::add);
        if (!courts.equals(courtFilter.getItems())) {
            String keep = courtFilter.getValue();
            courtFilter.getItems().setAll(courts);
            courtFilter.setValue(courts.contains(keep) ? keep : null);
        }
    }

    @Override
    protected void clearFilters() {
        courtFilter.setValue(null);
        categoryFilter.setValue(null);
        statusFilter.setValue(null);
        dates.reset();
        textFilter.clear();
    }

    @Override
    protected TextInputControl searchField() {
        return textFilter;
    }

    // ---- detail and answer ----

    @Override
    protected Node detail() {
        return detail;
    }

    @Override
    protected void show(SuggestionRow row) {
        reply.load(row);
        detail.show(row);
    }

    @Override
    protected void focusForm() {
        detail.focusContent();
    }

    @Override
    protected void saveForm(Runnable onSaved) {
        reply.save(onSaved);
    }

    public SuggestionReplyModel reply() {
        return reply;
    }
}
