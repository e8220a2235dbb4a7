package org.courtdesk.app.ui.main;

import java.time.Clock;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Icons;
import org.courtdesk.app.workspace.SyncStatus;

/** Always visible: online/offline, last successful sync, decisions awaiting upload, progress of long work. */
public final class StatusBarView extends HBox {

    private final Clock clock;
    private final Label online = new Label();
    private final Label lastSync = new Label();
    private final Label pending = new Label();
    private final Label conflicts = new Label();
    private final Label error = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label progressLabel = new Label();
    private final Label user = new Label();
    private SyncStatus last;

    public StatusBarView(Clock clock, String userText, Runnable syncNow) {
        this.clock = clock;
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        online.setId("status-online");
        lastSync.setId("status-last-sync");
        pending.setId("status-pending");
        conflicts.setId("status-conflicts");
        progress.setId("status-progress");
        error.setId("status-error");
        pending.setGraphic(Icons.of(MaterialDesignC.CLOUD_UPLOAD_OUTLINE, 14));
        conflicts.setGraphic(Icons.of(MaterialDesignA.ALERT_OUTLINE, 14));
        conflicts.getStyleClass().add("status-conflicts");
        error.getStyleClass().addAll(Styles.TEXT_SMALL, "status-error");
        error.setMaxWidth(360);
        progress.setPrefWidth(160);
        progressLabel.getStyleClass().add(Styles.TEXT_SMALL);
        user.getStyleClass().add(Styles.TEXT_MUTED);
        user.setText(userText);
        user.setGraphic(Icons.of(MaterialDesignA.ACCOUNT_OUTLINE, 14));

        Button sync = new Button(Messages.get("action.syncNow"), Icons.of(MaterialDesignS.SYNC, 14));
        sync.setId("status-sync-now");
        sync.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        sync.setTooltip(new Tooltip(Messages.get("action.syncNow") + "  (F5)"));
        sync.setOnAction(e -> syncNow.run());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(online, sep(), lastSync, sep(), pending, conflicts, error, spacer,
                progressLabel, progress, sync, sep(), user);
        update(new SyncStatus(false, null, 0, 0, -1, null, false, null));
    }

    private static Separator sep() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.getStyleClass().add("status-sep");
        return s;
    }

    /** Call on the FX thread. */
    public void update(SyncStatus s) {
        last = s;
        online.setText(StatusFormat.online(s));
        online.setGraphic(Icons.of(s.online() ? MaterialDesignC.CLOUD_CHECK_OUTLINE : MaterialDesignC.CLOUD_OFF_OUTLINE, 14));
        online.getStyleClass().removeAll("status-online", "status-offline");
        online.getStyleClass().add(s.online() ? "status-online" : "status-offline");
        lastSync.setText(StatusFormat.lastSync(s, clock));
        pending.setText(StatusFormat.pending(s));
        pending.getStyleClass().remove("status-has-pending");
        if (s.pendingUploads() > 0) {
            pending.getStyleClass().add("status-has-pending");
        }
        conflicts.setText(StatusFormat.conflicts(s));
        conflicts.setVisible(s.conflicts() > 0);
        conflicts.setManaged(s.conflicts() > 0);
        String lastError = Messages.text(s.lastError());
        boolean hasError = lastError != null && !lastError.isBlank();
        error.setText(hasError ? lastError : "");
        error.setTooltip(hasError ? new Tooltip(lastError) : null);
        error.setVisible(hasError);
        error.setManaged(hasError);
        progress.setVisible(s.busy());
        progress.setManaged(s.busy());
        progressLabel.setVisible(s.busy());
        progressLabel.setManaged(s.busy());
        if (s.busy()) {
            progress.setProgress(s.progress() <= 0 ? ProgressBar.INDETERMINATE_PROGRESS : Math.min(1, s.progress()));
            progressLabel.setText(s.progressLabel() == null ? Messages.get("status.working") : Messages.text(s.progressLabel()));
        }
    }

    /** Re-renders times (called by a minute tick). */
    public void refresh() {
        if (last != null) {
            update(last);
        }
    }
}
