package org.courtdesk.app.ui.refused;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.outbox.OutboxState;
import org.courtdesk.app.workspace.ActionChangeRefusedException;
import org.courtdesk.app.workspace.PendingAction;
import org.courtdesk.app.workspace.Workspace;

/**
 * What a screen shows for a staff action or creation of any kind the server refused (被拒) or answered with a conflict
 * (冲突), without controls: the reason in the user's language (查看原因), 修改后重发 (the kind's editor opens with the
 * refused body — {@code onRevise} — and its save goes through {@link Workspace#reviseAction}), and 放弃 in two steps
 * (the first press asks, the second drops it through {@link Workspace#abandonAction}). Any created kind uses it: set
 * {@link #actionProperty} to the refused entry of the row on screen (null hides it).
 */
public final class RefusedActionViewModel {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Workspace workspace;
    private final Executor worker;
    private final Executor ui;
    private final ZoneId zone;
    private final Consumer<PendingAction> onRevise;

    private final ObjectProperty<PendingAction> action = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final BooleanProperty reasonShown = new SimpleBooleanProperty();
    private final BooleanProperty confirmingAbandon = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty outcome = new SimpleStringProperty("");

    /** @param onRevise opens the kind's editor with the refused entry's body (called on the FX thread) */
    public RefusedActionViewModel(Workspace workspace, Executor worker, Executor ui, ZoneId zone,
                                  Consumer<PendingAction> onRevise) {
        this.workspace = workspace;
        this.worker = worker;
        this.ui = ui;
        this.zone = zone;
        this.onRevise = onRevise;
        action.addListener((o, old, a) -> {
            if (old == null || a == null || old.id() != a.id()) {
                reasonShown.set(false);
                confirmingAbandon.set(false);
            }
            headline.set(a == null ? "" : headline(a));
            reason.set(a == null ? "" : reasonText(a, zone));
        });
    }

    /** The refused entry on screen; null when there is none (the bar hides). */
    public ObjectProperty<PendingAction> actionProperty() { return action; }
    /** 被拒：… or 冲突：… with the reason's first sentence. */
    public ReadOnlyStringProperty headlineProperty() { return headline.getReadOnlyProperty(); }
    /** Every line of the reason (查看原因): the code's sentence, the server's own words, when it was saved. */
    public ReadOnlyStringProperty reasonProperty() { return reason.getReadOnlyProperty(); }
    public BooleanProperty reasonShownProperty() { return reasonShown; }
    /** 放弃 was pressed once: the next press drops the entry, anything else cancels. */
    public BooleanProperty confirmingAbandonProperty() { return confirmingAbandon; }
    public BooleanProperty busyProperty() { return busy; }
    /** The last outcome (已放弃 …, or why it could not be done). */
    public StringProperty outcomeProperty() { return outcome; }

    /** Whether there is a refused entry to answer. */
    public boolean showing() {
        return action.get() != null && action.get().needsUser();
    }

    /** 查看原因 / 收起原因. */
    public void toggleReason() {
        confirmingAbandon.set(false);
        reasonShown.set(!reasonShown.get());
    }

    /** 修改后重发: hands the entry to the kind's editor. */
    public void revise() {
        confirmingAbandon.set(false);
        PendingAction a = action.get();
        if (a != null && !busy.get()) {
            onRevise.accept(a);
        }
    }

    /**
     * 放弃: the first call asks (确认放弃), the second drops the entry off the FX thread; the outcome comes back on
     * {@code ui}. Returns whether the entry is being dropped.
     */
    public boolean abandon() {
        PendingAction a = action.get();
        if (a == null || busy.get()) {
            return false;
        }
        if (!confirmingAbandon.get()) {
            confirmingAbandon.set(true);
            return false;
        }
        confirmingAbandon.set(false);
        busy.set(true);
        worker.execute(() -> {
            String text;
            boolean gone;
            try {
                workspace.abandonAction(a.id());
                text = Messages.get("refused.bar.abandoned");
                gone = true;
            } catch (ActionChangeRefusedException e) {
                text = Messages.get(e.messageKey());
                gone = false;
            } catch (RuntimeException e) {
                text = Messages.get("refused.bar.error");
                gone = false;
            }
            String shown = text;
            boolean dropped = gone;
            ui.execute(() -> {
                busy.set(false);
                outcome.set(""); // the same outcome twice still tells its listeners
                outcome.set(shown);
                if (dropped && action.get() != null && action.get().id() == a.id()) {
                    action.set(null);
                }
            });
        });
        return true;
    }

    /** The headline: 被拒 or 冲突, and the reason's first sentence. */
    public static String headline(PendingAction a) {
        String first = codeSentence(a);
        return Messages.format(a.state() == OutboxState.CONFLICT ? "refused.bar.conflict" : "refused.bar.refused", first);
    }

    /** The reason in the user's language (the code's sentence), the server's own words when they add something. */
    public static String reasonText(PendingAction a, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.format("refused.bar.reason.code", codeSentence(a)));
        if (a.state() == OutboxState.CONFLICT) {
            lines.add(Messages.get("refused.bar.reason.conflict"));
        }
        String server = a.lastError();
        if (server != null && !server.isBlank() && !server.strip().equals(codeSentence(a))) {
            lines.add(Messages.format("refused.bar.reason.server", server.strip()));
        }
        if (a.savedAt() != null) {
            lines.add(Messages.format("refused.bar.reason.savedAt", STAMP.format(a.savedAt().atZone(zone))));
        }
        return String.join("\n", lines);
    }

    private static String codeSentence(PendingAction a) {
        if (a.errorCode() != null) {
            return Messages.error(a.errorCode());
        }
        return Messages.get(a.state() == OutboxState.CONFLICT ? "refused.bar.reason.conflict" : "refused.bar.reason.unknown");
    }
}
