package org.courtdesk.app.ui.preservation;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.model.preservation.GuaranteeKind;
import org.courtdesk.model.preservation.PreservationDecision;
import org.courtdesk.model.preservation.PreservationMaterialRef;
import org.courtdesk.model.preservation.PreservationView;
import org.courtdesk.model.preservation.PropertyClue;

/**
 * The detail of one application (spec-004 §5 查看诉讼保全申请详细 and 填写审查意见): what was asked for, against whom, on
 * which property, with what guarantee and materials; and the two decisions, 接收 (with the ruling's reference, optional)
 * and 退回 (with the reason, required). Controls only: the queue view runs the actions.
 */
public final class PreservationDetailView extends ScrollPane {

    private final ZoneId zone;
    private final Consumer<PreservationMaterialRef> openMaterial;
    private final VBox body = new VBox(10);
    private final Label number = new Label();
    private final Label status = new Label();
    private final Label left = new Label();
    private final GridPane facts = new GridPane();
    private final VBox materials = new VBox(2);
    private final TextField ruling = new TextField();
    private final TextArea reason = new TextArea();
    final Button accept = new Button(Messages.get("preservation.accept"));
    final Button giveBack = new Button(Messages.get("preservation.return"));
    private final VBox errors = new VBox(2);
    private final VBox form;
    private final Label placeholder = new Label(Messages.get("preservation.detail.placeholder"));
    private PreservationRow shown;

    PreservationDetailView(ZoneId zone, Consumer<PreservationMaterialRef> openMaterial, Runnable onAccept,
                           Runnable onReturn) {
        this.zone = zone;
        this.openMaterial = openMaterial;
        setId("preservation-detail");
        getStyleClass().add("detail-pane");
        setFitToWidth(true);
        number.setId("preservation-detail-no");
        number.getStyleClass().add(Styles.TITLE_4);
        status.setId("preservation-detail-status");
        left.setId("preservation-detail-left");
        left.getStyleClass().add("preservation-left");
        facts.setHgap(10);
        facts.setVgap(6);
        ruling.setId("preservation-ruling");
        ruling.setPromptText(Messages.get("preservation.ruling.prompt"));
        reason.setId("preservation-reason");
        // F2: the court's standard sentences (常用语) of this kind.
        org.courtdesk.app.ui.phrase.PhrasePicker.install(reason, org.courtdesk.model.request.RequestKind.PRESERVATION);
        reason.setPromptText(Messages.get("preservation.reason.prompt"));
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        accept.setId("preservation-accept");
        accept.getStyleClass().add(Styles.SUCCESS);
        accept.setOnAction(e -> onAccept.run());
        giveBack.setId("preservation-return");
        giveBack.getStyleClass().add(Styles.DANGER);
        giveBack.setOnAction(e -> onReturn.run());
        errors.setId("preservation-errors");
        HBox acceptRow = new HBox(8, ruling, accept);
        HBox.setHgrow(ruling, Priority.ALWAYS);
        acceptRow.setAlignment(Pos.CENTER_LEFT);
        HBox returnRow = new HBox(8, giveBack);
        returnRow.setAlignment(Pos.CENTER_RIGHT);
        form = new VBox(6, heading("preservation.form"), acceptRow, reason, returnRow, errors);
        form.setId("preservation-form");
        body.setPadding(new Insets(12, 14, 12, 14));
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        showPlaceholder();
        setContent(body);
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().addAll(Styles.TEXT_BOLD, "section-heading");
        return l;
    }

    PreservationRow shown() {
        return shown;
    }

    void showPlaceholder() {
        shown = null;
        body.getChildren().setAll(placeholder);
    }

    void show(PreservationRow row) {
        boolean same = shown != null && shown.id() == row.id();
        shown = row;
        PreservationView v = row.view();
        number.setText(v.applicationNo());
        status.setText(PreservationFormat.status(row));
        left.setText(row.clock() == null ? "" : PreservationFormat.timeLeft(row.clock()) + "（"
                + PreservationFormat.dueText(row.clock(), zone) + "）");
        left.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("overdue"),
                row.clock() != null && row.clock().overdue());
        facts.getChildren().clear();
        int r = 0;
        r = fact(r, "preservation.case", v.caseNumber() == null ? Messages.get("preservation.noCase") : v.caseNumber());
        r = fact(r, "preservation.court", v.courtName());
        r = fact(r, "preservation.type", PreservationFormat.stage(v));
        if (v.urgent() && v.urgentReason() != null) {
            r = fact(r, "preservation.urgentReason", v.urgentReason());
        }
        r = fact(r, "preservation.applicants", row.applicants());
        r = fact(r, "preservation.respondents", row.respondents());
        r = fact(r, "preservation.amount", PreservationFormat.money(v.amount()));
        r = fact(r, "preservation.guarantee", Messages.get("preservation.guarantee." + v.guaranteeKind().name())
                + (v.guaranteeKind() == GuaranteeKind.NONE ? "" : " · " + PreservationFormat.money(v.guaranteeAmount())));
        for (PropertyClue c : v.propertyClues() == null ? List.<PropertyClue>of() : v.propertyClues()) {
            r = fact(r, "preservation.clue", Messages.get("preservation.property." + c.kind().name()) + "：" + c.description()
                    + (c.location() == null ? "" : "（" + c.location() + "）"));
        }
        r = fact(r, "preservation.applicant", v.applicantName());
        r = fact(r, "preservation.submitted", PreservationFormat.dateTime(v.submittedAt(), zone));
        r = fact(r, "preservation.judge", v.judgeName() == null ? "—" : v.judgeName());
        PreservationDecision d = v.decision();
        if (d != null) {
            r = fact(r, "preservation.decided", d.deciderName() + " · " + PreservationFormat.dateTime(d.decidedAt(), zone));
            if (d.returnReason() != null) {
                r = fact(r, "preservation.returnReason", d.returnReason());
            }
            if (d.rulingReference() != null) {
                fact(r, "preservation.rulingReference", d.rulingReference());
            }
        }
        materials.getChildren().clear();
        for (PreservationMaterialRef m : v.materials() == null ? List.<PreservationMaterialRef>of() : v.materials()) {
            Hyperlink link = new Hyperlink(Messages.get("preservation.material." + m.type().name()) + "：" + m.fileName());
            link.setId("preservation-material-" + m.id());
            link.setOnAction(e -> openMaterial.accept(m));
            materials.getChildren().add(link);
        }
        if (!same) {
            ruling.clear();
            reason.clear();
            errors.getChildren().clear();
        }
        boolean decidable = row.decidable();
        accept.setDisable(!decidable);
        giveBack.setDisable(!decidable);
        ruling.setDisable(!decidable);
        reason.setDisable(!decidable);
        HBox head = new HBox(10, number, status);
        head.setAlignment(Pos.BASELINE_LEFT);
        body.getChildren().setAll(head, left, facts, heading("preservation.materials"), materials, form);
    }

    private int fact(int row, String key, String value) {
        Label k = new Label(Messages.get(key));
        k.getStyleClass().add("field-label");
        k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a caption keeps its words; the value wraps (issue 13)
        Label val = new Label(value == null ? "" : value);
        val.setWrapText(true);
        facts.add(k, 0, row);
        facts.add(val, 1, row);
        return row + 1;
    }

    String reasonText() {
        return reason.getText();
    }

    String rulingText() {
        return ruling.getText();
    }

    void showErrors(List<String> problems) {
        errors.getChildren().setAll(problems.stream().map(p -> {
            Label l = new Label(p);
            l.getStyleClass().add(Styles.DANGER);
            l.setWrapText(true);
            return l;
        }).toList());
    }

    void focusReason() {
        reason.requestFocus();
    }

    void focusRuling() {
        ruling.requestFocus();
    }
}
