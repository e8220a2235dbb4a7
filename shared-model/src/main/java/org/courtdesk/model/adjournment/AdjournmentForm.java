package org.courtdesk.model.adjournment;

/**
 * The applicant's 延期开庭申请 (spec-004 §4 Fields): which hearing ({@link AdjournmentHearing#id}) and the 延期原因. Sent
 * as the JSON part {@code adjournment} of the multipart submission; supporting material (e.g. 病历, a conflicting
 * 开庭通知) as optional file parts named {@code material}.
 */
public record AdjournmentForm(Long hearingId, String reason) {}
