package org.courtdesk.model.evidence;

import java.time.Instant;
import java.time.LocalDate;

/** One 修改 of a deadline (spec-004 §7 [I]): who, when, which deadline, old → new, and why. */
public record DeadlineChange(String byName, Instant at, String deadline, LocalDate oldValue, LocalDate newValue,
                             String reason) {}
