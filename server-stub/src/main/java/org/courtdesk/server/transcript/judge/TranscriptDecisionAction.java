package org.courtdesk.server.transcript.judge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.transcript.TranscriptCorrectionView;
import org.courtdesk.model.transcript.TranscriptDecision;
import org.courtdesk.model.transcript.TranscriptRules;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.request.RequestHeader;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffCall;
import org.courtdesk.server.transcript.TranscriptNotices;
import org.courtdesk.server.transcript.TranscriptRepository;
import org.jdbi.v3.core.Handle;

/** The answer to a 申请补正: 待答复 → 同意补正 | 不予补正 (with the reason); the applicant gets an SMS. */
final class TranscriptDecisionAction
        implements StaffAction<TranscriptDecision, TranscriptRepository.Stored, TranscriptCorrectionView> {

    @Override
    public RequestKind kind() {
        return RequestKind.HEARING_TRANSCRIPT;
    }

    @Override
    public String name() {
        return "TRANSCRIPT_DECISION";
    }

    @Override
    public Class<TranscriptDecision> bodyType() {
        return TranscriptDecision.class;
    }

    @Override
    public Class<TranscriptCorrectionView> viewType() {
        return TranscriptCorrectionView.class;
    }

    @Override
    public UUID idempotencyKey(TranscriptDecision b) {
        return b.idempotencyKey();
    }

    @Override
    public long baseVersion(TranscriptDecision b) {
        return b.baseVersion();
    }

    @Override
    public TranscriptRepository.Stored detail(Handle h, RequestHeader header) {
        return TranscriptRepository.stored(h, header.id());
    }

    @Override
    public Optional<RequestStatus> target(TranscriptDecision b, TranscriptRepository.Stored row) {
        return Optional.of(b.agree() ? RequestStatus.CORRECTION_AGREED : RequestStatus.CORRECTION_REFUSED);
    }

    @Override
    public String illegalTransitionDetail(RequestStatus from) {
        return "该补正申请已" + from.label() + "，不能再次答复";
    }

    @Override
    public void validate(Handle h, TranscriptDecision b, TranscriptRepository.Stored row, StaffCall call) {
        List<TranscriptRules.Violation> broken = TranscriptRules.checkDecision(b.agree(), b.reason());
        if (!broken.isEmpty()) {
            throw new ApiException(broken.get(0).code(), broken.get(0).message());
        }
    }

    @Override
    public Effect apply(Handle h, TranscriptDecision b, TranscriptRepository.Stored s, StaffCall call) {
        TranscriptRepository.decide(h, s.id(), call.user().id(), call.instant(), b.reason());
        String reason = b.reason() == null || b.reason().isBlank() ? null : b.reason().trim();
        return new Effect(List.of(new AuditLine(b.agree() ? TranscriptNotices.AGREE : TranscriptNotices.REFUSE,
                        reason == null ? (b.agree() ? "同意补正" : "不予补正") : (b.agree() ? "说明：" : "理由：") + reason)),
                List.of(new Notice(s.applicantId(), TranscriptNotices.answered(s.applicationNo(), s.caseNumber(),
                        s.title(), b.agree(), reason, s.courtName()))));
    }

    @Override
    public TranscriptCorrectionView view(Handle h, long id, StaffCall call) {
        return TranscriptRepository.find(h, id, true).orElseThrow();
    }
}
