package org.courtdesk.model.preservation;

import java.time.Instant;

/**
 * What the court decided, once decided: who and when, the 退回 reason or the 接收's ruling reference. Null in the view
 * while the application is 提交/待处理.
 */
public record PreservationDecision(String deciderName, Instant decidedAt, String returnReason, String rulingReference) {}
