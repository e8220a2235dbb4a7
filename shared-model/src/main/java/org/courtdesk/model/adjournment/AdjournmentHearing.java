package org.courtdesk.model.adjournment;

import java.time.LocalDateTime;

/**
 * A scheduled hearing (开庭) of a case as both sides see it: when (court-local time), where (法庭), under which
 * procedure, and how often it was adjourned so far. An approved adjournment moves {@code startsAt} and counts one more.
 */
public record AdjournmentHearing(long id, String caseNumber, String caseTitle, LocalDateTime startsAt, String place,
                                 HearingProcedure procedure, int adjournments) {}
