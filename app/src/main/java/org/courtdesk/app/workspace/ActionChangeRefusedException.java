package org.courtdesk.app.workspace;

/** {@link Workspace#reviseAction} or {@link Workspace#abandonAction} refused by {@link ActionChange}; nothing changed. */
public class ActionChangeRefusedException extends Exception {

    private final ActionChange change;
    private final ActionChange.Refusal reason;

    public ActionChangeRefusedException(ActionChange change, ActionChange.Refusal reason) {
        super(change + " refused: " + reason);
        this.change = change;
        this.reason = reason;
    }

    public ActionChange change() {
        return change;
    }

    public ActionChange.Refusal reason() {
        return reason;
    }

    /** The bundle key of the sentence the user is shown. */
    public String messageKey() {
        return "outbox.change.refused." + reason.name();
    }
}
