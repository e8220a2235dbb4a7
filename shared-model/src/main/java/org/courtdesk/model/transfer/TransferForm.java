package org.courtdesk.model.transfer;

/**
 * The party's 材料转接 (spec-004 §10 Fields [I]), the JSON part {@code transfer} of the multipart submission; each file
 * is a part named {@code FILE}. The case must be the submitter's own and in trial; it decides court and judge.
 * {@code copies} is 份数 (the paper copies it stands for), {@code pages} optional.
 */
public record TransferForm(String caseNumber, String title, TransferMaterialType materialType, int copies, Integer pages,
                           String note) {}
