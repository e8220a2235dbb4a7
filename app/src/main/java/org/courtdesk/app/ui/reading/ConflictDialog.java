package org.courtdesk.app.ui.reading;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Theme;
import org.courtdesk.app.workspace.Conflict;
import org.courtdesk.app.workspace.ConflictResolution;

/**
 * The server refused my decision with 409: its current state beside my draft, and the two ways out —
 * 放弃我的决定, or 基于最新状态重新决定 (only when the current status still allows a decision).
 */
public final class ConflictDialog extends Dialog<ConflictResolution> {

    private final ButtonType DISCARD = new ButtonType(Messages.get("conflict.discard"), ButtonBar.ButtonData.OTHER);
    private final ButtonType DECIDE_AGAIN = new ButtonType(Messages.get("conflict.decideAgain"), ButtonBar.ButtonData.OK_DONE);
    private final ButtonType LATER = new ButtonType(Messages.get("conflict.later"), ButtonBar.ButtonData.CANCEL_CLOSE);

    public ConflictDialog(Window owner, Conflict conflict) {
        if (owner != null) {
            initOwner(owner);
        }
        boolean visit = conflict.isAttendance();
        setTitle(Messages.get(visit ? "conflict.attendance.title" : "conflict.title"));
        setHeaderText(Messages.format("conflict.header", conflict.current() == null ? "" : conflict.current().caseNumber()));

        GridPane grid = new GridPane();
        grid.setId("conflict-grid");
        grid.getStyleClass().add("conflict-grid");
        grid.setHgap(16);
        grid.setVgap(8);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(90);
        ColumnConstraints c1 = new ColumnConstraints(260, 280, Double.MAX_VALUE);
        c1.setHgrow(Priority.ALWAYS);
        ColumnConstraints c2 = new ColumnConstraints(260, 280, Double.MAX_VALUE);
        c2.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(c0, c1, c2);

        Label serverHead = new Label(Messages.get("conflict.server"));
        serverHead.setId("conflict-server-head");
        serverHead.getStyleClass().addAll("section-title");
        Label mineHead = new Label(Messages.get(visit ? "conflict.attendance.mine" : "conflict.mine"));
        mineHead.setId("conflict-mine-head");
        mineHead.getStyleClass().addAll("section-title");
        grid.add(serverHead, 1, 0);
        grid.add(mineHead, 2, 0);
        int r = 1;
        for (ConflictFormat.Line line : ConflictFormat.lines(conflict)) {
            Label k = new Label(line.label());
            k.getStyleClass().add("field-label");
            Label s = new Label(line.server());
            s.setWrapText(true);
            s.getStyleClass().add("conflict-server");
            Label m = new Label(line.mine());
            m.setWrapText(true);
            m.getStyleClass().add("conflict-mine");
            s.setMaxWidth(Double.MAX_VALUE);
            m.setMaxWidth(Double.MAX_VALUE);
            if (line.differs()) {
                s.getStyleClass().add("conflict-differs");
                m.getStyleClass().add("conflict-differs");
            }
            grid.addRow(r++, k, s, m);
        }

        Label explain = new Label(Messages.get(visit ? "conflict.attendance.explain" : "conflict.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(14, explain, grid);
        box.setPrefWidth(700);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().addAll(DISCARD, DECIDE_AGAIN, LATER);
        getDialogPane().getStyleClass().add("conflict-dialog");
        var css = Theme.stylesheet();
        if (css != null) {
            getDialogPane().getStylesheets().add(css.toExternalForm());
        }
        getDialogPane().setStyle("-fx-font-family: \"" + Theme.family() + "\";");
        Button discard = (Button) getDialogPane().lookupButton(DISCARD);
        discard.setId("conflict-discard");
        discard.getStyleClass().add(Styles.DANGER);
        Button again = (Button) getDialogPane().lookupButton(DECIDE_AGAIN);
        again.setId("conflict-decide-again");
        again.getStyleClass().add(Styles.ACCENT);
        again.setDisable(conflict.current() == null || (visit ? !AttendanceFormModel.applicable(conflict.current())
                : !ReviewFormModel.decidable(conflict.current().status())));
        if (visit) {
            discard.setText(Messages.get("conflict.attendance.discard"));
            again.setText(Messages.get("conflict.attendance.again"));
        }
        getDialogPane().lookupButton(LATER).setId("conflict-later");

        setResultConverter(bt -> bt == DISCARD ? ConflictResolution.DISCARD_MINE
                : bt == DECIDE_AGAIN ? ConflictResolution.DECIDE_AGAIN : null);
    }
}
