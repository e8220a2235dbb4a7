package org.courtdesk.model.investigation;

/** Returned on submission: the 申请编号 (DC…) and the application as stored. */
public record InvestigationReceipt(long id, String applicationNo, InvestigationView investigation) {}
