package org.courtdesk.app.ui.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.model.evidence.EvidenceDeadlineChange;
import org.courtdesk.model.evidence.EvidenceExchangeCreate;
import org.courtdesk.model.evidence.EvidenceExchangeView;
import org.courtdesk.model.evidence.EvidenceProcedure;
import org.courtdesk.model.evidence.EvidenceRules;

/**
 * The forms of 新增或修改证据交换页面 and 审查界面 (spec-004 §7): each checks the shared rules before it closes (the
 * problems in words under the fields), so what reaches the outbox is valid.
 */
final class EvidenceDialogs {

    private EvidenceDialogs() {}

    /** 新增: 案号, procedure, the 举证期限 per side (proposed by the procedure), the 质证期限. */
    static Optional<EvidenceExchangeCreate> create(Window owner, LocalDate today) {
        Dialog<ButtonType> d = dialog(owner, Messages.get("evidence.create.title"));
        TextField caseNumber = new TextField();
        caseNumber.setId("evidence-create-case");
        caseNumber.setPromptText(Messages.get("evidence.create.case.prompt"));
        ComboBox<EvidenceProcedure> procedure = new ComboBox<>();
        procedure.setId("evidence-create-procedure");
        procedure.getItems().setAll(EvidenceProcedure.values());
        procedure.setCellFactory(l -> new ProcedureCell());
        procedure.setButtonCell(new ProcedureCell());
        DatePicker plaintiff = picker("evidence-create-plaintiff");
        DatePicker defendant = picker("evidence-create-defendant");
        DatePicker cross = picker("evidence-create-cross");
        procedure.valueProperty().addListener((o, a, p) -> {
            LocalDate day = EvidenceRules.defaultEvidenceDeadline(p, today);
            plaintiff.setValue(day);
            defendant.setValue(day);
            cross.setValue(EvidenceRules.defaultCrossDeadline(day));
        });
        procedure.setValue(EvidenceProcedure.ORDINARY);
        Label errors = errors();
        GridPane grid = grid(List.of("evidence.field.case", "evidence.field.procedure", "evidence.field.plaintiff",
                "evidence.field.defendant", "evidence.field.cross"), caseNumber, procedure, plaintiff, defendant, cross);
        d.getDialogPane().setContent(new VBox(8, grid, errors));
        EvidenceExchangeCreate[] result = new EvidenceExchangeCreate[1];
        guard(d, () -> {
            EvidenceExchangeCreate body = new EvidenceExchangeCreate(null, caseNumber.getText().trim(), procedure.getValue(),
                    plaintiff.getValue(), defendant.getValue(), null, cross.getValue(), null);
            List<String> problems = EvidenceRules.checkCreate(body, today).stream().map(EvidenceActions::words).toList();
            errors.setText(String.join("\n", problems));
            result[0] = body;
            return problems.isEmpty();
        });
        caseNumber.requestFocus();
        return d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> result[0]);
    }

    /** 修改: the new dates and the reason (recorded and sent to the parties). */
    static Optional<EvidenceDeadlineChange> change(Window owner, EvidenceExchangeView v) {
        Dialog<ButtonType> d = dialog(owner, Messages.format("evidence.change.title", v.caseNumber()));
        DatePicker plaintiff = picker("evidence-change-plaintiff");
        plaintiff.setValue(v.deadlines().plaintiff());
        DatePicker defendant = picker("evidence-change-defendant");
        defendant.setValue(v.deadlines().defendant());
        DatePicker cross = picker("evidence-change-cross");
        cross.setValue(v.deadlines().crossExamination());
        TextArea reason = new TextArea();
        reason.setId("evidence-change-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText(Messages.get("evidence.change.reason.prompt"));
        Label errors = errors();
        GridPane grid = grid(List.of("evidence.field.plaintiff", "evidence.field.defendant", "evidence.field.cross",
                "evidence.field.reason"), plaintiff, defendant, cross, reason);
        d.getDialogPane().setContent(new VBox(8, grid, errors));
        EvidenceDeadlineChange[] result = new EvidenceDeadlineChange[1];
        guard(d, () -> {
            EvidenceDeadlineChange body = new EvidenceDeadlineChange(null, 0,
                    changedOrNull(plaintiff.getValue(), v.deadlines().plaintiff()),
                    changedOrNull(defendant.getValue(), v.deadlines().defendant()), null,
                    changedOrNull(cross.getValue(), v.deadlines().crossExamination()), reason.getText());
            List<String> problems = EvidenceRules.checkChange(v.deadlines(), body, v.status(), LocalDate.now()).stream()
                    .map(EvidenceActions::words).toList();
            errors.setText(String.join("\n", problems));
            result[0] = body;
            return problems.isEmpty();
        });
        return d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> result[0]);
    }

    /** 审查: the review opinion. */
    static Optional<String> review(Window owner, EvidenceExchangeView v) {
        Dialog<ButtonType> d = dialog(owner, Messages.format("evidence.review.title", v.caseNumber()));
        TextArea opinion = new TextArea();
        opinion.setId("evidence-review-opinion");
        opinion.setPrefRowCount(6);
        opinion.setWrapText(true);
        opinion.setPromptText(Messages.get("evidence.review.prompt"));
        Label errors = errors();
        d.getDialogPane().setContent(new VBox(8, new Label(Messages.get("evidence.field.review")), opinion, errors));
        guard(d, () -> {
            List<String> problems = EvidenceRules.checkReview(opinion.getText()).stream().map(EvidenceActions::words).toList();
            errors.setText(String.join("\n", problems));
            return problems.isEmpty();
        });
        return d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> opinion.getText().trim());
    }

    private static LocalDate changedOrNull(LocalDate value, LocalDate current) {
        return value == null || value.equals(current) ? null : value;
    }

    private static Dialog<ButtonType> dialog(Window owner, String title) {
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(title);
        d.setHeaderText(title);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().setPrefWidth(560);
        return d;
    }

    private static void guard(Dialog<ButtonType> d, java.util.function.BooleanSupplier valid) {
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("evidence-dialog-ok");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!valid.getAsBoolean()) {
                e.consume();
            }
        });
    }

    private static DatePicker picker(String id) {
        DatePicker p = new DatePicker();
        p.setId(id);
        return p;
    }

    private static Label errors() {
        Label l = new Label();
        l.setId("evidence-dialog-errors");
        l.setWrapText(true);
        l.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        return l;
    }

    private static GridPane grid(List<String> labels, javafx.scene.Node... fields) {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        for (int i = 0; i < labels.size(); i++) {
            Label l = new Label(Messages.get(labels.get(i)));
            l.setLabelFor(fields[i]);
            g.addRow(i, l, fields[i]);
        }
        return g;
    }

    private static final class ProcedureCell extends ListCell<EvidenceProcedure> {
        @Override
        protected void updateItem(EvidenceProcedure p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : Messages.format("evidence.procedure", Messages.get("evidence.procedure." + p.name()),
                    p.defaultDays()));
        }
    }
}
