package org.courtdesk.model.api;

/** Returned on submission: the 申请编号 shown to the applicant. */
public record SubmissionReceipt(long id, String applicationNo, ReadingRequestView request) {}
