package org.courtdesk.model.appeal;

/** The answer to a new appeal: its id, 申请编号 (SS…) and the appeal as stored. */
public record AppealReceipt(long id, String applicationNo, AppealView request) {}
