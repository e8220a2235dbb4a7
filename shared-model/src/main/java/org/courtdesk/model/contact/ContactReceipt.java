package org.courtdesk.model.contact;

/** Returned on submission: the 申请编号 (prefix LX) and the request as stored. */
public record ContactReceipt(long id, String applicationNo, ContactView contact) {}
