package org.courtdesk.model.binding;

/**
 * The lawyer's 案件绑定申请 (spec-004 §8 Fields): the case (法院代字 + 案号), the party represented (side and name, as
 * the case lists it), the lawyer's 执业证号 and 律师事务所, and the 代理权限 the 授权委托书 gives. Sent as the JSON part
 * {@code binding} of the multipart submission; each material is a file part named after its {@link BindingMaterialType}.
 */
public record BindingForm(String courtCode, String caseNumber, BindingPartyRole partyRole, String partyName,
                          String licenceNo, String lawFirm, BindingAuthority authority) {}
