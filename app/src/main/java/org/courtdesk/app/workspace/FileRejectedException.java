package org.courtdesk.app.workspace;

import java.util.List;

import org.courtdesk.app.i18n.Text;
import org.courtdesk.model.api.ErrorCode;

/** A file that cannot be queued (too large, empty); nothing was stored. {@link #text()} says why, for the user. */
public class FileRejectedException extends DecisionRejectedException {

    private final transient Text text;

    public FileRejectedException(ErrorCode code, Text text) {
        super(List.of(code));
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
