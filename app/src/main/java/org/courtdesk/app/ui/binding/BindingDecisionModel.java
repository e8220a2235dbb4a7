package org.courtdesk.app.ui.binding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
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
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.binding.BindingDecision;
import org.courtdesk.model.binding.BindingRules;
import org.courtdesk.model.binding.BindingVerdict;

/**
 * The decision on one binding without controls: 审核通过, or 审核不通过 with a reason (typed, or picked from the phrase
 * list {@link #standardReasons}). Checked with {@link BindingRules#checkDecision}, then committed to the outbox off the
 * FX thread ({@code worker}), so it works offline; the judge and the clerks serving them may both decide.
 */
public final class BindingDecisionModel {

    /** How many standard reasons the bundles hold (binding.reason.1 …). */
    static final int STANDARD_REASONS = 6;

    private final Workspace workspace;
    private final Executor worker;
    private final Executor ui;

    private final ObjectProperty<BindingVerdict> verdict = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanProperty offered = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObservableList<String> errors = FXCollections.observableArrayList();

    private BindingRow row;

    public BindingDecisionModel(Workspace workspace, Executor worker, Executor ui) {
        this.workspace = workspace;
        this.worker = worker;
        this.ui = ui;
    }

    public ObjectProperty<BindingVerdict> verdictProperty() { return verdict; }
    public StringProperty reasonProperty() { return reason; }
    public BooleanProperty offeredProperty() { return offered; }
    public BooleanProperty savingProperty() { return saving; }
    public StringProperty noticeProperty() { return notice; }
    public ObservableList<String> errors() { return errors; }

    public BindingRow row() {
        return row;
    }

    /** The phrase list of 审核不通过 reasons (民事诉讼法 第61条, 第62条 and the papers' usual faults). */
    public static List<String> standardReasons() {
        return java.util.stream.IntStream.rangeClosed(1, STANDARD_REASONS)
                .mapToObj(i -> Messages.get("binding.reason." + i)).toList();
    }

    /** Shows a binding: a decision is offered only while it is 待审核 here (no decision of ours waiting). */
    public void load(BindingRow r) {
        boolean same = row != null && r != null && row.id() == r.id();
        row = r;
        errors.clear();
        if (!same) {
            notice.set("");
            verdict.set(null);
            reason.set("");
        }
        offered.set(r != null && r.open() && BindingRules.mayDecide(r.view().status()));
    }

    /** Checks and saves the chosen verdict; {@code onSaved} runs on the FX thread once it is in the outbox. */
    public boolean save(Runnable onSaved) {
        errors.clear();
        notice.set("");
        if (row == null || saving.get()) {
            return false;
        }
        if (!offered.get()) {
            errors.setAll(Messages.get("binding.locked"));
            return false;
        }
        BindingVerdict v = verdict.get();
        String why = v == BindingVerdict.REJECT && reason.get() != null ? reason.get().strip() : null;
        BindingDecision body = new BindingDecision(UUID.randomUUID(), row.view().version(), v, why);
        List<BindingRules.Violation> broken = BindingRules.checkDecision(body);
        if (!broken.isEmpty()) {
            errors.setAll(new LinkedHashSet<>(broken.stream().map(x -> Messages.error(x.code())).toList()));
            return false;
        }
        var ref = row.ref();
        saving.set(true);
        worker.execute(() -> {
            try {
                workspace.saveAction(ref, BindingOps.DECISION, body);
                ui.execute(() -> {
                    saving.set(false);
                    offered.set(false);
                    notice.set(Messages.get("binding.notice.saved"));
                    if (onSaved != null) {
                        onSaved.run();
                    }
                });
            } catch (DecisionRejectedException e) {
                ui.execute(() -> {
                    saving.set(false);
                    errors.setAll(new LinkedHashSet<>(e.problems().stream().map(Messages::error).toList()));
                });
            } catch (Throwable t) {
                ui.execute(() -> {
                    saving.set(false);
                    errors.setAll(Messages.format("binding.saveFailed", String.valueOf(t.getMessage())));
                });
            }
        });
        return true;
    }
}
