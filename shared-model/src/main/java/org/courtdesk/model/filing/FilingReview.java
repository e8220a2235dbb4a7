package org.courtdesk.model.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 审查 of a filing as both sides see it (spec-004 §2 Fields: 审查结论, 审查意见及理由, 审查人, 审查时间). The opinion is
 * saved first ({@code opinionSavedAt}), the conclusion pressed after (spec-004 §2 screen 2, fig. 198), so
 * {@code conclusion} is null in between. For 退: {@code returnKind}, and either the supplement list with its deadline
 * (退回补正) or the reasons (不予受理).
 */
public record FilingReview(String reviewerName, String opinion, Instant opinionSavedAt, FilingConclusion conclusion,
                           Instant concludedAt, ReturnKind returnKind, List<String> supplementItems,
                           LocalDate supplementDeadline, String refusalReasons) {}
