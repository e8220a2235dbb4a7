package org.courtdesk.app.ui.adjournment;

import java.time.ZoneId;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.reading.ReviewFormViewDates;
import org.courtdesk.model.adjournment.AdjournmentConclusion;
import org.courtdesk.model.adjournment.AdjournmentMaterialRef;
import org.courtdesk.model.adjournment.AdjournmentRules;
import org.courtdesk.model.adjournment.AdjournmentView;

/**
 * The detail of one 延期开庭申请 (spec-004 §4 fig. 282: 查看延期申请、延期原因) and the 审查 form (fig. 276): the hearing,
 * the 延期原因 and materials, the decision once made; while 待审查 the conclusion, the opinion and, to approve, the new
 * hearing date and time (at least 3 days ahead).
 */
final class AdjournmentDetailView extends ScrollPane {

    private final AdjournmentActionModel actions;
    private final ZoneId zone;
    private final Consumer<AdjournmentMaterialRef> openMaterial;
    private final VBox facts = new VBox(6);
    private final VBox form = new VBox(8);
    private final ToggleGroup conclusion = new ToggleGroup();
    private final RadioButton approve = new RadioButton(Messages.get("adjournment.approve"));
    private final RadioButton reject = new RadioButton(Messages.get("adjournment.reject"));
    private final TextArea opinion = new TextArea();
    private final DatePicker newDate = new DatePicker();
    private final org.courtdesk.app.ui.form.FormFields fields = new org.courtdesk.app.ui.form.FormFields();
    private final TextField newTime = new TextField();
    private final Label errors = new Label();
    private final Label notice = new Label();
    private AdjournmentView shown;

    AdjournmentDetailView(AdjournmentActionModel actions, ZoneId zone, Consumer<AdjournmentMaterialRef> openMaterial) {
        this.actions = actions;
        this.zone = zone;
        this.openMaterial = openMaterial;
        setId("adjournment-detail");
        setFitToWidth(true);
        getStyleClass().add("detail-pane");

        approve.setId("adjournment-approve");
        reject.setId("adjournment-reject");
        approve.setUserData(AdjournmentConclusion.APPROVE);
        reject.setUserData(AdjournmentConclusion.REJECT);
        approve.setToggleGroup(conclusion);
        reject.setToggleGroup(conclusion);
        conclusion.selectedToggleProperty().addListener((o, a, t) ->
                actions.conclusionProperty().set(t == null ? null : (AdjournmentConclusion) t.getUserData()));
        actions.conclusionProperty().addListener((o, a, c) -> conclusion.selectToggle(
                c == AdjournmentConclusion.APPROVE ? approve : c == AdjournmentConclusion.REJECT ? reject : null));
        opinion.setId("adjournment-opinion");
        // F2: the court's standard sentences (常用语) of this kind.
        org.courtdesk.app.ui.phrase.PhrasePicker.install(opinion, org.courtdesk.model.request.RequestKind.ADJOURNMENT);
        opinion.setPromptText(Messages.get("adjournment.opinion.prompt"));
        opinion.setPrefRowCount(3);
        opinion.setWrapText(true);
        opinion.textProperty().bindBidirectional(actions.opinionProperty());
        newDate.setId("adjournment-new-date");
        newDate.setConverter(ReviewFormViewDates.CONVERTER);
        newDate.valueProperty().bindBidirectional(actions.newDateProperty());
        newTime.setId("adjournment-new-time");
        newTime.setPrefColumnCount(5);
        newTime.textProperty().bindBidirectional(actions.newTimeProperty());
        // What is typed is what is saved: the date and time fields' text on save, refused under the field (issue 13).
        // the caption keeps its words (it was "新的开庭..." beside the date and time at 1280 px, issue 13)
        Label newHearingCaption = new Label(Messages.get("adjournment.newHearing"));
        newHearingCaption.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox newHearing = new HBox(6, newHearingCaption,
                fields.date(newDate, Messages.get("adjournment.newHearing")),
                fields.parsed(newTime, Messages.get("adjournment.newHearing"), org.courtdesk.app.ui.form.FormFields::parseTime,
                        t -> actions.newTimeProperty().set(t == null ? "" : t.toString())));
        newHearing.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        newHearing.disableProperty().bind(approve.selectedProperty().not());
        // the rule under it wraps whole in a narrow detail, in English too
        Label rule = new Label(Messages.get("adjournment.notice.rule"));
        rule.setId("adjournment-rule");
        rule.setWrapText(true);
        Button save = new Button(Messages.get("adjournment.save"));
        save.setId("adjournment-save");
        save.setDefaultButton(false);
        save.setOnAction(e -> decide());
        save.disableProperty().bind(actions.savingProperty());
        errors.setId("adjournment-errors");
        errors.setWrapText(true);
        errors.getStyleClass().add("danger");
        actions.errors().addListener((javafx.collections.ListChangeListener<String>) c ->
                errors.setText(String.join("\n", actions.errors())));
        notice.setId("adjournment-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(actions.noticeProperty());
        form.setId("adjournment-form");
        form.getChildren().addAll(new Label(Messages.get("adjournment.review.title")), new javafx.scene.layout.FlowPane(16, 6, approve, reject),
                opinion, newHearing, rule, save);
        form.visibleProperty().bind(actions.decisionOfferedProperty());
        form.managedProperty().bind(form.visibleProperty());

        VBox content = new VBox(12, facts, form, errors, notice);
        content.setPadding(new Insets(12));
        setContent(content);
        show(null);
    }

    /** Takes the typed date and time, then decides; a field that does not parse is refused under it. */
    void decide() {
        decide(null);
    }

    /** As {@link #decide()}, then {@code onSaved} once the decision is in the outbox. */
    void decide(Runnable onSaved) {
        if (fields.commit()) {
            actions.decide(onSaved);
        }
    }

    AdjournmentView shown() {
        return shown;
    }

    void focusOpinion() {
        if (form.isVisible()) {
            opinion.requestFocus();
        }
    }

    boolean editing() {
        return opinion.isFocused() || newTime.isFocused() || newDate.isFocused();
    }

    void show(AdjournmentRow row) {
        shown = row == null ? null : row.view();
        facts.getChildren().clear();
        if (row == null) {
            facts.getChildren().add(new Label(Messages.get("adjournment.detail.none")));
            return;
        }
        AdjournmentView v = row.view();
        Label title = new Label(v.caseNumber() + "  " + (v.caseTitle() == null ? "" : v.caseTitle()));
        title.setId("adjournment-detail-title");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        int r = 0;
        r = fact(grid, r, "adjournment.col.applicationNo", v.applicationNo());
        r = fact(grid, r, "adjournment.col.applicant", v.applicantName() + (v.applicantRole() == null ? ""
                : "（" + Messages.get("adjournment.role." + v.applicantRole().name()) + "）"));
        r = fact(grid, r, "adjournment.col.applied", v.submittedAt() == null ? "" : AdjournmentFormat.time(
                v.submittedAt().atZone(zone).toLocalDateTime()));
        r = fact(grid, r, "adjournment.col.hearing", AdjournmentFormat.time(v.hearing().startsAt()) + "  " + v.hearing().place());
        if (v.requestedHearingAt() != null && !v.requestedHearingAt().equals(v.hearing().startsAt())) {
            r = fact(grid, r, "adjournment.requestedHearing", AdjournmentFormat.time(v.requestedHearingAt()));
        }
        r = fact(grid, r, "adjournment.col.count", AdjournmentFormat.adjournments(v.hearing()));
        r = fact(grid, r, "adjournment.col.left", AdjournmentFormat.leftText(row.limit()));
        fact(grid, r, "adjournment.col.status", AdjournmentFormat.statusText(row));
        Label reasonHead = new Label(Messages.get("adjournment.reason"));
        reasonHead.getStyleClass().add("text-bold");
        Label reason = new Label(v.reason());
        reason.setId("adjournment-reason");
        reason.setWrapText(true);
        facts.getChildren().addAll(title, grid, reasonHead, reason);
        if (v.materials() != null && !v.materials().isEmpty()) {
            Label head = new Label(Messages.get("adjournment.materials"));
            head.getStyleClass().add("text-bold");
            facts.getChildren().add(head);
            for (AdjournmentMaterialRef m : v.materials()) {
                Hyperlink link = new Hyperlink(m.fileName());
                link.setOnAction(e -> openMaterial.accept(m));
                facts.getChildren().add(link);
            }
        }
        if (AdjournmentRules.limitReached(v.hearing()) && row.shownStatus() == org.courtdesk.model.request.RequestStatus.PENDING_REVIEW) {
            Label limit = new Label(Messages.get("adjournment.limitReached") + AdjournmentFormat.limitRule());
            limit.setId("adjournment-limit");
            limit.setWrapText(true);
            limit.getStyleClass().add("warning");
            facts.getChildren().add(limit);
        }
        if (v.review() != null) {
            Label head = new Label(Messages.get("adjournment.review.done"));
            head.getStyleClass().add("text-bold");
            String text = AdjournmentFormat.conclusion(v.review().conclusion())
                    + (v.review().newHearingAt() == null ? "" : " · " + Messages.format("adjournment.review.newHearing",
                    AdjournmentFormat.time(v.review().newHearingAt())))
                    + (v.review().opinion() == null ? "" : "\n" + v.review().opinion())
                    + (v.review().reviewerName() == null ? "" : "\n" + v.review().reviewerName());
            Label review = new Label(text);
            review.setId("adjournment-review");
            review.setWrapText(true);
            facts.getChildren().addAll(head, review);
        }
    }

    private static int fact(GridPane grid, int row, String key, String value) {
        Label k = new Label(Messages.get(key));
        k.getStyleClass().add("text-muted");
        k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a caption keeps its words; the value wraps
        Label v = new Label(value == null ? "" : value);
        v.setWrapText(true);
        grid.addRow(row, k, v);
        return row + 1;
    }
}
