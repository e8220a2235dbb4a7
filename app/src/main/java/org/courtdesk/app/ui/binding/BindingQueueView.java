package org.courtdesk.app.ui.binding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
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
import org.courtdesk.model.binding.BindingMaterialRef;
import org.courtdesk.model.binding.BindingVerdict;
import org.courtdesk.model.binding.BindingView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

/**
 * The 案件绑定 tab (spec-004 §8) on the kind-neutral queue: the case judge's and their clerks' list of lawyers asking to
 * act for a party (still to decide on top, the longest waiting first), the application with its two papers, and the
 * decision form. Its own keys: Alt+A 审核通过, Alt+R 审核不通过 (the reason field takes the focus; F4 opens the phrase
 * list); the rest is the core's — J/K, Enter to the form, Ctrl+S saves and goes back to the list on the next
 * application still to decide.
 */
public final class BindingQueueView extends KindQueueView<BindingView, BindingRow, BindingQuery> {

    static final KeyCombination APPROVE = new KeyCodeCombination(KeyCode.A, KeyCombination.ALT_DOWN);
    static final KeyCombination REJECT = new KeyCodeCombination(KeyCode.R, KeyCombination.ALT_DOWN);

    /** The 状态 query condition: every status (null), or one of the three. */
    private static final List<RequestStatus> STATUSES = java.util.Arrays.asList(null, RequestStatus.BINDING_PENDING,
            RequestStatus.BINDING_APPROVED, RequestStatus.BINDING_REJECTED);

    private final BindingDecisionModel decision;
    private final Consumer<QueueTabs.DocumentRef> openDocument;

    private final ComboBox<RequestStatus> statusFilter = new ComboBox<>();
    private final TextField textFilter = new TextField();

    private final ScrollPane detail;
    private final GridPane fields = new GridPane();
    private final Label detailStatus = new Label();
    private final VBox materials = new VBox(4);
    private final ToggleGroup verdicts = new ToggleGroup();
    private final RadioButton approve = new RadioButton(Messages.get("binding.decide.approve"));
    private final RadioButton reject = new RadioButton(Messages.get("binding.decide.reject"));
    private final ComboBox<String> reason = new ComboBox<>();
    private final Button saveButton = new Button(Messages.get("binding.decide.save"));
    private final Label errors = new Label();
    private final Label notice = new Label();
    private final VBox form = new VBox(8);
    private long formId = -1;

    /** @param openDocument opens a material in the in-app viewer */
    public BindingQueueView(Workspace workspace, Clock clock, Consumer<QueueTabs.DocumentRef> openDocument) {
        super(workspace, clock, RequestKind.CASE_BINDING, "binding", BindingView.class, BindingQuery.DEFAULT);
        this.openDocument = openDocument;
        decision = new BindingDecisionModel(workspace, Fx.background(), Platform::runLater);
        detail = new ScrollPane(buildDetail());
        detail.setFitToWidth(true);
        detail.setId("binding-detail");
        install();
        // the list whole beside the detail at 1280 px in Chinese and English (issue 13): the application no. (in the detail) in the column
        // chooser; 授权 as one word
        hideByDefault("no");
    }

    // ---- rows ----

    /**
     * What the queue lists and counts as still to do (待审核), one rule for its line in the list of queues before the view
     * is built and for the view once built.
     */
    public static final QueueCount<BindingView, BindingRow> COUNT = QueueCount.of(RequestKind.CASE_BINDING,
            BindingView.class, (s, clock) -> BindingRow.of(s, LocalDate.now(clock), clock.getZone()), BindingRow::open);

    @Override public QueueCount<BindingView, BindingRow> counting() { return COUNT; }

    @Override protected KindRow<BindingView> source(BindingRow row) { return row.source(); }

    @Override
    protected BindingRow opened(BindingRow row) {
        KindRow<BindingView> s = row.source();
        return new BindingRow(new KindRow<>(s.view(), true, s.removed(), s.pending()), row.shownStatus(), row.unsent(),
                row.refused(), row.daysWaiting());
    }


    @Override
    protected boolean matches(BindingQuery query, BindingRow row) {
        return query.matches(row);
    }

    @Override
    protected Comparator<BindingRow> order() {
        return BindingQueueProcessor.defaultOrder();
    }

    @Override
    protected List<KindColumn<BindingRow>> columns() {
        return List.of(
                KindColumn.<BindingRow>of("no", "binding.col.no", 150, r -> r.view().applicationNo()).min(148),
                KindColumn.<BindingRow>of("case", "binding.col.case", 180, r -> r.view().caseNumber()).min(176),
                KindColumn.<BindingRow>of("party", "binding.col.party", 120, r -> BindingFormat.party(r.view())).min(90),
                KindColumn.<BindingRow>of("lawyer", "binding.col.lawyer", 68, r -> r.view().applicantName()).min(60),
                KindColumn.<BindingRow>of("authority", "binding.col.authority", 70, r -> BindingFormat.authorityShort(r.view()))
                        .min(60),
                KindColumn.<BindingRow>of("waiting", "binding.col.waiting", 60, BindingFormat::days).min(52),
                KindColumn.<BindingRow>status("binding.col.status", 132).min(128));
    }

    @Override
    protected String statusText(BindingRow row) {
        return BindingFormat.status(row.shownStatus());
    }

    @Override protected double listShare() { return 0.67; }

    /** Plain rows as tall as their text (no stripes, no fixed height): 案件绑定's look from before the core had one. */
    @Override
    protected void styleTable(TableView<BindingRow> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
    }

    // ---- 查询条件 ----

    @Override
    protected List<Node> filters() {
        statusFilter.setId("binding-filter-status");
        statusFilter.getItems().setAll(STATUSES);
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(RequestStatus s) {
                return BindingFormat.status(s);
            }

            @Override
            public RequestStatus fromString(String s) {
                return null;
            }
        });
        statusFilter.setValue(BindingQuery.DEFAULT.status());
        statusFilter.valueProperty().addListener((o, a, b) -> query(q -> new BindingQuery(b, q.text())));
        textFilter.setId("binding-filter-text");
        textFilter.setPromptText(Messages.get("binding.filter.prompt"));
        // the prompt short enough for a narrow filter bar, what the field searches said whole in its tooltip (issue 13)
        textFilter.setTooltip(new javafx.scene.control.Tooltip(Messages.get("binding.filter.tip")));
        textFilter.setPrefColumnCount(25);
        textFilter.textProperty().addListener((o, a, b) -> query(q -> new BindingQuery(q.status(), b)));
        return List.of(caption("binding.filter.status"), statusFilter, textFilter);
    }

    @Override
    protected void clearFilters() {
        textFilter.clear();
        statusFilter.setValue(BindingQuery.DEFAULT.status());
    }

    @Override
    protected TextInputControl searchField() {
        return textFilter;
    }

    // ---- detail and decision ----

    @Override
    protected Node detail() {
        return detail;
    }

    private VBox buildDetail() {
        detailStatus.setId("binding-detail-status");
        detailStatus.getStyleClass().add("detail-status");
        fields.setHgap(10);
        fields.setVgap(4);
        approve.setId("binding-approve");
        reject.setId("binding-reject");
        approve.setToggleGroup(verdicts);
        reject.setToggleGroup(verdicts);
        verdicts.selectedToggleProperty().addListener((o, a, b) -> decision.verdictProperty().set(
                b == approve ? BindingVerdict.APPROVE : b == reject ? BindingVerdict.REJECT : null));
        decision.verdictProperty().addListener((o, a, b) -> verdicts.selectToggle(
                b == BindingVerdict.APPROVE ? approve : b == BindingVerdict.REJECT ? reject : null));
        reason.setId("binding-reason");
        reason.setEditable(true);
        reason.setMaxWidth(Double.MAX_VALUE);
        reason.setPromptText(Messages.get("binding.decide.reasonPrompt"));
        reason.getItems().setAll(BindingDecisionModel.standardReasons());
        reason.getEditor().textProperty().addListener((o, a, b) -> decision.reasonProperty().set(b));
        reason.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                decision.reasonProperty().set(b);
            }
        });
        reason.disableProperty().bind(decision.verdictProperty().isNotEqualTo(BindingVerdict.REJECT));
        saveButton.setId("binding-save");
        saveButton.setOnAction(e -> save());
        saveButton.disableProperty().bind(decision.savingProperty().or(decision.verdictProperty().isNull()));
        errors.setId("binding-errors");
        errors.getStyleClass().add("form-errors");
        errors.setWrapText(true);
        decision.errors().addListener((ListChangeListener<String>) c -> errors.setText(String.join("\n", decision.errors())));
        notice.setId("binding-notice");
        notice.textProperty().bind(decision.noticeProperty());
        Label reasonLabel = new Label(Messages.get("binding.decide.reason"));
        reasonLabel.setLabelFor(reason);
        form.getChildren().setAll(new Label(Messages.get("binding.decide.title")), new HBox(16, approve, reject),
                reasonLabel, reason, saveButton, errors);
        form.setId("binding-form");
        form.visibleProperty().bind(decision.offeredProperty());
        form.managedProperty().bind(form.visibleProperty());
        VBox box = new VBox(10, detailStatus, fields, new Label(Messages.get("binding.detail.materials")), materials, form,
                notice);
        box.setPadding(new Insets(10));
        return box;
    }

    /**
     * A newly shown application fills the detail with an empty form; a change of the one shown waits while a reason is
     * being typed or the decision is being saved, unless it is the user's own decision that was saved.
     */
    @Override
    protected void show(BindingRow row) {
        BindingRow loaded = decision.row();
        boolean same = row.id() == formId;
        if (same && loaded != null && (decision.savingProperty().get() || reason.isFocused())
                && loaded.source().pending().equals(row.source().pending())) {
            return;
        }
        if (!same) {
            // Another binding: the reason field starts empty, not with the last one typed.
            reason.setValue(null);
            reason.getEditor().clear();
        }
        formId = row.id();
        decision.load(row);
        fields.getChildren().clear();
        materials.getChildren().clear();
        BindingView v = row.view();
        detailStatus.setText(BindingFormat.statusText(row));
        var zone = clock.getZone();
        int i = 0;
        i = field(i, "binding.detail.no", v.applicationNo());
        i = field(i, "binding.detail.case", v.caseNumber() + "  " + (v.caseTitle() == null ? "" : v.caseTitle()));
        i = field(i, "binding.detail.court", v.courtName());
        i = field(i, "binding.detail.party", BindingFormat.party(v));
        i = field(i, "binding.detail.lawyer", v.applicantName());
        i = field(i, "binding.detail.phone", v.applicantPhone());
        i = field(i, "binding.detail.licence", v.licenceNo());
        i = field(i, "binding.detail.firm", v.lawFirm());
        i = field(i, "binding.detail.authority", BindingFormat.authority(v));
        i = field(i, "binding.detail.submitted", BindingFormat.dateTime(v.submittedAt(), zone));
        i = field(i, "binding.detail.judge", v.judgeName());
        if (v.decidedAt() != null) {
            i = field(i, "binding.detail.reviewer", v.reviewerName());
            i = field(i, "binding.detail.decided", BindingFormat.dateTime(v.decidedAt(), zone));
        }
        if (v.rejectionReason() != null) {
            field(i, "binding.detail.reason", v.rejectionReason());
        }
        if (v.materials() != null) {
            java.util.List<QueueTabs.DocumentRef> documents = v.materials().stream()
                    .map(m -> new QueueTabs.DocumentRef(m.id(), m.sha256(), m.fileName(), m.contentType(), m.size(),
                            Messages.get("binding.material." + m.type().name()), v.applicationNo()))
                    .toList();
            for (int k = 0; k < documents.size(); k++) {
                BindingMaterialRef m = v.materials().get(k);
                QueueTabs.DocumentRef document = documents.get(k);
                Hyperlink link = new Hyperlink(Messages.get("binding.material." + m.type().name()) + "：" + m.fileName());
                link.setOnAction(e -> QueueTabs.openAmong(openDocument, document, documents));
                materials.getChildren().add(link);
            }
        }
    }

    private int field(int row, String key, String value) {
        Label name = new Label(Messages.get(key));
        name.getStyleClass().add("field-name");
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label text = new Label(value == null ? "" : value);
        text.setWrapText(true);
        fields.addRow(row, name, text);
        return row + 1;
    }

    /** Enter: to 审核通过 while a decision is offered. */
    @Override
    protected void focusForm() {
        if (decision.offeredProperty().get()) {
            approve.requestFocus();
        }
    }

    /** Ctrl+S: checked and into the outbox; then back to the list, where the core selects the next one to decide. */
    @Override
    protected void saveForm(Runnable onSaved) {
        decision.save(() -> {
            table().requestFocus();
            onSaved.run();
        });
    }

    /** Alt+A and Alt+R, only while a decision is offered. */
    @Override
    protected boolean kindKey(KeyEvent e) {
        if (!decision.offeredProperty().get()) {
            return false;
        }
        if (APPROVE.match(e)) {
            decision.verdictProperty().set(BindingVerdict.APPROVE);
            saveButton.requestFocus();
        } else if (REJECT.match(e)) {
            decision.verdictProperty().set(BindingVerdict.REJECT);
            reason.requestFocus();
        } else {
            return false;
        }
        return true;
    }

    // ---- for tests ----

    public BindingDecisionModel decision() { return decision; }
}
