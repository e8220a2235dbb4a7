package org.courtdesk.model.investigation;

import java.time.Instant;

/** Who decided and when; the 退回 reason, or the order issued on 接收. Null in the view while 提交/待处理. */
public record InvestigationDecision(String deciderName, Instant decidedAt, String returnReason, InvestigationOrder order) {}
