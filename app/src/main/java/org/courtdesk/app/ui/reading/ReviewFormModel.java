package org.courtdesk.app.ui.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.workspace.ConflictResolution;
import org.courtdesk.app.workspace.DecisionRejectedException;
import org.courtdesk.app.workspace.PendingDecision;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReadingRules;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.request.Transitions;

/**
 * The review form (审查) without controls: 审查意见, 审查意见说明, 阅卷方式 with its dates, 回复说明. Enabled only when
 * the shared transition table allows a decision from the request's status; validated with the shared
 * {@link ReadingRules}; saved to the workspace off the FX thread.
 */
public final class ReviewFormModel {

    /** The stock explanation of an approval (seed 002 fig. 13). */
    public static final String DEFAULT_AGREE_KEY = "review.defaultAgreeExplanation";

    private final Workspace workspace;
    private final Executor worker;
    private final Executor ui;

    private final ObjectProperty<ReviewOpinion> opinion = new SimpleObjectProperty<>();
    private final StringProperty explanation = new SimpleStringProperty("");
    private final ObjectProperty<ReadingMode> mode = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> validUntil = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> onSiteStart = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> onSiteEnd = new SimpleObjectProperty<>();
    private final StringProperty replyNote = new SimpleStringProperty("");
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty lockedReason = new SimpleStringProperty("");
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    /** The rules' codes behind {@link #errors} (the view puts each under its field). */
    private final ObservableList<ErrorCode> problems = FXCollections.observableArrayList();
    /** A decision saved here and not yet uploaded can be withdrawn (issue 13). */
    private final BooleanProperty withdrawable = new SimpleBooleanProperty(false);
    /** The decision just withdrawn: the form shows it again to be changed. */
    private ReviewDecision withdrawn;
    private long withdrawnId = -1;

    private ReadingRequestView request;
    private LocalDate today = LocalDate.now(org.courtdesk.app.sync.SyncConfig.CHINA); // set by load()
    /** Set when the judge decides again after a conflict: saving then resolves the conflict. */
    private boolean resolvingConflict;

    public ReviewFormModel(Workspace workspace, Executor worker, Executor ui) {
        this.workspace = workspace;
        this.worker = worker;
        this.ui = ui;
        opinion.addListener((o, a, b) -> onOpinionChanged(b));
    }

    public ObjectProperty<ReviewOpinion> opinionProperty() { return opinion; }
    public StringProperty explanationProperty() { return explanation; }
    public ObjectProperty<ReadingMode> modeProperty() { return mode; }
    public ObjectProperty<LocalDate> validUntilProperty() { return validUntil; }
    public ObjectProperty<LocalDate> onSiteStartProperty() { return onSiteStart; }
    public ObjectProperty<LocalDate> onSiteEndProperty() { return onSiteEnd; }
    public StringProperty replyNoteProperty() { return replyNote; }
    public BooleanProperty editableProperty() { return editable; }
    public BooleanProperty savingProperty() { return saving; }
    public StringProperty noticeProperty() { return notice; }
    public StringProperty lockedReasonProperty() { return lockedReason; }
    public ObservableList<String> errors() { return errors; }
    public ObservableList<ErrorCode> problems() { return problems; }
    public BooleanProperty withdrawableProperty() { return withdrawable; }

    public ReadingRequestView request() {
        return request;
    }

    public boolean resolvingConflict() {
        return resolvingConflict;
    }

    /** Whether a judge may decide a request in this status (the shared transition table says). */
    public static boolean decidable(RequestStatus status) {
        return status != null && !Transitions.decisionsFrom(RequestKind.CASE_FILE_READING, status).isEmpty();
    }

    /** Shows a request: its pending decision if one waits for upload, else an empty form when decidable. */
    public void load(ReadingRequestView view, PendingDecision pending, LocalDate today) {
        this.request = view;
        this.today = today;
        this.resolvingConflict = false;
        problems.clear();
        errors.clear();
        notice.set("");
        lockedReason.set("");
        withdrawable.set(false);
        if (view == null) {
            clearFields();
            editable.set(false);
            return;
        }
        if (pending != null) {
            fill(pending.decision());
            editable.set(false);
            if (pending.conflict()) {
                lockedReason.set(Messages.get("review.locked.conflict"));
            } else {
                notice.set(Messages.get("review.saved"));
                withdrawable.set(true);
            }
            return;
        }
        clearFields();
        boolean canDecide = decidable(view.status());
        editable.set(canDecide);
        if (canDecide && withdrawn != null && withdrawnId == view.id()) {
            fill(withdrawn); // withdrawn to be changed: the judge's decision is back in the form
            notice.set(Messages.get("review.withdrawn"));
        }
        withdrawn = null;
        withdrawnId = -1;
        if (!canDecide) {
            lockedReason.set(Messages.format("review.locked.status", Messages.status(view.status())));
            if (view.review() != null) {
                var r = view.review();
                opinion.set(r.opinion());
                explanation.set(nz(r.explanation()));
                mode.set(r.mode());
                validUntil.set(r.validUntil());
                onSiteStart.set(r.onSiteStart());
                onSiteEnd.set(r.onSiteEnd());
                replyNote.set(nz(r.replyNote()));
            }
        }
    }

    /** After a conflict: decide again on the server's current version, starting from my old draft. */
    public void loadForRedecision(ReadingRequestView current, ReviewDecision myDraft, LocalDate today) {
        load(current, null, today);
        if (editable.get() && myDraft != null) {
            fill(myDraft);
        }
        resolvingConflict = editable.get();
    }

    private void fill(ReviewDecision d) {
        opinion.set(d.opinion());
        explanation.set(nz(d.explanation()));
        mode.set(d.mode());
        validUntil.set(d.validUntil());
        onSiteStart.set(d.onSiteStart());
        onSiteEnd.set(d.onSiteEnd());
        replyNote.set(nz(d.replyNote()));
    }

    private void clearFields() {
        opinion.set(null);
        explanation.set("");
        mode.set(null);
        validUntil.set(null);
        onSiteStart.set(null);
        onSiteEnd.set(null);
        replyNote.set("");
    }

    /**
     * Sensible defaults when the judge picks an opinion: the requested mode, 15 days, a two-day window from the
     * applicant's 预约时间 (or from tomorrow).
     */
    private void onOpinionChanged(ReviewOpinion o) {
        if (!editable.get() || request == null) {
            return;
        }
        if (o == ReviewOpinion.AGREE) {
            if (explanation.get() == null || explanation.get().isBlank()) {
                explanation.set(Messages.get(DEFAULT_AGREE_KEY));
            }
            if (mode.get() == null) {
                ReadingMode m = request.requestedMode() == null ? ReadingMode.ONLINE : request.requestedMode();
                if (m == ReadingMode.ONLINE && !request.caseDigitised()) {
                    m = ReadingMode.ON_SITE;
                }
                mode.set(m);
            }
            if (validUntil.get() == null) {
                validUntil.set(today.plusDays(ReadingRules.DEFAULT_ONLINE_VALIDITY_DAYS));
            }
            if (onSiteStart.get() == null) {
                // The applicant's 预约时间 when it is still ahead, else tomorrow; the judge may change it (seed 000 §3.5).
                LocalDate proposed = request.proposedTime() == null ? null : request.proposedTime().toLocalDate();
                LocalDate start = proposed != null && !proposed.isBefore(today) ? proposed : today.plusDays(1);
                onSiteStart.set(start);
                onSiteEnd.set(start.plusDays(1));
            }
        } else if (o == ReviewOpinion.DISAGREE) {
            if (Messages.get(DEFAULT_AGREE_KEY).equals(explanation.get())) {
                explanation.set("");
            }
        }
    }

    /** The decision as the form holds it; only the fields that matter for the opinion and mode. */
    public ReviewDecision toDecision(UUID key) {
        ReviewOpinion o = opinion.get();
        boolean agree = o == ReviewOpinion.AGREE;
        ReadingMode m = agree ? mode.get() : null;
        return new ReviewDecision(key, request == null ? 0 : request.version(), o, trimToNull(explanation.get()), m,
                agree && m == ReadingMode.ONLINE ? validUntil.get() : null,
                agree && m == ReadingMode.ON_SITE ? onSiteStart.get() : null,
                agree && m == ReadingMode.ON_SITE ? onSiteEnd.get() : null,
                trimToNull(replyNote.get()));
    }

    /** The shared rules' verdict on the form, as bundle messages (empty = valid). */
    public List<ErrorCode> validate() {
        if (request == null) {
            return List.of(ErrorCode.NOT_FOUND);
        }
        return ReadingRules.validateDecision(toDecision(UUID.randomUUID()), request.caseDigitised(), today);
    }

    /**
     * Validates, then saves off the FX thread. {@code onSaved} runs on the FX thread only after the workspace
     * committed the decision; on refusal the errors list shows why and nothing is stored.
     */
    public boolean save(Consumer<PendingDecision> onSaved) {
        problems.clear();
        errors.clear();
        notice.set("");
        if (!editable.get() || saving.get() || request == null) {
            return false;
        }
        List<ErrorCode> problems = validate();
        if (!problems.isEmpty()) {
            showErrors(problems);
            return false;
        }
        ReviewDecision decision = toDecision(UUID.randomUUID());
        long id = request.id();
        boolean conflictMode = resolvingConflict;
        saving.set(true);
        worker.execute(() -> {
            try {
                PendingDecision saved;
                if (conflictMode) {
                    workspace.resolveConflict(id, ConflictResolution.DECIDE_AGAIN, decision);
                    saved = workspace.pendingDecision(id).orElse(
                            new PendingDecision(id, decision, java.time.Instant.now(), false, null));
                } else {
                    saved = workspace.saveDecision(id, decision);
                }
                PendingDecision result = saved;
                ui.execute(() -> {
                    saving.set(false);
                    resolvingConflict = false;
                    editable.set(false);
                    lockedReason.set("");
                    notice.set(Messages.get("review.saved"));
                    if (onSaved != null) {
                        onSaved.accept(result);
                    }
                });
            } catch (DecisionRejectedException e) {
                ui.execute(() -> {
                    saving.set(false);
                    showErrors(e.problems());
                });
            } catch (Throwable t) {
                ui.execute(() -> {
                    saving.set(false);
                    errors.setAll(Messages.format("review.saveFailed", String.valueOf(t.getMessage())));
                });
            }
        });
        return true;
    }

    /**
     * Withdraws the decision saved here and not yet uploaded, off the FX thread: it leaves the outbox and the server
     * never sees it; the form shows it again, editable. {@code onDone(true)} on the FX thread when withdrawn; when it
     * was already sent (or tried), nothing changes and the notice says so.
     */
    public void withdraw(Consumer<Boolean> onDone) {
        if (request == null || !withdrawable.get() || saving.get()) {
            return;
        }
        long id = request.id();
        ReviewDecision mine = toDecision(UUID.randomUUID());
        saving.set(true);
        worker.execute(() -> {
            boolean ok;
            try {
                ok = workspace.withdrawPending(org.courtdesk.model.request.RequestRef.of(RequestKind.CASE_FILE_READING, id));
            } catch (RuntimeException e) {
                ok = false;
            }
            boolean result = ok;
            ui.execute(() -> {
                saving.set(false);
                if (result) {
                    withdrawn = mine;
                    withdrawnId = id;
                    withdrawable.set(false);
                } else {
                    errors.setAll(Messages.get("review.withdrawFailed"));
                }
                if (onDone != null) {
                    onDone.accept(result);
                }
            });
        });
    }

    private void showErrors(List<ErrorCode> problems) {
        List<String> texts = new ArrayList<>(new LinkedHashSet<>(problems.stream().map(Messages::error).toList()));
        this.problems.setAll(problems);
        errors.setAll(texts);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
