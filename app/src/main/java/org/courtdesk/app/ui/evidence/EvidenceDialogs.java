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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.model.evidence.EvidenceDeadlineChange;
import org.courtdesk.model.evidence.EvidenceEntry;
import org.courtdesk.model.evidence.EvidenceSide;
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
        return create(owner, today, null);
    }

    /** 新增, or 修改后重发 of a creation the server refused: the dialog opens on what was sent ({@code sent}). */
    static Optional<EvidenceExchangeCreate> create(Window owner, LocalDate today, EvidenceExchangeCreate sent) {
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
        procedure.setValue(sent != null && sent.procedure() != null ? sent.procedure() : EvidenceProcedure.ORDINARY);
        if (sent != null) { // after the procedure, whose listener proposes dates
            caseNumber.setText(sent.caseNumber());
            plaintiff.setValue(sent.plaintiffDeadline());
            defendant.setValue(sent.defendantDeadline());
            cross.setValue(sent.crossDeadline());
        }
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

    /** What the 纸质代传 form gives: the catalogue entry with its side, and the scanned file. */
    record PaperForm(EvidenceEntry entry, java.nio.file.Path file) {}

    /**
     * 纸质代传: the side (原告, 被告, 第三人), the catalogue entry (序号 proposed as the side's next, 证据名称, 证据来源,
     * 证明对象, 页数) and the scanned file (PDF, JPG or PNG; typed or chosen).
     */
    static Optional<PaperForm> paper(Window owner, EvidenceExchangeView v, List<EvidenceEntry> queued) {
        Dialog<ButtonType> d = dialog(owner, Messages.format("evidence.paper.title", v.caseNumber()));
        ComboBox<EvidenceSide> side = new ComboBox<>();
        side.setId("evidence-paper-side");
        side.getItems().setAll(EvidenceSide.values());
        side.setCellFactory(l -> new SideCell());
        side.setButtonCell(new SideCell());
        TextField seq = field("evidence-paper-seq");
        side.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                seq.setText(String.valueOf(EvidenceActions.nextSeq(v, b, queued)));
            }
        });
        side.setValue(EvidenceSide.PLAINTIFF);
        TextField name = field("evidence-paper-name");
        TextField source = field("evidence-paper-source");
        TextArea proves = new TextArea();
        proves.setId("evidence-paper-proves");
        proves.setPrefRowCount(3);
        proves.setWrapText(true);
        TextField pages = field("evidence-paper-pages");
        TextField file = field("evidence-paper-file");
        file.setPromptText(Messages.get("evidence.paper.file.prompt"));
        Button choose = new Button(Messages.get("evidence.paper.choose"));
        choose.setId("evidence-paper-choose");
        choose.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                    Messages.get("evidence.paper.file.filter"), "*.pdf", "*.PDF", "*.jpg", "*.jpeg", "*.png"));
            java.io.File f = chooser.showOpenDialog(d.getDialogPane().getScene().getWindow());
            if (f != null) {
                file.setText(f.getAbsolutePath());
            }
        });
        HBox fileRow = new HBox(6, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);
        Label errors = errors();
        GridPane grid = grid(List.of("evidence.paper.side", "evidence.paper.seq", "evidence.paper.name",
                "evidence.paper.source", "evidence.paper.proves", "evidence.paper.pages", "evidence.paper.file"),
                side, seq, name, source, proves, pages, fileRow);
        ((Label) grid.getChildren().get(12)).setLabelFor(file);
        d.getDialogPane().setContent(new VBox(8, grid, errors));
        PaperForm[] result = new PaperForm[1];
        guard(d, () -> {
            EvidenceEntry entry = new EvidenceEntry(side.getValue(), integer(seq.getText()), name.getText().trim(),
                    source.getText().trim(), proves.getText().trim(), integer(pages.getText()));
            List<String> problems = new java.util.ArrayList<>(EvidenceRules.checkEntry(entry).stream()
                    .map(EvidenceActions::words).toList());
            java.nio.file.Path path = file.getText().isBlank() ? null : java.nio.file.Path.of(file.getText().trim());
            if (path == null || !java.nio.file.Files.isRegularFile(path)) {
                problems.add(Messages.get("evidence.paper.file.missing"));
            }
            errors.setText(String.join("\n", problems));
            result[0] = new PaperForm(entry, path);
            return problems.isEmpty();
        });
        name.requestFocus();
        return d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> result[0]);
    }

    private static int integer(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static final class SideCell extends ListCell<EvidenceSide> {
        @Override
        protected void updateItem(EvidenceSide s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : Messages.get("evidence.side." + s.name()));
        }
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
