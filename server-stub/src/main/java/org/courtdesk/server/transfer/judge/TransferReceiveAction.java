package org.courtdesk.server.transfer.judge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.transfer.MaterialTransferView;
import org.courtdesk.model.transfer.TransferReceive;
import org.courtdesk.server.request.RequestHeader;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffCall;
import org.courtdesk.server.transfer.TransferNotices;
import org.courtdesk.server.transfer.TransferRepository;
import org.jdbi.v3.core.Handle;

/**
 * 接收: 未接收 → 已接收, recording who and when; the submitter gets an SMS. Through the core pipeline, so a batch 接收 is
 * one idempotent call per material: sent again after a crash, it replays and changes nothing.
 */
final class TransferReceiveAction implements StaffAction<TransferReceive, TransferRepository.Stored, MaterialTransferView> {

    @Override
    public RequestKind kind() {
        return RequestKind.MATERIAL_TRANSFER;
    }

    @Override
    public String name() {
        return "TRANSFER_RECEIVE";
    }

    @Override
    public Class<TransferReceive> bodyType() {
        return TransferReceive.class;
    }

    @Override
    public Class<MaterialTransferView> viewType() {
        return MaterialTransferView.class;
    }

    @Override
    public UUID idempotencyKey(TransferReceive b) {
        return b.idempotencyKey();
    }

    @Override
    public long baseVersion(TransferReceive b) {
        return b.baseVersion();
    }

    @Override
    public TransferRepository.Stored detail(Handle h, RequestHeader header) {
        return TransferRepository.stored(h, header.id());
    }

    @Override
    public Optional<RequestStatus> target(TransferReceive b, TransferRepository.Stored row) {
        return Optional.of(RequestStatus.RECEIVED);
    }

    @Override
    public String illegalTransitionDetail(RequestStatus from) {
        return "该材料已" + from.label() + "，不能再次接收";
    }

    @Override
    public void validate(Handle h, TransferReceive b, TransferRepository.Stored row, StaffCall call) {
        // nothing beyond the transition: any 未接收 material of the judge's own case may be received
    }

    @Override
    public Effect apply(Handle h, TransferReceive b, TransferRepository.Stored s, StaffCall call) {
        TransferRepository.receive(h, s.id(), call.user().id(), call.instant());
        return new Effect(List.of(new AuditLine(TransferNotices.RECEIVE, "已接收，归入电子卷宗")),
                List.of(new Notice(s.applicantId(),
                        TransferNotices.received(s.applicationNo(), s.caseNumber(), s.title(), s.courtName()))));
    }

    @Override
    public MaterialTransferView view(Handle h, long id, StaffCall call) {
        return TransferRepository.find(h, id, true).orElseThrow();
    }
}
