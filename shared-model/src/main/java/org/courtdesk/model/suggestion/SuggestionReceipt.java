package org.courtdesk.model.suggestion;

/** Returned on submission: the 申请编号 (prefix JY) and the suggestion as stored. */
public record SuggestionReceipt(long id, String applicationNo, SuggestionView suggestion) {}
