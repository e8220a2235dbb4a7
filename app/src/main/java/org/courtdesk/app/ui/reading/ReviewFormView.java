package org.courtdesk.app.ui.reading;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Icons;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;

/** 审查: the judge's decision on one 阅卷申请. All state lives in {@link ReviewFormModel}. */
public final class ReviewFormView extends VBox {

    private final ToggleBinder toggles = new ToggleBinder();
    private final ReviewFormModel model;
    private final ToggleButton agree = new ToggleButton();
    private final ToggleButton disagree = new ToggleButton();
    private final ToggleButton online = new ToggleButton();
    private final ToggleButton onSite = new ToggleButton();
    private final TextArea explanation = new TextArea();
    private final TextArea replyNote = new TextArea();
    private final DatePicker validUntil = ReviewFormViewDates.datePicker("review-valid-until");
    private final DatePicker onSiteStart = ReviewFormViewDates.datePicker("review-onsite-start");
    private final DatePicker onSiteEnd = ReviewFormViewDates.datePicker("review-onsite-end");
    private final Button save = new Button();
    /** The typed text of every field is its value on save; refusals and rule messages sit under their field. */
    private final org.courtdesk.app.ui.form.FormFields fields = new org.courtdesk.app.ui.form.FormFields();

    public ReviewFormView(ReviewFormModel model, Runnable onSave) {
        this(model, onSave, () -> {});
    }

    /** {@code onWithdraw}: 撤回 a decision saved here and not yet uploaded. */
    public ReviewFormView(ReviewFormModel model, Runnable onSave, Runnable onWithdraw) {
        this.model = model;
        setId("review-form");
        getStyleClass().add("review-form");
        setSpacing(10);

        Label title = new Label(Messages.get("review.title"));
        title.getStyleClass().add("section-title");

        ToggleGroup opinions = new ToggleGroup();
        agree.setId("review-agree");
        agree.setText(Messages.get("opinion.AGREE"));
        agree.setGraphic(Icons.of(MaterialDesignC.CHECK, 16));
        agree.setTooltip(new Tooltip(Messages.get("opinion.AGREE") + "  (Ctrl+1)"));
        agree.getStyleClass().addAll(Styles.LEFT_PILL, "opinion-agree");
        disagree.setId("review-disagree");
        disagree.setText(Messages.get("opinion.DISAGREE"));
        disagree.setGraphic(Icons.of(MaterialDesignC.CLOSE, 16));
        disagree.setTooltip(new Tooltip(Messages.get("opinion.DISAGREE") + "  (Ctrl+2)"));
        disagree.getStyleClass().addAll(Styles.RIGHT_PILL, "opinion-disagree");
        agree.setToggleGroup(opinions);
        disagree.setToggleGroup(opinions);
        agree.setUserData(ReviewOpinion.AGREE);
        disagree.setUserData(ReviewOpinion.DISAGREE);
        toggles.bind(opinions, model.opinionProperty());

        ToggleGroup modes = new ToggleGroup();
        online.setId("review-mode-online");
        online.setText(Messages.get("mode.ONLINE"));
        online.getStyleClass().add(Styles.LEFT_PILL);
        onSite.setId("review-mode-onsite");
        onSite.setText(Messages.get("mode.ON_SITE"));
        onSite.getStyleClass().add(Styles.RIGHT_PILL);
        online.setToggleGroup(modes);
        onSite.setToggleGroup(modes);
        online.setUserData(ReadingMode.ONLINE);
        onSite.setUserData(ReadingMode.ON_SITE);
        toggles.bind(modes, model.modeProperty());
        for (ToggleButton t : new ToggleButton[] {agree, disagree, online, onSite}) {
            t.setMinWidth(Region.USE_PREF_SIZE);
        }

        explanation.setId("review-explanation");
        explanation.setPrefRowCount(2);
        explanation.setWrapText(true);
        explanation.setPromptText(Messages.get("review.explanation.prompt"));
        // F2: the court's standard sentences (常用语) of a 阅卷 review.
        org.courtdesk.app.ui.phrase.PhrasePicker.install(explanation,
                org.courtdesk.model.request.RequestKind.CASE_FILE_READING);
        explanation.textProperty().bindBidirectional(model.explanationProperty());
        replyNote.setId("review-reply-note");
        replyNote.setPrefRowCount(1);
        replyNote.setWrapText(true);
        replyNote.setPromptText(Messages.get("review.replyNote.prompt"));
        replyNote.textProperty().bindBidirectional(model.replyNoteProperty());
        validUntil.valueProperty().bindBidirectional(model.validUntilProperty());
        onSiteStart.valueProperty().bindBidirectional(model.onSiteStartProperty());
        onSiteEnd.valueProperty().bindBidirectional(model.onSiteEndProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("review-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        c1.setFillWidth(true);
        grid.getColumnConstraints().addAll(c0, c1);

        HBox opinionBox = new HBox(0, agree, disagree);
        opinionBox.setMinWidth(Region.USE_PREF_SIZE);
        HBox modeBox = new HBox(0, online, onSite);
        Node validField = fields.date(validUntil, Messages.get("review.validUntil"));
        Node startField = fields.date(onSiteStart, Messages.get("review.onSiteStart"));
        Node endField = fields.date(onSiteEnd, Messages.get("review.onSiteEnd"));
        Node explanationField = fields.text(explanation, Messages.get("review.explanation"));
        Node replyField = fields.text(replyNote, Messages.get("review.replyNote"));
        fields.code(validUntil, org.courtdesk.model.api.ErrorCode.DECISION_VALID_UNTIL_REQUIRED,
                        org.courtdesk.model.api.ErrorCode.DECISION_VALID_UNTIL_OUT_OF_RANGE)
                .code(onSiteStart, org.courtdesk.model.api.ErrorCode.DECISION_WINDOW_REQUIRED,
                        org.courtdesk.model.api.ErrorCode.DECISION_WINDOW_INVALID)
                .code(explanation, org.courtdesk.model.api.ErrorCode.DECISION_EXPLANATION_REQUIRED);
        // The window's dates never shrink below their text (beside the list at 1280 px two shrunk pickers showed
        // "2026-12-0"): where both do not fit on one line, the end date goes to the next.
        onSiteStart.setMinWidth(Region.USE_PREF_SIZE);
        onSiteEnd.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane windowBox = new FlowPane(8, 6, startField, new Label("—"), endField);
        windowBox.setAlignment(Pos.TOP_LEFT);
        Label validLabel = label("review.validUntil");
        Label windowLabel = label("review.window");
        Label modeLabel = label("review.mode");

        // Compact, so the form stays on screen under the application on a 1280×800 laptop: the opinion sits in
        // the header beside 保存, the rest below.
        List<Node[]> rows = List.of(new Node[] {modeLabel, modeBox}, new Node[] {validLabel, validField},
                new Node[] {windowLabel, windowBox}, new Node[] {label("review.explanation", true), explanationField},
                new Node[] {label("review.replyNote"), replyField});

        // Mode and dates matter only for 同意; the dates follow the chosen mode.
        var agreeing = model.opinionProperty().isEqualTo(ReviewOpinion.AGREE);
        var isOnline = agreeing.and(model.modeProperty().isEqualTo(ReadingMode.ONLINE));
        var isOnSite = agreeing.and(model.modeProperty().isEqualTo(ReadingMode.ON_SITE));
        showWhen(agreeing, modeLabel, modeBox);
        showWhen(isOnline, validLabel, validField);
        showWhen(isOnSite, windowLabel, windowBox);
        // Only the shown rows go into the grid: a hidden row would still cost its vgap (a visible gap under 审查).
        Runnable layoutRows = () -> {
            grid.getChildren().clear();
            int r = 0;
            for (Node[] row : rows) {
                if (row[0].isVisible()) {
                    grid.addRow(r++, row);
                }
            }
        };
        layoutRows.run();
        agreeing.addListener((o, a, b) -> layoutRows.run());
        isOnline.addListener((o, a, b) -> layoutRows.run());
        isOnSite.addListener((o, a, b) -> layoutRows.run());

        VBox errors = new VBox(4);
        errors.setId("review-errors");
        errors.getStyleClass().add("review-errors");
        errors.visibleProperty().bind(Bindings.isNotEmpty(errors.getChildren()));
        errors.managedProperty().bind(errors.visibleProperty());
        // The rules' messages go under their fields; the rest (no field of theirs, a failed save) in the list.
        Runnable showErrors = () -> {
            fields.clear();
            java.util.List<String> general = new java.util.ArrayList<>(fields.attach(model.problems(), Messages::error));
            for (String e : model.errors()) {
                if (!general.contains(e) && !fields.attachedMessages().contains(e)) {
                    general.add(e);
                }
            }
            errors.getChildren().clear();
            for (String e : general) {
                Label l = new Label(e, Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, 14));
                l.getStyleClass().add("review-error");
                l.setWrapText(true);
                errors.getChildren().add(l);
            }
        };
        model.errors().addListener((ListChangeListener<String>) c -> showErrors.run());
        model.problems().addListener((ListChangeListener<org.courtdesk.model.api.ErrorCode>) c -> showErrors.run());

        save.setId("review-save");
        save.setText(Messages.get("review.save"));
        save.setGraphic(Icons.of(MaterialDesignC.CONTENT_SAVE_OUTLINE, 16));
        save.getStyleClass().add(Styles.ACCENT);
        save.setTooltip(new Tooltip(Messages.get("review.save") + "  (Ctrl+S)"));
        save.setOnAction(e -> onSave.run());
        save.disableProperty().bind(model.editableProperty().not().or(model.savingProperty()));
        ProgressIndicator saving = new ProgressIndicator();
        saving.setPrefSize(16, 16);
        saving.visibleProperty().bind(model.savingProperty());
        saving.managedProperty().bind(saving.visibleProperty());
        Label notice = new Label();
        notice.setId("review-notice");
        notice.getStyleClass().add("review-notice");
        notice.textProperty().bind(model.noticeProperty());
        notice.setWrapText(true);
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.setGraphic(Icons.of(MaterialDesignC.CLOUD_UPLOAD_OUTLINE, 14));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        notice.setMinWidth(0);
        save.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        opinionBox.disableProperty().bind(model.editableProperty().not().or(model.savingProperty()));
        HBox header = new HBox(12, title, opinionBox, spacer, saving, save);
        header.setAlignment(Pos.CENTER_LEFT);

        Button withdraw = new Button(Messages.get("review.withdraw"), Icons.of(MaterialDesignA.ARROW_U_LEFT_TOP, 14));
        withdraw.setId("review-withdraw");
        withdraw.getStyleClass().add(Styles.SMALL);
        withdraw.setTooltip(new Tooltip(Messages.get("review.withdraw.tooltip")));
        withdraw.setMinWidth(Region.USE_PREF_SIZE);
        withdraw.visibleProperty().bind(model.withdrawableProperty());
        withdraw.managedProperty().bind(withdraw.visibleProperty());
        withdraw.disableProperty().bind(model.savingProperty());
        withdraw.setOnAction(e -> onWithdraw.run());
        HBox noticeRow = new HBox(8, notice, withdraw);
        noticeRow.setAlignment(Pos.CENTER_LEFT);
        noticeRow.visibleProperty().bind(notice.visibleProperty().or(withdraw.visibleProperty()));
        noticeRow.managedProperty().bind(noticeRow.visibleProperty());

        Label locked = new Label();
        locked.setId("review-locked");
        locked.getStyleClass().addAll(Styles.TEXT_MUTED, "review-locked");
        locked.setGraphic(Icons.of(MaterialDesignL.LOCK_OUTLINE, 14));
        locked.setWrapText(true);
        locked.setMinHeight(Region.USE_PREF_SIZE); // wrapped whole, never cut to "…" in a longer language
        locked.textProperty().bind(model.lockedReasonProperty());
        locked.visibleProperty().bind(model.lockedReasonProperty().isNotEmpty());
        locked.managedProperty().bind(locked.visibleProperty());

        grid.disableProperty().bind(model.editableProperty().not().or(model.savingProperty()));
        notice.managedProperty().bind(notice.visibleProperty());
        getChildren().addAll(header, noticeRow, locked, grid, errors);
        setPadding(new Insets(10, 20, 12, 20));
    }

    private static void showWhen(javafx.beans.value.ObservableBooleanValue when, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(when);
            n.managedProperty().bind(when);
        }
    }

    private static Label label(String key) {
        return label(key, false);
    }

    private static Label label(String key, boolean required) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("field-label");
        if (required) {
            l.getStyleClass().add("required");
        }
        return l;
    }

    /** Puts the keyboard focus on the opinion buttons (Enter in the queue). */
    public void focusFirst() {
        if (model.editableProperty().get()) {
            (model.opinionProperty().get() == ReviewOpinion.DISAGREE ? disagree : agree).requestFocus();
        }
    }

    public void focusExplanation() {
        if (model.editableProperty().get()) {
            explanation.requestFocus();
            explanation.end();
        }
    }

    /**
     * Takes every field as typed (a save right after typing saves what is on screen); text that does not parse is
     * refused under its field and the save does not happen (false).
     */
    public boolean commitTypedDates() {
        return fields.commit();
    }

    /** The form's fields (their messages; tests look at them). */
    public org.courtdesk.app.ui.form.FormFields fields() {
        return fields;
    }
}
