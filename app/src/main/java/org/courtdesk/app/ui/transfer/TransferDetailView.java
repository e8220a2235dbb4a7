package org.courtdesk.app.ui.transfer;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.model.transfer.MaterialTransferView;
import org.courtdesk.model.transfer.TransferFileRef;

/**
 * The detail of one 材料转接 (spec-004 §10 点击查看详细): case, who sent it and as whom, 材料名称, 材料类型, 份数/页数, the
 * note, each file with 查看 (the in-app viewer), who received it and when; and 接收. Controls only: the queue view runs
 * the action.
 */
public final class TransferDetailView extends ScrollPane {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;
    private final Consumer<TransferFileRef> openFile;
    private final VBox body = new VBox(10);
    private final Label number = new Label();
    private final Label status = new Label();
    private final GridPane facts = new GridPane();
    private final VBox files = new VBox(2);
    final Button receive = new Button(Messages.get("transfer.receive"));
    private final VBox errors = new VBox(2);
    private final Label placeholder = new Label(Messages.get("transfer.detail.placeholder"));
    private TransferRow shown;

    TransferDetailView(ZoneId zone, Consumer<TransferFileRef> openFile, Runnable onReceive) {
        this.zone = zone;
        this.openFile = openFile;
        setId("transfer-detail");
        getStyleClass().add("detail-pane");
        setFitToWidth(true);
        number.setId("transfer-detail-no");
        number.getStyleClass().add(Styles.TITLE_4);
        status.setId("transfer-detail-status");
        facts.setHgap(10);
        facts.setVgap(6);
        files.setId("transfer-files");
        receive.setId("transfer-receive");
        receive.getStyleClass().add(Styles.SUCCESS);
        receive.setOnAction(e -> onReceive.run());
        errors.setId("transfer-errors");
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

    TransferRow shown() {
        return shown;
    }

    void showPlaceholder() {
        shown = null;
        body.getChildren().setAll(placeholder);
    }

    void show(TransferRow row) {
        boolean same = shown != null && shown.id() == row.id();
        shown = row;
        MaterialTransferView v = row.view();
        number.setText(v.applicationNo());
        status.setText(statusText(row));
        facts.getChildren().clear();
        int r = 0;
        r = fact(r, "transfer.case", v.caseNumber());
        r = fact(r, "transfer.title", v.title());
        r = fact(r, "transfer.type", Messages.get("transfer.type." + v.materialType().name()));
        r = fact(r, "transfer.copies", v.pages() == null ? Messages.format("transfer.copies.value", v.copies())
                : Messages.format("transfer.copiesPages.value", v.copies(), v.pages()));
        r = fact(r, "transfer.submitter", v.applicantName() + "（" + Messages.get("transfer.submitter." + v.submitter().name())
                + "）");
        r = fact(r, "transfer.submitted", dateTime(v));
        if (v.note() != null) {
            r = fact(r, "transfer.note", v.note());
        }
        r = fact(r, "transfer.judge", v.judgeName() == null ? "—" : v.judgeName());
        if (v.receivedAt() != null) {
            fact(r, "transfer.received", v.receiverName() + " · " + DATE_TIME.format(v.receivedAt().atZone(zone)));
        }
        files.getChildren().clear();
        for (TransferFileRef f : v.files() == null ? List.<TransferFileRef>of() : v.files()) {
            Hyperlink link = new Hyperlink(Messages.format("transfer.view", f.fileName()));
            link.setId("transfer-file-" + f.id());
            link.setOnAction(e -> openFile.accept(f));
            files.getChildren().add(link);
        }
        if (!same) {
            errors.getChildren().clear();
        }
        receive.setDisable(!row.receivable());
        HBox head = new HBox(10, number, status);
        head.setAlignment(Pos.BASELINE_LEFT);
        HBox actions = new HBox(8, receive);
        actions.setAlignment(Pos.CENTER_LEFT);
        body.getChildren().setAll(head, facts, heading("transfer.files"), files, actions, errors);
    }

    private String dateTime(MaterialTransferView v) {
        return v.submittedAt() == null ? "" : DATE_TIME.format(v.submittedAt().atZone(zone));
    }

    static String statusText(TransferRow row) {
        String s = Messages.status(row.shownStatus());
        return switch (row.sync()) {
            case NONE -> s;
            case PENDING -> s + " · " + Messages.get("sync.mark.pending");
            case CONFLICT -> s + " · " + Messages.get("sync.mark.conflict");
            case REFUSED -> s + " · " + Messages.get("transfer.sync.refused");
        };
    }

    private int fact(int row, String key, String value) {
        Label k = new Label(Messages.get(key));
        k.getStyleClass().add("field-label");
        k.setMinWidth(72);
        Label val = new Label(value == null ? "" : value);
        val.setWrapText(true);
        facts.add(k, 0, row);
        facts.add(val, 1, row);
        return row + 1;
    }

    void showErrors(List<String> problems) {
        errors.getChildren().setAll(problems.stream().map(p -> {
            Label l = new Label(p);
            l.getStyleClass().add(Styles.DANGER);
            l.setWrapText(true);
            return l;
        }).toList());
    }

    void focusReceive() {
        receive.requestFocus();
    }
}
