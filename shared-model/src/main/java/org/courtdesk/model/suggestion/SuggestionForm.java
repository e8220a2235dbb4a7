package org.courtdesk.model.suggestion;

/**
 * An 意见建议 (spec-004 §12): the court it is for, its 类别, a title and the text; optionally the 案号 of a case the
 * applicant is on record for — then it goes to that case's judge [S 004:98], else to the court's pool of 中心审核员
 * (the public's suggestions, [I]). POSTed as JSON to {@code /api/v1/suggestions} with an Idempotency-Key.
 */
public record SuggestionForm(String courtCode, SuggestionCategory category, String caseNumber, String title,
                             String content) {}
