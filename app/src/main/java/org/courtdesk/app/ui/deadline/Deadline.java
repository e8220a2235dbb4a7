package org.courtdesk.app.ui.deadline;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.courtdesk.model.request.RequestRef;

/**
 * One request's legal deadline as its kind computes it for now: what must be done ({@code what}, e.g. 立案审查 7 日),
 * by when (court-local; the end of the last day for a limit counted in days, the hour for one counted in hours), and how
 * urgent that is. {@code label} names the request as its queue does (流水号 or 案号, and the parties).
 */
public record Deadline(RequestRef request, String label, String what, LocalDateTime dueAt, Urgency urgency) {

    /** How the 今日到期 view and the tabs' counts sort and mark a deadline. */
    public enum Urgency {
        /** The limit has passed. */
        OVERDUE,
        /** The limit ends today. */
        DUE_TODAY,
        /** Within the kind's warning period (e.g. from day 5 of 7, or 12 hours before a 48-hour limit). */
        DUE_SOON,
        /** Further off. */
        LATER;

        /**
         * The one mapping of a kind's own mark to the deadline core's, for every kind: OVERDUE once the limit has
         * passed; within the kind's warning period DUE_TODAY when the limit's last day is today, else DUE_SOON; else
         * LATER. {@code lastDay} is null for a limit counted in hours (never DUE_TODAY, only DUE_SOON).
         */
        public static Urgency of(boolean overdue, boolean soon, LocalDate lastDay, LocalDate today) {
            if (overdue) {
                return OVERDUE;
            }
            if (!soon) {
                return LATER;
            }
            return lastDay != null && lastDay.equals(today) ? DUE_TODAY : DUE_SOON;
        }

        /** Counted in a tab's "due soon / overdue" badge. */
        public boolean pressing() {
            return this != LATER;
        }
    }
}
