package org.courtdesk.app.workspace;

import java.util.List;

import org.courtdesk.model.api.ErrorCode;

/** A decision that breaks a shared rule; nothing was stored. */
public class DecisionRejectedException extends Exception {
    private final List<ErrorCode> problems;

    public DecisionRejectedException(List<ErrorCode> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<ErrorCode> problems() {
        return problems;
    }
}
