package org.courtdesk.model.filing;

/**
 * One party named in an online filing. {@code idNumber} is a person's 证件号码 or an organisation's 统一社会信用代码;
 * {@code legalRepresentative} (法定代表人或主要负责人) only for an organisation. Which fields each role must give is
 * in {@link FilingRules#checkForm}.
 */
public record FilingParty(PartyRole role, PartyType type, String name, String idNumber, String address, String phone,
                          String legalRepresentative) {}
