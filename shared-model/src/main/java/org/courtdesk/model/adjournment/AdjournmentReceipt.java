package org.courtdesk.model.adjournment;

/** The answer to a new 延期开庭申请: its id, 申请编号 (YQ…) and the request as stored. */
public record AdjournmentReceipt(long id, String applicationNo, AdjournmentView request) {}
