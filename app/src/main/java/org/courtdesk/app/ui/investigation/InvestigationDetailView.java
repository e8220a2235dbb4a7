package org.courtdesk.app.ui.investigation;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.model.investigation.InvestigationDecision;
import org.courtdesk.model.investigation.InvestigationMaterialRef;
import org.courtdesk.model.investigation.InvestigationOrder;
import org.courtdesk.model.investigation.InvestigationView;

/**
 * The detail of one 调查令 application (spec-004 §6 查看调查令申请详细 and 填写审查意见): the case and its 举证期限, the
 * lawyer who would hold the order, the 被调查人, what is sought and why; the materials; once issued, the order (number,
 * validity) and a button to read its PDF in the viewer; and the decisions 接收 (issues the order) and 退回 (reason).
 */
public final class InvestigationDetailView extends ScrollPane {

    private final ZoneId zone;
    private final Consumer<InvestigationMaterialRef> openMaterial;
    private final Consumer<InvestigationView> openOrder;
    private final VBox body = new VBox(10);
    private final Label number = new Label();
    private final Label status = new Label();
    private final Label left = new Label();
    private final GridPane facts = new GridPane();
    private final VBox materials = new VBox(2);
    private final Button orderButton = new Button(Messages.get("investigation.order.open"));
    private final TextArea reason = new TextArea();
    final Button issue = new Button(Messages.get("investigation.issue"));
    final Button giveBack = new Button(Messages.get("investigation.return"));
    private final VBox errors = new VBox(2);
    private final VBox form;
    private final Label placeholder = new Label(Messages.get("investigation.detail.placeholder"));
    private InvestigationRow shown;

    InvestigationDetailView(ZoneId zone, Consumer<InvestigationMaterialRef> openMaterial,
                            Consumer<InvestigationView> openOrder, Runnable onIssue, Runnable onReturn) {
        this.zone = zone;
        this.openMaterial = openMaterial;
        this.openOrder = openOrder;
        setId("investigation-detail");
        getStyleClass().add("detail-pane");
        setFitToWidth(true);
        number.setId("investigation-detail-no");
        number.getStyleClass().add(Styles.TITLE_4);
        status.setId("investigation-detail-status");
        left.setId("investigation-detail-left");
        facts.setHgap(10);
        facts.setVgap(6);
        orderButton.setId("investigation-order-open");
        orderButton.setOnAction(e -> {
            if (shown != null) {
                openOrder.accept(shown.view());
            }
        });
        reason.setId("investigation-reason");
        // F2: the court's standard sentences (常用语) of this kind.
        org.courtdesk.app.ui.phrase.PhrasePicker.install(reason, org.courtdesk.model.request.RequestKind.INVESTIGATION_ORDER);
        reason.setPromptText(Messages.get("investigation.reason.prompt"));
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        issue.setId("investigation-issue");
        issue.getStyleClass().add(Styles.SUCCESS);
        issue.setOnAction(e -> onIssue.run());
        giveBack.setId("investigation-return");
        giveBack.getStyleClass().add(Styles.DANGER);
        giveBack.setOnAction(e -> onReturn.run());
        errors.setId("investigation-errors");
        HBox buttons = new HBox(8, issue, giveBack);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        form = new VBox(6, heading("investigation.form"), reason, buttons, errors);
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

    InvestigationRow shown() {
        return shown;
    }

    void showPlaceholder() {
        shown = null;
        body.getChildren().setAll(placeholder);
    }

    void show(InvestigationRow row) {
        boolean same = shown != null && shown.id() == row.id();
        shown = row;
        InvestigationView v = row.view();
        number.setText(v.applicationNo());
        status.setText(InvestigationFormat.status(row));
        left.setText(row.due() == null ? "" : InvestigationFormat.daysLeft(row) + "（"
                + Messages.format("investigation.due", v.decisionDays(), row.due().toString()) + "）");
        left.pseudoClassStateChanged(PseudoClass.getPseudoClass("overdue"), row.due() != null && row.daysLeft() < 0);
        facts.getChildren().clear();
        int r = 0;
        r = fact(r, "investigation.case", v.caseNumber());
        r = fact(r, "investigation.court", v.courtName());
        r = fact(r, "investigation.holder", v.applicantName() + (v.lawFirm() == null ? "" : "（" + v.lawFirm() + "）"));
        r = fact(r, "investigation.subject", v.subject() + (v.subjectAddress() == null ? "" : "（" + v.subjectAddress() + "）"));
        r = fact(r, "investigation.evidence", v.evidence());
        r = fact(r, "investigation.fact", v.factToProve());
        r = fact(r, "investigation.reason", v.reasonUnobtainable());
        r = fact(r, "investigation.evidenceDeadline", v.evidenceDeadline() == null ? "—" : v.evidenceDeadline().toString());
        r = fact(r, "investigation.submitted", InvestigationFormat.dateTime(v.submittedAt(), zone));
        r = fact(r, "investigation.judge", v.judgeName() == null ? "—" : v.judgeName());
        InvestigationDecision d = v.decision();
        InvestigationOrder order = d == null ? null : d.order();
        if (d != null) {
            r = fact(r, "investigation.decided", d.deciderName() + " · " + InvestigationFormat.dateTime(d.decidedAt(), zone));
            if (d.returnReason() != null) {
                r = fact(r, "investigation.returnReason", d.returnReason());
            }
            if (order != null) {
                fact(r, "investigation.order", Messages.format("investigation.order.text", order.orderNo(),
                        order.issuedOn().toString(), order.validUntil().toString()));
            }
        }
        materials.getChildren().clear();
        for (InvestigationMaterialRef m : v.materials() == null ? List.<InvestigationMaterialRef>of() : v.materials()) {
            Hyperlink link = new Hyperlink(Messages.get("investigation.material." + m.type().name()) + "：" + m.fileName());
            link.setId("investigation-material-" + m.id());
            link.setOnAction(e -> openMaterial.accept(m));
            materials.getChildren().add(link);
        }
        if (!same) {
            reason.clear();
            errors.getChildren().clear();
        }
        boolean decidable = row.decidable();
        issue.setDisable(!decidable);
        giveBack.setDisable(!decidable);
        reason.setDisable(!decidable);
        HBox head = new HBox(10, number, status);
        head.setAlignment(Pos.BASELINE_LEFT);
        body.getChildren().setAll(head, left, facts, heading("investigation.materials"), materials);
        if (order != null) {
            body.getChildren().add(orderButton);
        }
        body.getChildren().add(form);
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

    void focusIssue() {
        issue.requestFocus();
    }
}
