package org.courtdesk.model.evidence;

/**
 * A party's 质证 of one item of the other side ([L] 民诉法解释 第104条: 真实性、合法性、关联性), sent by its lawyer as JSON
 * to {@code POST /api/v1/evidence-exchanges/{id}/cross-examinations} with an {@code Idempotency-Key}: each opinion in
 * words (认可 / 不认可 …), whether the party objects (是否有异议) and, if it does, why (异议理由). A second 质证 of the
 * same item by the same side replaces the first (the latest stands, the history keeps both).
 */
public record CrossExamForm(long itemId, String authenticity, String legality, String relevance, Boolean objection,
                            String objectionReason) {}
