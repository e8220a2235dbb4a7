package org.courtdesk.model.preservation;

/** Returned on submission: the 申请编号 (BQ…) and the application as stored. */
public record PreservationReceipt(long id, String applicationNo, PreservationView preservation) {}
