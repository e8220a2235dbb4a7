package org.courtdesk.model.transfer;

/** Returned on submission: the 申请编号 (CL…) and the material as stored. */
public record TransferReceipt(long id, String applicationNo, MaterialTransferView transfer) {}
