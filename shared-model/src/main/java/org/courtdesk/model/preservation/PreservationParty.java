package org.courtdesk.model.preservation;

/** A 申请人 or 被申请人: name, 证件号码 or 统一社会信用代码 (optional for a respondent), 住所 (optional). */
public record PreservationParty(PreservationPartyRole role, String name, String idNumber, String address) {}
