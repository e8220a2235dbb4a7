package org.courtdesk.app.ui.adjournment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

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
import org.courtdesk.model.adjournment.AdjournmentConclusion;
import org.courtdesk.model.adjournment.AdjournmentDecision;
import org.courtdesk.model.adjournment.AdjournmentRules;
import org.courtdesk.model.request.RequestStatus;

/**
 * 填写审查意见 of one 延期开庭申请 without controls: the conclusion, the opinion and, to approve, the new hearing date and
 * time. Checked with {@link AdjournmentRules#checkDecision} against this workstation's now, then committed to the
 * outbox off the FX thread (so it works offline; the server checks again with its own clock when it arrives).
 */
public final class AdjournmentActionModel {

    private final Workspace workspace;
    private final Executor worker;
    private final Executor ui;
    private final Supplier<LocalDateTime> now;

    private final ObjectProperty<AdjournmentConclusion> conclusion = new SimpleObjectProperty<>();
    private final StringProperty opinion = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> newDate = new SimpleObjectProperty<>();
    private final StringProperty newTime = new SimpleStringProperty("09:30");
    private final BooleanProperty decisionOffered = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<PendingAction> refused = new SimpleObjectProperty<>();
    private final ObservableList<String> errors = FXCollections.observableArrayList();

    private AdjournmentRow row;

    public AdjournmentActionModel(Workspace workspace, Executor worker, Executor ui, Supplier<LocalDateTime> now) {
        this.workspace = workspace;
        this.worker = worker;
        this.ui = ui;
        this.now = now;
    }

    public ObjectProperty<AdjournmentConclusion> conclusionProperty() { return conclusion; }
    public StringProperty opinionProperty() { return opinion; }
    public ObjectProperty<LocalDate> newDateProperty() { return newDate; }
    public StringProperty newTimeProperty() { return newTime; }
    public BooleanProperty decisionOfferedProperty() { return decisionOffered; }
    public BooleanProperty savingProperty() { return saving; }
    public StringProperty noticeProperty() { return notice; }
    public ObjectProperty<PendingAction> refusedProperty() { return refused; }
    public ObservableList<String> errors() { return errors; }

    public AdjournmentRow row() {
        return row;
    }

    /** Shows a request: the decision is offered while it is 待审查 here and on the server, nothing unsent or refused. */
    public void load(AdjournmentRow r) {
        boolean same = row != null && r != null && row.id() == r.id();
        row = r;
        errors.clear();
        if (!same) {
            notice.set("");
            conclusion.set(null);
            opinion.set("");
            newDate.set(null);
            newTime.set("09:30");
        }
        if (r == null) {
            decisionOffered.set(false);
            refused.set(null);
            return;
        }
        refused.set(r.refused());
        decisionOffered.set(r.shownStatus() == RequestStatus.PENDING_REVIEW && r.view().status() == RequestStatus.PENDING_REVIEW
                && r.refused() == null && !r.hasUnsentDecision());
        if (r.hasUnsentDecision() && notice.get().isEmpty()) {
            notice.set(Messages.get("adjournment.notice.unsent"));
        }
        if (!same && newDate.get() == null) {
            newDate.set(AdjournmentRules.earliestNewHearingDay(now.get().toLocalDate()).plusDays(11));
        }
    }

    /** The new hearing time the form holds, or null when the date is empty or the time unreadable. */
    public LocalDateTime newHearingAt() {
        if (newDate.get() == null) {
            return null;
        }
        try {
            return newDate.get().atTime(LocalTime.parse(newTime.get() == null ? "" : newTime.get().strip()));
        } catch (DateTimeParseException e) {
            return null;
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
        AdjournmentConclusion c = conclusion.get();
        LocalDateTime next = c == AdjournmentConclusion.APPROVE ? newHearingAt() : null;
        if (c == AdjournmentConclusion.APPROVE && next == null && newDate.get() != null) {
            errors.setAll(Messages.get("adjournment.time.invalid"));
            return false;
        }
        String text = opinion.get() == null || opinion.get().isBlank() ? null : opinion.get().strip();
        AdjournmentDecision d = new AdjournmentDecision(null, 0, c, text, next);
        List<AdjournmentRules.Violation> problems = AdjournmentRules.checkDecision(d, row.view().status(),
                row.view().hearing(), now.get());
        if (!problems.isEmpty()) {
            errors.setAll(new LinkedHashSet<>(problems.stream()
                    .map(AdjournmentFormat::violation).toList()));
            return false;
        }
        var ref = row.ref();
        saving.set(true);
        worker.execute(() -> {
            try {
                workspace.saveAction(ref, AdjournmentOps.DECISION, d);
                ui.execute(() -> {
                    saving.set(false);
                    decisionOffered.set(false);
                    notice.set(Messages.get(c == AdjournmentConclusion.APPROVE ? "adjournment.notice.approved"
                            : "adjournment.notice.rejected"));
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
                    errors.setAll(Messages.format("adjournment.saveFailed", String.valueOf(e.getMessage())));
                });
            }
        });
        return true;
    }
}
