package org.courtdesk.model.preservation;

import java.time.Duration;
import java.time.Instant;

/**
 * Where an application stands against its ruling limit at an instant ({@link PreservationRules#timeLimit}):
 * {@code hourly} for the 48-hour clock (urgent or 诉前), else the 5-day one; the exact {@code dueAt}; {@code left} until
 * it (negative once overdue).
 */
public record PreservationClock(boolean hourly, Instant dueAt, Duration left, Urgency urgency) {

    /** DUE_SOON: the last 12 hours of a 48-hour clock, or the last day of a 5-day one. */
    public enum Urgency { OK, DUE_SOON, OVERDUE }

    public boolean overdue() {
        return urgency == Urgency.OVERDUE;
    }

    /** Whole hours left, rounded down (negative: whole hours over, rounded down: 3h40m over is -3). */
    public long hoursLeft() {
        return left.toHours();
    }
}
