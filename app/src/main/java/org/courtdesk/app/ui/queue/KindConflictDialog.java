package org.courtdesk.app.ui.queue;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

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
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.ui.Theme;
import org.courtdesk.app.workspace.PendingAction;

/**
 * The server did not take the user's action on a request of any kind (409: the request changed meanwhile; or a rule
 * refused it): the server's current state beside the action, and the ways out — 放弃我的决定, 基于最新状态重新决定 (the
 * action leaves the outbox and the form is offered on the current state), or 稍后处理.
 */
public final class KindConflictDialog extends Dialog<KindConflictDialog.Choice> {

    public enum Choice { DISCARD_MINE, DECIDE_AGAIN }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public KindConflictDialog(Window owner, PendingAction action, String serverStatus, String mine, ZoneId zone) {
        if (owner != null) {
            initOwner(owner);
        }
        ButtonType discardType = new ButtonType(Messages.get("conflict.discard"), ButtonBar.ButtonData.OTHER);
        ButtonType againType = new ButtonType(Messages.get("conflict.decideAgain"), ButtonBar.ButtonData.OK_DONE);
        ButtonType laterType = new ButtonType(Messages.get("conflict.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        boolean conflict = action.state() == OutboxState.CONFLICT;
        setTitle(Messages.get(conflict ? "conflict.title" : "kindqueue.refused.title"));
        String caseNumber = action.serverState() == null ? "" : String.valueOf(action.serverState().caseNumber());
        setHeaderText(Messages.format("conflict.header", caseNumber));

        GridPane grid = new GridPane();
        grid.setId("kind-conflict-grid");
        grid.getStyleClass().add("conflict-grid");
        grid.setHgap(16);
        grid.setVgap(8);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(90);
        ColumnConstraints c1 = new ColumnConstraints(220, 260, Double.MAX_VALUE);
        c1.setHgrow(Priority.ALWAYS);
        ColumnConstraints c2 = new ColumnConstraints(220, 260, Double.MAX_VALUE);
        c2.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(c0, c1, c2);
        Label serverHead = new Label(Messages.get("conflict.server"));
        serverHead.getStyleClass().add("section-title");
        Label mineHead = new Label(Messages.get("conflict.mine"));
        mineHead.getStyleClass().add("section-title");
        grid.add(serverHead, 1, 0);
        grid.add(mineHead, 2, 0);
        String reason = action.errorCode() != null ? Messages.error(action.errorCode())
                : action.lastError() == null ? "" : action.lastError();
        row(grid, 1, "conflict.field.status", serverStatus, mine);
        row(grid, 2, "kindqueue.conflict.saved", "", action.savedAt() == null ? ""
                : WHEN.format(action.savedAt().atZone(zone)));
        row(grid, 3, "kindqueue.conflict.reason", reason, "");

        Label explain = new Label(Messages.get(conflict ? "conflict.explain" : "kindqueue.refused.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(14, explain, grid);
        box.setPrefWidth(660);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().addAll(discardType, againType, laterType);
        getDialogPane().getStyleClass().add("conflict-dialog");
        var css = Theme.stylesheet();
        if (css != null) {
            getDialogPane().getStylesheets().add(css.toExternalForm());
        }
        getDialogPane().setStyle("-fx-font-family: \"" + Theme.family() + "\";");
        Button discard = (Button) getDialogPane().lookupButton(discardType);
        discard.setId("conflict-discard");
        discard.getStyleClass().add(Styles.DANGER);
        Button again = (Button) getDialogPane().lookupButton(againType);
        again.setId("conflict-decide-again");
        again.getStyleClass().add(Styles.ACCENT);
        getDialogPane().lookupButton(laterType).setId("conflict-later");
        setResultConverter(bt -> bt == discardType ? Choice.DISCARD_MINE : bt == againType ? Choice.DECIDE_AGAIN : null);
    }

    private static void row(GridPane grid, int r, String key, String server, String mine) {
        Label k = new Label(Messages.get(key));
        k.getStyleClass().add("field-label");
        Label s = new Label(server);
        s.setWrapText(true);
        s.getStyleClass().add("conflict-server");
        Label m = new Label(mine);
        m.setWrapText(true);
        m.getStyleClass().add("conflict-mine");
        grid.addRow(r, k, s, m);
    }
}
