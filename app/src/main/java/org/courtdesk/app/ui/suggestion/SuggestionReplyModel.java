package org.courtdesk.app.ui.suggestion;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.workspace.DecisionRejectedException;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.model.suggestion.SuggestionReply;
import org.courtdesk.model.suggestion.SuggestionRules;

/**
 * 答复意见建议 of one suggestion without controls (spec-004 §12 fig. 366): the answer (F2: the court's standard
 * sentences), checked with {@link SuggestionRules#checkReply}, then committed to the outbox off the FX thread.
 */
public final class SuggestionReplyModel {

    private final Workspace workspace;
    private final Executor worker;
    private final Executor ui;

    private final StringProperty content = new SimpleStringProperty("");
    private final BooleanProperty offered = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObservableList<String> errors = FXCollections.observableArrayList();

    private SuggestionRow row;

    public SuggestionReplyModel(Workspace workspace, Executor worker, Executor ui) {
        this.workspace = workspace;
        this.worker = worker;
        this.ui = ui;
        content.addListener((o, a, b) -> errors.clear()); // typing answers what the last refusal said
    }

    public StringProperty contentProperty() { return content; }
    public BooleanProperty offeredProperty() { return offered; }
    public BooleanProperty savingProperty() { return saving; }
    public StringProperty noticeProperty() { return notice; }
    public ObservableList<String> errors() { return errors; }

    public SuggestionRow row() {
        return row;
    }

    /** Shows a suggestion: a reply is offered while it is 待答复 here and on the server. */
    public void load(SuggestionRow r) {
        boolean same = row != null && r != null && row.id() == r.id();
        row = r;
        errors.clear();
        if (!same) {
            notice.set("");
            content.set("");
        }
        offered.set(r != null && r.answerable());
        if (r != null && r.sync() == SuggestionRow.Sync.PENDING && notice.get().isEmpty()) {
            notice.set(Messages.get("suggestion.notice.unsent"));
        }
    }

    /** Checks and saves the reply; false (with {@link #errors}) when the rules refuse it. Call on the FX thread. */
    public boolean save(Runnable onSaved) {
        errors.clear();
        notice.set("");
        if (row == null || saving.get()) {
            return false;
        }
        if (!offered.get()) {
            errors.setAll(Messages.get("suggestion.locked"));
            return false;
        }
        String text = content.get() == null || content.get().isBlank() ? null : content.get().strip();
        SuggestionReply body = new SuggestionReply(UUID.randomUUID(), row.view().version(), text);
        List<SuggestionRules.Violation> broken = SuggestionRules.checkReply(body);
        if (!broken.isEmpty()) {
            errors.setAll(new LinkedHashSet<>(broken.stream()
                    .map(v -> v.detail() != null ? v.detail() : Messages.error(v.code())).toList()));
            return false;
        }
        var ref = row.ref();
        saving.set(true);
        worker.execute(() -> {
            try {
                workspace.saveAction(ref, SuggestionOps.REPLY, body);
                ui.execute(() -> {
                    saving.set(false);
                    offered.set(false);
                    notice.set(Messages.get("suggestion.notice.saved"));
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
                    errors.setAll(Messages.format("suggestion.saveFailed", String.valueOf(e.getMessage())));
                });
            }
        });
        return true;
    }
}
