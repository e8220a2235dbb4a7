package org.courtdesk.model.contact;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A party's or lawyer's 约见请求 (spec-004 §11 [S 004:92, 95]): the case (法院代字 + 案号), what they want to discuss
 * (约见事由), one to {@link ContactRules#MAX_PROPOSED_TIMES} proposed times (court-local) and the way they would like
 * to meet. POSTed as JSON to {@code /api/v1/contact-requests} with an Idempotency-Key.
 */
public record ContactForm(String courtCode, String caseNumber, String purpose, List<LocalDateTime> proposedTimes,
                          ContactWay way) {}
