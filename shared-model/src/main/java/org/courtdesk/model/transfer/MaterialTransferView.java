package org.courtdesk.model.transfer;

import java.time.Instant;
import java.util.List;

import org.courtdesk.model.api.AuditEntry;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A 材料转接 as both sides see it (spec-004 §10): the case, who sent it (提交人, 身份), 材料名称, 材料类型, 份数/页数, when, the
 * status (未接收 / 已接收), who received it and when, and the files. {@code audit} only in detail responses. In JSON it
 * carries {@code "kind": "MATERIAL_TRANSFER"}.
 */
@JsonTypeName("MATERIAL_TRANSFER")
public record MaterialTransferView(
        long id,
        String applicationNo,
        String caseNumber,
        String courtCode,
        String courtName,
        long applicantId,
        String applicantName,
        TransferSubmitter submitter,
        String title,
        TransferMaterialType materialType,
        int copies,
        Integer pages,
        String note,
        Instant submittedAt,
        RequestStatus status,
        long version,
        String judgeName,
        String receiverName,
        Instant receivedAt,
        List<TransferFileRef> files,
        List<AuditEntry> audit) implements RequestView {

    @Override
    public RequestKind kind() {
        return RequestKind.MATERIAL_TRANSFER;
    }
}
