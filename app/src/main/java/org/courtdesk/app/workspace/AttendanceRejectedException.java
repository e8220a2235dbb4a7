package org.courtdesk.app.workspace;

import java.util.List;

import org.courtdesk.model.reading.ReadingRules;

/** An attendance record that breaks a shared rule (or the request's state); nothing was stored. */
public class AttendanceRejectedException extends Exception {
    private final List<ReadingRules.Violation> problems;

    public AttendanceRejectedException(List<ReadingRules.Violation> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<ReadingRules.Violation> problems() {
        return problems;
    }
}
