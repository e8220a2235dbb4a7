package org.courtdesk.app.ui.appeal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.workspace.DecisionRejectedException;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.appeal.AppealConclusion;
import org.courtdesk.model.appeal.AppealDecision;
import org.courtdesk.model.appeal.AppealRules;
import org.courtdesk.model.request.RequestStatus;

/**
 * 填写审查意见 of one appeal without controls: 已接受, or 退回 with the reason. Checked with
 * {@link AppealRules#checkDecision}, then committed to the outbox off the FX thread (works offline).
 */
public final class AppealActionModel {

    private final Workspace workspace;
    private final Executor worker;
    private final Executor ui;

    private final ObjectProperty<AppealConclusion> conclusion = new SimpleObjectProperty<>();
    private final StringProperty opinion = new SimpleStringProperty("");
    private final BooleanProperty decisionOffered = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<PendingAction> refused = new SimpleObjectProperty<>();
    private final ObservableList<String> errors = FXCollections.observableArrayList();

    private AppealRow row;

    public AppealActionModel(Workspace workspace, Executor worker, Executor ui) {
        this.workspace = workspace;
        this.worker = worker;
        this.ui = ui;
    }

    public ObjectProperty<AppealConclusion> conclusionProperty() { return conclusion; }
    public StringProperty opinionProperty() { return opinion; }
    public BooleanProperty decisionOfferedProperty() { return decisionOffered; }
    public BooleanProperty savingProperty() { return saving; }
    public StringProperty noticeProperty() { return notice; }
    public ObjectProperty<PendingAction> refusedProperty() { return refused; }
    public ObservableList<String> errors() { return errors; }

    public AppealRow row() {
        return row;
    }

    public void load(AppealRow r) {
        boolean same = row != null && r != null && row.id() == r.id();
        row = r;
        errors.clear();
        if (!same) {
            notice.set("");
            conclusion.set(null);
            opinion.set("");
        }
        if (r == null) {
            decisionOffered.set(false);
            refused.set(null);
            return;
        }
        refused.set(r.refused());
        decisionOffered.set(r.shownStatus() == RequestStatus.SUBMITTED && r.view().status() == RequestStatus.SUBMITTED
                && r.refused() == null && !r.hasUnsentDecision());
        if (r.hasUnsentDecision() && notice.get().isEmpty()) {
            notice.set(Messages.get("appeal.notice.unsent"));
        }
    }

    /** Checks and saves the decision; false (with {@link #errors}) when the rules refuse it. Call on the FX thread. */
    public boolean decide() {
        return decide(null);
    }

    /**
     * As {@link #decide()}, then {@code onSaved} on the FX thread once the decision is in the outbox (the queue moves on
     * to the next request: Ctrl+S is save-and-next).
     */
    public boolean decide(Runnable onSaved) {
        errors.clear();
        notice.set("");
        if (row == null || !decisionOffered.get() || saving.get()) {
            return false;
        }
        AppealConclusion c = conclusion.get();
        String text = opinion.get() == null || opinion.get().isBlank() ? null : opinion.get().strip();
        AppealDecision d = new AppealDecision(null, 0, c, text);
        List<AppealRules.Violation> problems = AppealRules.checkDecision(d, row.view().status());
        if (!problems.isEmpty()) {
            errors.setAll(new LinkedHashSet<>(problems.stream()
                    .map(AppealFormat::violation).toList()));
            return false;
        }
        var ref = row.ref();
        saving.set(true);
        worker.execute(() -> {
            try {
                workspace.saveAction(ref, AppealOps.DECISION, d);
                ui.execute(() -> {
                    saving.set(false);
                    decisionOffered.set(false);
                    notice.set(Messages.get(c == AppealConclusion.ACCEPT ? "appeal.notice.accepted" : "appeal.notice.returned"));
                    if (onSaved != null) {
                        onSaved.run();
                    }
                });
            } catch (DecisionRejectedException e) {
                ui.execute(() -> {
                    saving.set(false);
                    errors.setAll(new LinkedHashSet<>(e.problems().stream().map(Messages::error).toList()));
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    saving.set(false);
                    errors.setAll(Messages.format("appeal.saveFailed", String.valueOf(e.getMessage())));
                });
            }
        });
        return true;
    }
}
