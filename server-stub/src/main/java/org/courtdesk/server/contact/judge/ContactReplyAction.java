package org.courtdesk.server.contact.judge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.contact.ContactReply;
import org.courtdesk.model.contact.ContactResult;
import org.courtdesk.model.contact.ContactRules;
import org.courtdesk.model.contact.ContactView;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.contact.ContactAudit;
import org.courtdesk.server.contact.ContactNotices;
import org.courtdesk.server.contact.ContactRefusals;
import org.courtdesk.server.contact.ContactRepository;
import org.courtdesk.server.request.RequestHeader;
import org.courtdesk.server.request.StaffAction;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/**
 * 答复约见请求 (spec-004 §11 预约法官答复页面): 待答复 → 已答复 with the 预约答复结果 and the 答复内容 (for 同意约见 the
 * meeting's time, place and way, checked against the server's clock). Who: the case's 承办法官 and the clerks serving
 * them — the pipeline lets in exactly that audience. The applicant gets one SMS with the answer.
 */
final class ContactReplyAction implements StaffAction<ContactReply, ContactRepository.Stored, ContactView> {

    @Override
    public RequestKind kind() {
        return ContactRepository.KIND;
    }

    @Override
    public String name() {
        return "CONTACT_REPLY";
    }

    @Override
    public Class<ContactReply> bodyType() {
        return ContactReply.class;
    }

    @Override
    public Class<ContactView> viewType() {
        return ContactView.class;
    }

    @Override
    public UUID idempotencyKey(ContactReply b) {
        return b.idempotencyKey();
    }

    @Override
    public long baseVersion(ContactReply b) {
        return b.baseVersion();
    }

    @Override
    public ContactRepository.Stored detail(Handle h, RequestHeader header) {
        return ContactRepository.stored(h, header.id());
    }

    /** Any reply answers; without a result the rules refuse it. */
    @Override
    public Optional<RequestStatus> target(ContactReply b, ContactRepository.Stored s) {
        return Optional.of(RequestStatus.REPLIED);
    }

    @Override
    public String illegalTransitionDetail(RequestStatus from) {
        return "该约见请求当前状态为“" + from.label() + "”，不能再次答复";
    }

    @Override
    public void validate(Handle h, ContactReply b, ContactRepository.Stored s, StaffCall call) {
        ContactRefusals.refuseIfBroken(ContactRules.checkReply(b, call.now()));
    }

    @Override
    public Effect apply(Handle h, ContactReply b, ContactRepository.Stored s, StaffCall call) {
        ContactRepository.reply(h, s.id(), call.user().id(), call.instant(), b.result(), b.meetingAt(), b.place(),
                b.way(), b.content());
        String detail = b.result().label();
        if (b.result() == ContactResult.AGREE) {
            detail += "：" + b.meetingAt().toString().replace('T', ' ') + "，" + b.place().trim() + "，" + b.way().label();
        }
        return new Effect(List.of(new AuditLine(ContactAudit.REPLY, detail + "；答复内容：" + b.content().trim())),
                List.of(new Notice(s.applicantId(), ContactNotices.replied(s.caseNumber(), s.courtName(), b.result(),
                        b.meetingAt(), b.place(), b.way(), b.content()))));
    }

    @Override
    public ContactView view(Handle h, long id, StaffCall call) {
        return ContactRepository.find(h, id, true).orElseThrow();
    }
}
