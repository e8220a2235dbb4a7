package org.courtdesk.app.ui.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
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
import org.courtdesk.app.workspace.StaffOp;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.filing.FilingAction;
import org.courtdesk.model.filing.FilingConclusion;
import org.courtdesk.model.filing.FilingConclusionDecision;
import org.courtdesk.model.filing.FilingIntake;
import org.courtdesk.model.filing.FilingMessagePost;
import org.courtdesk.model.filing.FilingOpinionSave;
import org.courtdesk.model.filing.FilingRules;
import org.courtdesk.model.filing.FilingView;
import org.courtdesk.model.filing.ReturnKind;
import org.courtdesk.model.request.RequestStatus;

/**
 * The actions on one filing without controls (spec-004 §2 screens 2, 3, 5): 审查 — ① save the 审查意见及理由, ② then
 * press 符 or 退 (退回补正 with the items and a deadline, or 不予受理 with reasons); 收案 on 符; 留言 in every status.
 * What is offered follows {@link FilingRules} (the status and {@link FilingRules#mayReview who may review}); every
 * action is checked with the shared rules and then committed to the outbox off the FX thread, so it works offline.
 */
public final class FilingActionModel {

    private final Workspace workspace;
    private final Executor worker;
    private final Executor ui;
    private final Supplier<LocalDate> today;
    private final Supplier<UserInfo> user;

    private final StringProperty opinion = new SimpleStringProperty("");
    /** The conclusion highlighted: the one saved, or 退 while its details are being written. */
    private final ObjectProperty<FilingConclusion> conclusion = new SimpleObjectProperty<>();
    private final ObjectProperty<ReturnKind> returnKind = new SimpleObjectProperty<>();
    private final StringProperty supplementItems = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> supplementDeadline = new SimpleObjectProperty<>();
    private final StringProperty refusalReasons = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    private final BooleanProperty reviewOffered = new SimpleBooleanProperty();
    private final BooleanProperty conclusionEnabled = new SimpleBooleanProperty();
    /** 退 was pressed: the return's details are shown. */
    private final BooleanProperty returning = new SimpleBooleanProperty();
    private final BooleanProperty intakeOffered = new SimpleBooleanProperty();
    private final BooleanProperty messageOffered = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    /** Why 审查 is not offered, for the user who expects it. */
    private final StringProperty reviewLockedReason = new SimpleStringProperty("");
    private final ObjectProperty<PendingAction> refused = new SimpleObjectProperty<>();
    private final ObservableList<String> errors = FXCollections.observableArrayList();

    private FilingRow row;

    public FilingActionModel(Workspace workspace, Executor worker, Executor ui, Supplier<LocalDate> today,
                             Supplier<UserInfo> user) {
        this.workspace = workspace;
        this.worker = worker;
        this.ui = ui;
        this.today = today;
        this.user = user;
    }

    public StringProperty opinionProperty() { return opinion; }
    public ObjectProperty<FilingConclusion> conclusionProperty() { return conclusion; }
    public ObjectProperty<ReturnKind> returnKindProperty() { return returnKind; }
    public StringProperty supplementItemsProperty() { return supplementItems; }
    public ObjectProperty<LocalDate> supplementDeadlineProperty() { return supplementDeadline; }
    public StringProperty refusalReasonsProperty() { return refusalReasons; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty reviewOfferedProperty() { return reviewOffered; }
    public BooleanProperty conclusionEnabledProperty() { return conclusionEnabled; }
    public BooleanProperty returningProperty() { return returning; }
    public BooleanProperty intakeOfferedProperty() { return intakeOffered; }
    public BooleanProperty messageOfferedProperty() { return messageOffered; }
    public BooleanProperty savingProperty() { return saving; }
    public StringProperty noticeProperty() { return notice; }
    public StringProperty reviewLockedReasonProperty() { return reviewLockedReason; }
    public ObjectProperty<PendingAction> refusedProperty() { return refused; }
    public ObservableList<String> errors() { return errors; }

    public FilingRow row() {
        return row;
    }

    /** Whether the signed-in user may review {@code v}: a 中心审核员 of its court, or its 承办法官 (by name: the view has no judge id). */
    public boolean mayReview(FilingView v) {
        UserInfo u = user.get();
        if (u == null) {
            return false;
        }
        boolean inCharge = u.displayName() != null && u.displayName().equals(v.judgeName());
        return FilingRules.mayReview(u.role(), u.courtCode(), v.courtCode(), inCharge);
    }

    /** Shows a filing: what is offered on it, the saved opinion and conclusion. */
    public void load(FilingRow r) {
        // The same filing read again after a save keeps the notice of that save ("now press 符 or 退").
        String kept = row != null && r != null && row.id() == r.id() ? notice.get() : "";
        row = r;
        errors.clear();
        notice.set("");
        returning.set(false);
        returnKind.set(null);
        supplementItems.set("");
        supplementDeadline.set(null);
        refusalReasons.set("");
        message.set("");
        if (r == null) {
            opinion.set("");
            conclusion.set(null);
            refused.set(null);
            reviewOffered.set(false);
            conclusionEnabled.set(false);
            intakeOffered.set(false);
            messageOffered.set(false);
            reviewLockedReason.set("");
            return;
        }
        FilingView v = r.view();
        PendingAction refusedAction = r.refused();
        refused.set(refusedAction);
        boolean may = mayReview(v);
        RequestStatus status = r.shownStatus();
        boolean reviewable = FilingRules.offeredActions(status).contains(FilingAction.REVIEW);
        reviewOffered.set(may && reviewable && refusedAction == null);
        reviewLockedReason.set(!reviewable || may ? "" : Messages.get("filing.review.notYours"));
        String saved = r.savedOpinion();
        opinion.set(saved == null ? "" : saved);
        conclusionEnabled.set(reviewOffered.get() && saved != null && !saved.isBlank());
        FilingConclusionDecision unsent = r.unsentConclusion();
        conclusion.set(unsent != null ? unsent.conclusion() : v.review() == null ? null : v.review().conclusion());
        intakeOffered.set(may && FilingRules.offeredActions(status).contains(FilingAction.TAKE_IN)
                && !r.hasUnsent(FilingOps.INTAKE) && refusedAction == null);
        messageOffered.set(FilingRules.offeredActions(status).contains(FilingAction.MESSAGE));
        if (kept != null && !kept.isEmpty()) {
            notice.set(kept);
        } else if (r.sync() == FilingRow.Sync.PENDING) {
            notice.set(Messages.get("filing.notice.unsent"));
        }
    }

    // ------------------------------------------------------------------ 审查

    /** ① 保存审查意见及理由. */
    public boolean saveOpinion(Consumer<PendingAction> onSaved) {
        if (!start(reviewOffered.get())) {
            return false;
        }
        FilingOpinionSave body = new FilingOpinionSave(UUID.randomUUID(), row.view().version(), opinion.get().strip());
        List<FilingRules.Violation> problems = FilingRules.checkOpinion(body, row.shownStatus());
        if (!problems.isEmpty()) {
            return refuse(problems);
        }
        return submit(FilingOps.OPINION, body, "filing.notice.opinionSaved", saved -> {
            conclusionEnabled.set(true);
            if (onSaved != null) {
                onSaved.accept(saved);
            }
        });
    }

    /** ② 符: checked (the opinion must be saved first) and saved. */
    public boolean conform(Consumer<PendingAction> onSaved) {
        returning.set(false);
        return decide(new FilingConclusionDecision(UUID.randomUUID(), row == null ? 0 : row.view().version(),
                FilingConclusion.CONFORMS, null, null, null, null), onSaved);
    }

    /** ② 退 pressed: highlights it and shows the return's details (退回补正 by default). */
    public boolean chooseReturn() {
        errors.clear();
        if (row == null || !reviewOffered.get()) {
            return false;
        }
        if (!conclusionEnabled.get()) {
            return refuse(FilingRules.checkConclusion(returnDecision(), row.shownStatus(), row.savedOpinion(), today.get()));
        }
        conclusion.set(FilingConclusion.RETURNED);
        returning.set(true);
        if (returnKind.get() == null) {
            returnKind.set(ReturnKind.SUPPLEMENT);
        }
        return true;
    }

    /** ② 退 with its details: 退回补正 (items, one a line, and a deadline) or 不予受理 (reasons). */
    public boolean submitReturn(Consumer<PendingAction> onSaved) {
        return decide(returnDecision(), onSaved);
    }

    /** The 退 as the form holds it: only the fields of the chosen kind. */
    public FilingConclusionDecision returnDecision() {
        ReturnKind kind = returnKind.get();
        boolean supplement = kind == ReturnKind.SUPPLEMENT;
        List<String> items = supplement ? lines(supplementItems.get()) : null;
        return new FilingConclusionDecision(UUID.randomUUID(), row == null ? 0 : row.view().version(),
                FilingConclusion.RETURNED, kind, items, supplement ? supplementDeadline.get() : null,
                kind == ReturnKind.NOT_ACCEPTED ? trimToNull(refusalReasons.get()) : null);
    }

    private boolean decide(FilingConclusionDecision d, Consumer<PendingAction> onSaved) {
        if (!start(reviewOffered.get())) {
            return false;
        }
        List<FilingRules.Violation> problems = FilingRules.checkConclusion(d, row.shownStatus(), row.savedOpinion(), today.get());
        if (!problems.isEmpty()) {
            return refuse(problems);
        }
        conclusion.set(d.conclusion());
        return submit(FilingOps.CONCLUSION, d, "filing.notice.concluded", onSaved);
    }

    // ------------------------------------------------------------------ 收案 and 留言

    /** 收案 of a 符 filing (the caller asked the user to confirm). */
    public boolean takeIn(Consumer<PendingAction> onSaved) {
        if (!start(true)) {
            return false;
        }
        List<FilingRules.Violation> problems = new ArrayList<>(FilingRules.checkIntake(row.shownStatus()));
        if (problems.isEmpty() && !intakeOffered.get()) {
            errors.setAll(Messages.get(mayReview(row.view()) ? "filing.intake.unavailable" : "filing.review.notYours"));
            return false;
        }
        if (!problems.isEmpty()) {
            return refuse(problems);
        }
        return submit(FilingOps.INTAKE, new FilingIntake(UUID.randomUUID(), row.view().version()),
                "filing.notice.intakeSaved", onSaved);
    }

    /** 发送 a 留言: not versioned, allowed in every status. */
    public boolean sendMessage(Consumer<PendingAction> onSaved) {
        if (!start(messageOffered.get())) {
            return false;
        }
        FilingMessagePost post = new FilingMessagePost(UUID.randomUUID(), message.get() == null ? "" : message.get().strip());
        List<FilingRules.Violation> problems = FilingRules.checkMessage(post);
        if (!problems.isEmpty()) {
            return refuse(problems);
        }
        return submit(FilingOps.MESSAGE, post, "filing.notice.messageSaved", saved -> {
            message.set("");
            if (onSaved != null) {
                onSaved.accept(saved);
            }
        });
    }

    /** 取消 the 留言 being written. */
    public void cancelMessage() {
        message.set("");
        errors.clear();
    }

    /** 放弃我的操作: drop the refused action, so the user decides again on the server's state. */
    public void discardRefused(Runnable onDone) {
        PendingAction a = refused.get();
        if (a == null || saving.get()) {
            return;
        }
        saving.set(true);
        worker.execute(() -> {
            try {
                workspace.discardAction(a.id());
                ui.execute(() -> {
                    saving.set(false);
                    refused.set(null);
                    notice.set(Messages.get("filing.notice.discarded"));
                    if (onDone != null) {
                        onDone.run();
                    }
                });
            } catch (Throwable t) {
                ui.execute(() -> {
                    saving.set(false);
                    errors.setAll(Messages.format("filing.saveFailed", String.valueOf(t.getMessage())));
                });
            }
        });
    }

    // ------------------------------------------------------------------ helpers

    private boolean start(boolean offered) {
        errors.clear();
        notice.set("");
        return row != null && offered && !saving.get();
    }

    private boolean refuse(List<FilingRules.Violation> problems) {
        errors.setAll(new LinkedHashSet<>(problems.stream().map(FilingFormat::violation).toList()));
        return false;
    }

    private boolean submit(StaffOp op, Object body, String noticeKey, Consumer<PendingAction> onSaved) {
        var ref = row.ref();
        saving.set(true);
        worker.execute(() -> {
            try {
                PendingAction saved = workspace.saveAction(ref, op, body);
                ui.execute(() -> {
                    saving.set(false);
                    notice.set(Messages.get(noticeKey));
                    if (op != FilingOps.OPINION && op != FilingOps.MESSAGE) {
                        reviewOffered.set(false);
                        conclusionEnabled.set(false);
                        intakeOffered.set(false);
                        returning.set(false);
                    }
                    if (onSaved != null) {
                        onSaved.accept(saved);
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
                    errors.setAll(Messages.format("filing.saveFailed", String.valueOf(t.getMessage())));
                });
            }
        });
        return true;
    }

    /** One item a line; blank lines are dropped (a trailing Enter is not an empty item). */
    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
