package org.courtdesk.server.suggestion.judge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.suggestion.SuggestionReply;
import org.courtdesk.model.suggestion.SuggestionRules;
import org.courtdesk.model.suggestion.SuggestionView;
import org.courtdesk.server.request.RequestHeader;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffCall;
import org.courtdesk.server.suggestion.SuggestionAudit;
import org.courtdesk.server.suggestion.SuggestionNotices;
import org.courtdesk.server.suggestion.SuggestionRefusals;
import org.courtdesk.server.suggestion.SuggestionRepository;
import org.jdbi.v3.core.Handle;

/**
 * 答复意见建议 (spec-004 §12, fig. 366): 待答复 → 已答复 with the answer the applicant is told. Who: the audience the
 * pipeline lets in — the case's judge and their clerks, or the court's 中心审核员 for one without a case. One SMS.
 */
final class SuggestionReplyAction implements StaffAction<SuggestionReply, SuggestionRepository.Stored, SuggestionView> {

    @Override
    public RequestKind kind() {
        return SuggestionRepository.KIND;
    }

    @Override
    public String name() {
        return "SUGGESTION_REPLY";
    }

    @Override
    public Class<SuggestionReply> bodyType() {
        return SuggestionReply.class;
    }

    @Override
    public Class<SuggestionView> viewType() {
        return SuggestionView.class;
    }

    @Override
    public UUID idempotencyKey(SuggestionReply b) {
        return b.idempotencyKey();
    }

    @Override
    public long baseVersion(SuggestionReply b) {
        return b.baseVersion();
    }

    @Override
    public SuggestionRepository.Stored detail(Handle h, RequestHeader header) {
        return SuggestionRepository.stored(h, header.id());
    }

    @Override
    public Optional<RequestStatus> target(SuggestionReply b, SuggestionRepository.Stored s) {
        return Optional.of(RequestStatus.REPLIED);
    }

    @Override
    public String illegalTransitionDetail(RequestStatus from) {
        return "该意见建议当前状态为“" + from.label() + "”，不能再次答复";
    }

    @Override
    public void validate(Handle h, SuggestionReply b, SuggestionRepository.Stored s, StaffCall call) {
        SuggestionRefusals.refuseIfBroken(SuggestionRules.checkReply(b));
    }

    @Override
    public Effect apply(Handle h, SuggestionReply b, SuggestionRepository.Stored s, StaffCall call) {
        SuggestionRepository.reply(h, s.id(), call.user().id(), call.instant(), b.content());
        return new Effect(List.of(new AuditLine(SuggestionAudit.REPLY, b.content().trim())),
                List.of(new Notice(s.applicantId(), SuggestionNotices.replied(s.title(), s.courtName(), b.content()))));
    }

    @Override
    public SuggestionView view(Handle h, long id, StaffCall call) {
        return SuggestionRepository.find(h, id, true).orElseThrow();
    }
}
