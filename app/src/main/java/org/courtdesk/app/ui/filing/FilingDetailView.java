package org.courtdesk.app.ui.filing;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Icons;
import org.courtdesk.app.ui.reading.ReviewFormViewDates;
import org.courtdesk.model.filing.FilingConclusion;
import org.courtdesk.model.filing.FilingMaterialRef;
import org.courtdesk.model.filing.FilingMessage;
import org.courtdesk.model.filing.FilingParty;
import org.courtdesk.model.filing.FilingReview;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.filing.ReturnKind;

/**
 * One filing (spec-004 §2 screen 4): 立案信息 — court, parties, 案由, 诉讼请求, 事实与理由, 标的额 —, the materials
 * (each opens in the viewer), the 审查 so far, the 案号 once 立, and the 留言 thread with its box (screen 3). Pinned
 * under it, the 审查 form (screen 2: ① opinion and 保存, ② 符 / 退) and 收案 (screen 5), so they stay in view for the
 * keyboard. Controls only: the state and the rules are in {@link FilingActionModel}.
 */
public final class FilingDetailView extends VBox {

    private final FilingActionModel model;
    private final ZoneId zone;
    private final Consumer<FilingMaterialRef> openMaterial;
    private final FilingQueueView owner;
    private final VBox content = new VBox(12);
    private final ScrollPane scroll = new ScrollPane();
    private final VBox form = new VBox(8);

    private final TextArea opinion = new TextArea();
    private final Button saveOpinion = new Button();
    private final Button conform = new Button();
    private final Button returnButton = new Button();
    private final VBox returnBox = new VBox(6);
    private final RadioButton supplement = new RadioButton();
    private final RadioButton notAccepted = new RadioButton();
    private final TextArea supplementItems = new TextArea();
    private final DatePicker deadline = new DatePicker();
    /** The typed 补正期限 is the one saved; a refusal sits under the field (issue 13). */
    private final org.courtdesk.app.ui.form.FormFields fields = new org.courtdesk.app.ui.form.FormFields();
    private final TextArea refusalReasons = new TextArea();
    private final Button submitReturn = new Button();
    private final Button takeIn = new Button();
    private final Label reviewLocked = new Label();
    private final TextArea message = new TextArea();
    private final VBox errors = new VBox(2);
    private final Label notice = new Label();
    private FilingView shown;

    FilingDetailView(FilingActionModel model, ZoneId zone, Consumer<FilingMaterialRef> openMaterial, FilingQueueView owner) {
        this.model = model;
        this.zone = zone;
        this.openMaterial = openMaterial;
        this.owner = owner;
        setId("filing-detail");
        getStyleClass().add("detail-pane");
        setMinWidth(400); // beside the eight columns at 1280×800
        scroll.getStyleClass().addAll("detail-scroll", Styles.FLAT);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(14, 20, 16, 20));
        scroll.setContent(content);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        buildForm();
        getChildren().addAll(scroll, form);
        showPlaceholder();
    }

    public FilingView shown() {
        return shown;
    }

    // ---------------------------------------------------------------- the pinned form

    private void buildForm() {
        form.setId("filing-form");
        form.getStyleClass().addAll("review-form", "filing-form");
        form.setPadding(new Insets(10, 20, 12, 20));

        Label title = new Label(Messages.get("filing.review.title"));
        title.getStyleClass().add("section-title");
        opinion.setId("filing-opinion");
        opinion.setPromptText(Messages.get("filing.review.opinion.prompt"));
        opinion.setPrefRowCount(3);
        opinion.setWrapText(true);
        opinion.textProperty().bindBidirectional(model.opinionProperty());
        // F2: the court's standard sentences (常用语) into the opinion, and the reasons of a 不予受理.
        org.courtdesk.app.ui.phrase.PhrasePicker.install(opinion, org.courtdesk.model.request.RequestKind.ONLINE_FILING);
        org.courtdesk.app.ui.phrase.PhrasePicker.install(refusalReasons,
                org.courtdesk.model.request.RequestKind.ONLINE_FILING);
        button(saveOpinion, "filing-save-opinion", "filing.review.save", "Ctrl+S", MaterialDesignC.CONTENT_SAVE_OUTLINE);
        saveOpinion.setOnAction(e -> owner.save());
        button(conform, "filing-conform", "filing.conclusion.CONFORMS", "Alt+F", MaterialDesignC.CHECK_CIRCLE_OUTLINE);
        conform.getStyleClass().add("conclusion-conforms");
        conform.setOnAction(e -> owner.conform());
        button(returnButton, "filing-return", "filing.conclusion.RETURNED", "Alt+T", MaterialDesignC.CLOSE_CIRCLE_OUTLINE);
        returnButton.getStyleClass().add("conclusion-returned");
        returnButton.setOnAction(e -> owner.chooseReturn());
        conform.disableProperty().bind(model.conclusionEnabledProperty().not().or(model.savingProperty()));
        returnButton.disableProperty().bind(model.conclusionEnabledProperty().not().or(model.savingProperty()));
        saveOpinion.disableProperty().bind(model.savingProperty());
        model.conclusionProperty().addListener((o, a, b) -> highlight(b));
        Label hint = new Label(Messages.get("filing.review.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, saveOpinion, conform, returnButton);
        buttons.setAlignment(Pos.CENTER_LEFT);

        ToggleGroup kinds = new ToggleGroup();
        supplement.setText(Messages.get("filing.returnKind.SUPPLEMENT"));
        supplement.setId("filing-kind-supplement");
        supplement.setToggleGroup(kinds);
        notAccepted.setText(Messages.get("filing.returnKind.NOT_ACCEPTED"));
        notAccepted.setId("filing-kind-not-accepted");
        notAccepted.setToggleGroup(kinds);
        kinds.selectedToggleProperty().addListener((o, a, b) -> model.returnKindProperty().set(
                b == supplement ? ReturnKind.SUPPLEMENT : b == notAccepted ? ReturnKind.NOT_ACCEPTED : null));
        model.returnKindProperty().addListener((o, a, b) -> {
            supplement.setSelected(b == ReturnKind.SUPPLEMENT);
            notAccepted.setSelected(b == ReturnKind.NOT_ACCEPTED);
        });
        supplementItems.setId("filing-supplement-items");
        supplementItems.setPromptText(Messages.get("filing.return.items.prompt"));
        supplementItems.setPrefRowCount(3);
        supplementItems.textProperty().bindBidirectional(model.supplementItemsProperty());
        deadline.setId("filing-supplement-deadline");
        deadline.setConverter(ReviewFormViewDates.CONVERTER);
        deadline.setPromptText(Messages.get("filing.return.deadline.prompt"));
        deadline.valueProperty().bindBidirectional(model.supplementDeadlineProperty());
        deadline.setEditable(true);
        refusalReasons.setId("filing-refusal-reasons");
        refusalReasons.setPromptText(Messages.get("filing.return.reasons.prompt"));
        refusalReasons.setPrefRowCount(3);
        refusalReasons.setWrapText(true);
        refusalReasons.textProperty().bindBidirectional(model.refusalReasonsProperty());
        var isSupplement = model.returnKindProperty().isEqualTo(ReturnKind.SUPPLEMENT);
        var isRefusal = model.returnKindProperty().isEqualTo(ReturnKind.NOT_ACCEPTED);
        Label itemsLabel = fieldLabel("filing.return.items");
        Label deadlineLabel = fieldLabel("filing.return.deadline");
        HBox deadlineRow = new HBox(8, deadlineLabel, fields.date(deadline, Messages.get("filing.return.deadline")));
        deadlineRow.setAlignment(Pos.CENTER_LEFT);
        Label reasonsLabel = fieldLabel("filing.return.reasons");
        for (Node n : List.of(itemsLabel, supplementItems, deadlineRow)) {
            bindShown(n, isSupplement);
        }
        for (Node n : List.of(reasonsLabel, refusalReasons)) {
            bindShown(n, isRefusal);
        }
        button(submitReturn, "filing-submit-return", "filing.return.submit", "Ctrl+Enter", MaterialDesignS.SEND_OUTLINE);
        submitReturn.getStyleClass().add(Styles.DANGER);
        submitReturn.setOnAction(e -> owner.submitReturn());
        submitReturn.disableProperty().bind(model.savingProperty());
        returnBox.setId("filing-return-box");
        returnBox.getChildren().addAll(new HBox(16, supplement, notAccepted), itemsLabel, supplementItems, deadlineRow,
                reasonsLabel, refusalReasons, submitReturn);
        bindShown(returnBox, model.returningProperty());

        VBox review = new VBox(8, title, opinion, hint, buttons, returnBox);
        review.setId("filing-review");
        bindShown(review, model.reviewOfferedProperty());

        button(takeIn, "filing-take-in", "filing.intake", "Ctrl+Shift+A", MaterialDesignI.INBOX_ARROW_DOWN_OUTLINE);
        takeIn.getStyleClass().add(Styles.SUCCESS);
        takeIn.setOnAction(e -> owner.takeIn());
        takeIn.disableProperty().bind(model.savingProperty());
        bindShown(takeIn, model.intakeOfferedProperty());

        reviewLocked.setId("filing-review-locked");
        reviewLocked.getStyleClass().addAll(Styles.TEXT_MUTED, "review-locked");
        reviewLocked.setWrapText(true);
        reviewLocked.textProperty().bind(model.reviewLockedReasonProperty());
        bindShown(reviewLocked, model.reviewLockedReasonProperty().isNotEmpty());

        errors.setId("filing-errors");
        errors.getStyleClass().add("review-errors");
        model.errors().addListener((ListChangeListener<String>) c -> showErrors());
        showErrors();
        notice.setId("filing-notice");
        notice.getStyleClass().add("review-notice");
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.textProperty().bind(model.noticeProperty());
        bindShown(notice, model.noticeProperty().isNotEmpty());

        form.getChildren().addAll(review, takeIn, reviewLocked, errors, notice);
        highlight(null);
    }

    private static void button(Button b, String id, String key, String keys, org.kordamp.ikonli.Ikon icon) {
        b.setId(id);
        b.setText(Messages.get(key));
        b.setGraphic(Icons.of(icon, 16));
        b.setTooltip(new Tooltip(Messages.get(key) + "  (" + keys + ")"));
        b.setMinWidth(Region.USE_PREF_SIZE);
    }

    private static Label fieldLabel(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static void bindShown(Node n, javafx.beans.value.ObservableBooleanValue shown) {
        n.visibleProperty().bind(shown);
        n.managedProperty().bind(shown);
    }

    /** ④ the chosen conclusion's button is highlighted (spec-004 §2 screen 2). */
    private void highlight(FilingConclusion c) {
        conform.getStyleClass().remove("chosen");
        returnButton.getStyleClass().remove("chosen");
        if (c == FilingConclusion.CONFORMS) {
            conform.getStyleClass().add("chosen");
        } else if (c == FilingConclusion.RETURNED) {
            returnButton.getStyleClass().add("chosen");
        }
    }

    private void showErrors() {
        errors.getChildren().clear();
        for (String e : model.errors()) {
            Label l = new Label(e, Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, 14));
            l.getStyleClass().add("review-error");
            l.setWrapText(true);
            errors.getChildren().add(l);
        }
        errors.setVisible(!model.errors().isEmpty());
        errors.setManaged(!model.errors().isEmpty());
    }

    // ---------------------------------------------------------------- the filing

    public void showPlaceholder() {
        shown = null;
        Label l = new Label(Messages.get("filing.detail.placeholder"), Icons.of(MaterialDesignF.FILE_SEARCH_OUTLINE, 32));
        l.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, "detail-placeholder");
        l.setWrapText(true);
        VBox box = new VBox(l);
        box.setAlignment(Pos.CENTER);
        box.setMinHeight(300);
        content.getChildren().setAll(box);
    }

    public void show(FilingRow row) {
        FilingView v = row.view();
        shown = v;
        content.getChildren().clear();

        Label status = new Label(FilingFormat.statusText(row));
        status.setId("filing-detail-status");
        status.getStyleClass().addAll("status-chip", "filing-chip", "status-" + row.shownStatus().name().toLowerCase());
        if (row.sync() == FilingRow.Sync.PENDING) {
            status.getStyleClass().add("chip-pending");
        } else if (row.sync() != FilingRow.Sync.NONE) {
            status.getStyleClass().add("chip-conflict");
        }
        Label serial = new Label(Messages.format("filing.detail.serial", v.applicationNo()));
        serial.setId("filing-detail-serial");
        serial.getStyleClass().add("detail-case");
        // the chip and the serial on one line while they fit, the serial below in a narrow pane or a longer language
        javafx.scene.layout.FlowPane head = new javafx.scene.layout.FlowPane(10, 6, status, serial);
        head.setAlignment(Pos.CENTER_LEFT);
        status.setMinWidth(Region.USE_PREF_SIZE);
        serial.setMinWidth(Region.USE_PREF_SIZE);
        content.getChildren().add(head);
        if (v.caseNumber() != null) {
            Label caseNo = new Label(Messages.format("filing.detail.caseNumber", v.caseNumber()));
            caseNo.setId("filing-detail-case-number");
            caseNo.getStyleClass().add(Styles.TEXT_BOLD);
            content.getChildren().add(caseNo);
        }

        GridPane info = grid();
        int r = 0;
        r = row(info, r, "filing.detail.court", v.courtName());
        r = row(info, r, "filing.detail.applicant", FilingFormat.applicant(v));
        r = row(info, r, "filing.detail.submitted", FilingFormat.dateTime(v.submittedAt(), zone));
        if (v.lastSupplementAt() != null) {
            r = row(info, r, "filing.detail.supplemented", FilingFormat.dateTime(v.lastSupplementAt(), zone));
        }
        r = row(info, r, "filing.detail.judge", v.judgeName() == null ? "—" : v.judgeName());
        if (row.limit() != null) {
            r = row(info, r, "filing.detail.days", Messages.format("filing.detail.daysLine",
                    FilingFormat.daysText(row.limit()), FilingFormat.daysTooltip(row.limit())));
        }
        r = row(info, r, "filing.detail.cause", v.causeOfAction());
        row(info, r, "filing.detail.amount", FilingFormat.amount(v.amountInDispute()));
        section("filing.section.case", info);

        VBox parties = new VBox(8);
        for (FilingParty p : v.parties() == null ? List.<FilingParty>of() : v.parties()) {
            parties.getChildren().add(party(p));
        }
        section("filing.section.parties", parties);
        section("filing.section.claims", text(v.claims()));
        section("filing.section.facts", text(v.factsAndReasons()));

        VBox materials = new VBox(2);
        if (v.materials() == null || v.materials().isEmpty()) {
            materials.getChildren().add(muted("filing.materials.none"));
        } else {
            for (FilingMaterialRef m : v.materials()) {
                Hyperlink link = new Hyperlink(Messages.format("filing.material.link", FilingFormat.materialType(m.type()),
                        m.fileName(), FilingFormat.size(m.size())), Icons.of(MaterialDesignF.FILE_DOCUMENT_OUTLINE, 14));
                link.getStyleClass().add("material-link");
                link.setTooltip(new Tooltip(Messages.get("detail.materials.open")));
                link.setOnAction(e -> openMaterial.accept(m));
                materials.getChildren().add(link);
            }
        }
        section("filing.section.materials", materials);
        section("filing.section.review", review(v));
        if (v.caseNumber() != null || v.filedAt() != null) {
            GridPane filed = grid();
            int f = row(filed, 0, "filing.detail.caseNumberLabel", v.caseNumber() == null ? "—" : v.caseNumber());
            row(filed, f, "filing.detail.filedAt", FilingFormat.dateTime(v.filedAt(), zone));
            section("filing.section.filed", filed);
        }
        section("filing.section.messages", messages(v));
    }

    private Node review(FilingView v) {
        FilingReview review = v.review();
        if (review == null) {
            return muted("filing.review.none");
        }
        GridPane g = grid();
        int r = 0;
        r = row(g, r, "filing.review.reviewer", review.reviewerName());
        r = row(g, r, "filing.review.opinion", review.opinion());
        r = row(g, r, "filing.review.opinionSavedAt", FilingFormat.dateTime(review.opinionSavedAt(), zone));
        r = row(g, r, "filing.review.conclusion", review.conclusion() == null ? Messages.get("filing.review.noConclusion")
                : FilingFormat.conclusion(review.conclusion()));
        if (review.concludedAt() != null) {
            r = row(g, r, "filing.review.concludedAt", FilingFormat.dateTime(review.concludedAt(), zone));
        }
        if (review.returnKind() != null) {
            r = row(g, r, "filing.review.returnKind", FilingFormat.returnKind(review.returnKind()));
        }
        if (review.supplementItems() != null && !review.supplementItems().isEmpty()) {
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < review.supplementItems().size(); i++) {
                items.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(review.supplementItems().get(i));
            }
            r = row(g, r, "filing.review.items", items.toString());
            r = row(g, r, "filing.review.deadline", FilingFormat.date(review.supplementDeadline()));
        }
        if (review.refusalReasons() != null) {
            row(g, r, "filing.review.reasons", review.refusalReasons());
        }
        return g;
    }

    private Node messages(FilingView v) {
        VBox box = new VBox(8);
        box.setId("filing-messages");
        List<FilingMessage> thread = v.messages() == null ? List.of() : v.messages();
        if (thread.isEmpty()) {
            box.getChildren().add(muted("filing.messages.none"));
        }
        for (FilingMessage m : thread) {
            Label who = new Label(Messages.format(m.fromCourt() ? "filing.message.court" : "filing.message.applicant",
                    m.authorName() == null ? "" : m.authorName(), FilingFormat.dateTime(m.at(), zone)));
            who.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Label text = new Label(m.text());
            text.setWrapText(true);
            VBox one = new VBox(2, who, text);
            one.getStyleClass().addAll("filing-message", m.fromCourt() ? "filing-message-court" : "filing-message-applicant");
            box.getChildren().add(one);
        }
        message.setId("filing-message");
        message.setPromptText(Messages.get("filing.message.prompt"));
        message.setPrefRowCount(2);
        message.setWrapText(true);
        if (!message.textProperty().isBound()) {
            message.textProperty().bindBidirectional(model.messageProperty());
        }
        Button send = new Button();
        button(send, "filing-send", "filing.message.send", "Ctrl+Enter", MaterialDesignS.SEND_OUTLINE);
        send.getStyleClass().add(Styles.ACCENT);
        send.setOnAction(e -> owner.sendMessage());
        send.disableProperty().bind(model.savingProperty().or(Bindings.createBooleanBinding(
                () -> model.messageProperty().get() == null || model.messageProperty().get().isBlank(), model.messageProperty())));
        Button cancel = new Button(Messages.get("filing.message.cancel"));
        cancel.setId("filing-cancel");
        cancel.setOnAction(e -> model.cancelMessage());
        HBox buttons = new HBox(8, send, cancel);
        VBox writer = new VBox(6, fieldLabel("filing.message.label"), message, buttons);
        bindShown(writer, model.messageOfferedProperty());
        box.getChildren().add(writer);
        return box;
    }

    private Node party(FilingParty p) {
        Label head = new Label(Messages.format("filing.party.head", FilingFormat.partyRole(p.role()),
                FilingFormat.partyType(p.type()), p.name()));
        head.getStyleClass().add(Styles.TEXT_BOLD);
        head.setWrapText(true); // a long company name wraps whole in a narrow detail, never "…" (issue 13)
        GridPane g = grid();
        int r = 0;
        if (p.idNumber() != null) {
            r = row(g, r, "filing.party.idNumber", p.idNumber());
        }
        if (p.legalRepresentative() != null) {
            r = row(g, r, "filing.party.legalRepresentative", p.legalRepresentative());
        }
        if (p.address() != null) {
            r = row(g, r, "filing.party.address", p.address());
        }
        if (p.phone() != null) {
            row(g, r, "filing.party.phone", p.phone());
        }
        VBox box = new VBox(4, head, g);
        box.getStyleClass().add("filing-party");
        return box;
    }

    private void section(String key, Node body) {
        Label title = new Label(Messages.get(key));
        title.getStyleClass().add("section-title");
        VBox s = new VBox(6, title, body);
        s.getStyleClass().add("detail-section");
        content.getChildren().add(s);
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(4);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setFillWidth(true);
        g.getColumnConstraints().addAll(label, value);
        return g;
    }

    private static int row(GridPane g, int r, String key, String value) {
        Label v = new Label(value == null || value.isBlank() ? "—" : value);
        v.getStyleClass().add("field-value");
        v.setWrapText(true);
        g.addRow(r, fieldLabel(key), v);
        return r + 1;
    }

    private static Label text(String s) {
        Label l = new Label(s == null || s.isBlank() ? "—" : s);
        l.setWrapText(true);
        l.getStyleClass().add("field-value");
        return l;
    }

    private static Label muted(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    // ---------------------------------------------------------------- focus for the keyboard

    /** Enter on a row: the opinion when it may be reviewed, else the message box. */
    void focusFirst() {
        if (model.reviewOfferedProperty().get()) {
            opinion.requestFocus();
            opinion.end();
        } else if (model.intakeOfferedProperty().get()) {
            takeIn.requestFocus();
        } else {
            focusMessage();
        }
    }

    void focusReturn() {
        if (model.returnKindProperty().get() == ReturnKind.NOT_ACCEPTED) {
            refusalReasons.requestFocus();
        } else {
            supplementItems.requestFocus();
        }
    }

    /** Ctrl+M: the 留言 box at the end of the detail. */
    void focusMessage() {
        if (shown == null || !model.messageOfferedProperty().get()) {
            return;
        }
        scroll.setVvalue(scroll.getVmax());
        message.requestFocus();
    }

    /** Ctrl+Enter: sends what the focused box belongs to — the 留言, or the 退. */
    void submitFocused() {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (focus == message) {
            owner.sendMessage();
        } else if (model.returningProperty().get()) {
            owner.submitReturn();
        }
    }

    /** The 补正期限 as typed (a save right after typing saves what is on screen); false, with the error shown, if no date. */
    boolean commitTypedDeadline() {
        return fields.commit();
    }

    org.courtdesk.app.ui.form.FormFields fields() {
        return fields;
    }
}
