package org.courtdesk.model.filing;

import java.time.LocalDate;

/**
 * Where a filing stands against the 7-day limit on {@code today} (spec-004 §2 Rules, §15): {@code clockStart} is the
 * court's date of receipt or of the last supplement, {@code daysElapsed} the whole days since, {@code dueDate} the
 * last day to decide, {@code daysLeft} until it (negative once overdue).
 */
public record FilingTimeLimit(LocalDate clockStart, long daysElapsed, LocalDate dueDate, long daysLeft, Urgency urgency) {

    /** How the queue marks a row (spec-004 §2 Queue: warn from day 5, overdue after day 7). */
    public enum Urgency {
        OK("正常"),
        WARN("即将到期"),
        OVERDUE("已超期");

        private final String label;

        Urgency(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
