package org.courtdesk.app.ui.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

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
import org.courtdesk.app.ui.queue.KindColumn;
import org.courtdesk.app.ui.queue.KindQueueView;
import org.courtdesk.app.ui.queue.QueueCount;
import org.courtdesk.app.ui.reading.ReviewFormViewDates;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.contact.ContactResult;
import org.courtdesk.model.contact.ContactRules;
import org.courtdesk.model.contact.ContactView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

/**
 * The 预约法官 tab (spec-004 §11: 预约法官主页面 with 查询条件, 答复 → 预约法官答复页面) on the kind-neutral queue: its
 * 查询条件 (状态, 申请日期, text), its columns (the requests still to answer on top by time left), and the detail with the
 * reply form. Its own keys: Alt+Y 同意约见, Alt+N 不同意约见, Alt+W 书面答复 (F2 常用语 in the form); the rest is the core's.
 */
public final class ContactQueueView extends KindQueueView<ContactView, ContactRow, ContactQuery> {

    static final KeyCombination AGREE = new KeyCodeCombination(KeyCode.Y, KeyCombination.ALT_DOWN);
    static final KeyCombination DECLINE = new KeyCodeCombination(KeyCode.N, KeyCombination.ALT_DOWN);
    static final KeyCombination WRITTEN = new KeyCodeCombination(KeyCode.W, KeyCombination.ALT_DOWN);

    /** The 状态 query condition: all, or one of the two statuses. */
    private static final List<RequestStatus> STATUSES = java.util.Arrays.asList(null, RequestStatus.AWAITING_REPLY,
            RequestStatus.REPLIED);

    private final ContactReplyModel reply;
    private final ContactDetailView detail;
    private final ComboBox<RequestStatus> statusFilter = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField textFilter = new TextField();

    public ContactQueueView(Workspace workspace, Clock clock) {
        super(workspace, clock, RequestKind.CONTACT_JUDGE, "contact", ContactView.class, ContactQuery.DEFAULT);
        reply = new ContactReplyModel(workspace, Fx.background(), Platform::runLater, () -> LocalDateTime.now(clock));
        detail = new ContactDetailView(reply, clock.getZone(), this::save);
        install();
        // the list whole beside the detail at 1280 px in Chinese and English (issue 13): 事由 (prose, whole in the detail) in the column
        // chooser; the proposed time without the year
        hideByDefault("purpose");
    }

    // ---- rows ----

    /**
     * What the queue lists and counts as still to do (a reply period running), one rule for its line in the list of
     * queues before the view is built and for the view once built.
     */
    public static final QueueCount<ContactView, ContactRow> COUNT = QueueCount.of(RequestKind.CONTACT_JUDGE,
            ContactView.class, (s, clock) -> ContactRow.of(s, LocalDate.now(clock)), r -> r.urgency() != null);

    @Override public QueueCount<ContactView, ContactRow> counting() { return COUNT; }

    @Override
    protected KindRow<ContactView> source(ContactRow row) {
        return row.source();
    }

    @Override
    protected ContactRow opened(ContactRow row) {
        return row.opened(true);
    }

    @Override
    protected boolean answerable(ContactRow row) {
        return row.answerable();
    }

    @Override
    protected boolean matches(ContactQuery query, ContactRow row) {
        return query.matches(row, clock.getZone());
    }

    @Override
    protected Comparator<ContactRow> order() {
        return ContactQueueProcessor.defaultOrder();
    }

    @Override
    protected List<KindColumn<ContactRow>> columns() {
        return List.of(
                KindColumn.of("caseNumber", "contact.col.caseNumber", 176, r -> r.view().caseNumber()),
                KindColumn.of("applicant", "contact.col.applicant", 62, r -> r.view().applicantName()),
                KindColumn.of("purpose", "contact.col.purpose", 104, r -> r.view().purpose()),
                KindColumn.<ContactRow>of("time", "contact.col.time", 96, r -> r.view().proposedTimes() == null
                        || r.view().proposedTimes().isEmpty() ? "" : ContactDetailView.shortTime(r.view().proposedTimes().get(0)))
                        .tooltip(r -> r.view().proposedTimes() == null || r.view().proposedTimes().isEmpty() ? null
                                : ContactDetailView.time(r.view().proposedTimes().get(0))),
                KindColumn.<ContactRow>of("left", "contact.col.left", 82, ContactFormat::left).styled("contact-left")
                        .deadline(),
                KindColumn.status("contact.col.status", 122));
    }

    @Override
    protected String statusText(ContactRow row) {
        return ContactFormat.shownStatus(row);
    }

    @Override
    protected List<RowMark<ContactRow>> rowMarks() {
        return List.of(RowMark.of("overdue", r -> r.urgency() == ContactRules.Urgency.OVERDUE),
                RowMark.of("warn", r -> r.urgency() == ContactRules.Urgency.DUE_TODAY
                        || r.urgency() == ContactRules.Urgency.DUE_SOON));
    }

    /** Plain rows as tall as their text (no stripes, no fixed height): 预约法官's look from before the core had one. */
    @Override protected void styleTable(javafx.scene.control.TableView<ContactRow> table) {}

    // ---- 查询条件 ----

    @Override
    protected List<Node> filters() {
        statusFilter.setId("contact-filter-status");
        statusFilter.getItems().setAll(STATUSES);
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(RequestStatus s) {
                return ContactFormat.status(s);
            }

            @Override
            public RequestStatus fromString(String s) {
                return null;
            }
        });
        statusFilter.setValue(null);
        statusFilter.valueProperty().addListener((o, a, b) -> query(q -> q.withStatus(b)));
        for (DatePicker p : List.of(from, to)) {
            p.setPrefWidth(124);
            p.setConverter(ReviewFormViewDates.CONVERTER);
        }
        from.setId("contact-filter-from");
        to.setId("contact-filter-to");
        from.valueProperty().addListener((o, a, b) -> query(q -> q.withDates(b, to.getValue())));
        to.valueProperty().addListener((o, a, b) -> query(q -> q.withDates(from.getValue(), b)));
        textFilter.setId("contact-filter-text");
        textFilter.setPromptText(Messages.get("contact.filter.text.prompt"));
        // the prompt short enough for a narrow filter bar, what the field searches said whole in its tooltip (issue 13)
        textFilter.setTooltip(new javafx.scene.control.Tooltip(Messages.get("contact.filter.text.tip")));
        textFilter.setPrefColumnCount(14);
        textFilter.textProperty().addListener((o, a, b) -> query(q -> q.withText(b)));
        return List.of(caption("contact.filter.status"), statusFilter, caption("contact.filter.submitted"), from,
                new Label("–"), to, textFilter);
    }

    @Override
    protected void clearFilters() {
        statusFilter.setValue(null);
        from.setValue(null);
        to.setValue(null);
        textFilter.clear();
    }

    @Override
    protected TextInputControl searchField() {
        return textFilter;
    }

    // ---- detail and reply ----

    @Override
    protected Node detail() {
        return detail;
    }

    @Override
    protected void show(ContactRow row) {
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

    @Override
    protected boolean kindKey(KeyEvent e) {
        if (AGREE.match(e)) {
            choose(ContactResult.AGREE);
        } else if (DECLINE.match(e)) {
            choose(ContactResult.DECLINE);
        } else if (WRITTEN.match(e)) {
            choose(ContactResult.WRITTEN);
        } else {
            return false;
        }
        return true;
    }

    private void choose(ContactResult r) {
        if (reply.offeredProperty().get()) {
            reply.resultProperty().set(r);
            detail.focusContent();
        }
    }

    public ContactReplyModel reply() {
        return reply;
    }
}
