package org.courtdesk.model.filing;

/** Returned on submission: the 流水号 shown to the applicant (issue 9: "a 流水号 comes back"). */
public record FilingReceipt(long id, String serialNo, FilingView filing) {}
