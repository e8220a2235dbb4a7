package org.courtdesk.model.appeal;

import java.util.UUID;

/** 填写审查意见 of an appeal: 已接受, or 退回 with {@code opinion} as the reason the applicant is told. */
public record AppealDecision(UUID idempotencyKey, long baseVersion, AppealConclusion conclusion, String opinion) {}
