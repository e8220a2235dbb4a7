package org.courtdesk.server.filing.judge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.filing.FilingMessagePost;
import org.courtdesk.model.filing.FilingRules;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.filing.FilingAudit;
import org.courtdesk.server.filing.FilingNotices;
import org.courtdesk.server.filing.FilingRefusals;
import org.courtdesk.server.filing.FilingRepository;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/**
 * 留言 of the court to the applicant, in every status ("对所有状态的立案申请，法官均可进行留言"); unversioned: a message
 * cannot be made stale by another's decision. The applicant gets it by SMS as well.
 */
final class FilingMessageAction extends FilingStaffAction<FilingMessagePost> {

    @Override
    public String name() {
        return "FILING_MESSAGE";
    }

    @Override
    public Class<FilingMessagePost> bodyType() {
        return FilingMessagePost.class;
    }

    @Override
    public UUID idempotencyKey(FilingMessagePost b) {
        return b.idempotencyKey();
    }

    @Override
    public long baseVersion(FilingMessagePost b) {
        return 0;
    }

    @Override
    public boolean versioned() {
        return false;
    }

    @Override
    public Optional<RequestStatus> target(FilingMessagePost b, FilingRepository.Stored s) {
        return Optional.empty();
    }

    @Override
    public void validate(Handle h, FilingMessagePost b, FilingRepository.Stored s, StaffCall call) {
        requireReviewer(s, call);
        FilingRefusals.refuseIfBroken(FilingRules.checkMessage(b));
    }

    @Override
    public Effect apply(Handle h, FilingMessagePost b, FilingRepository.Stored s, StaffCall call) {
        var me = call.user().account();
        FilingRepository.addMessage(h, s.id(), call.instant(), me.id(), me.displayName(), me.role(), b.text());
        return new Effect(List.of(new AuditLine(FilingAudit.COURT_MESSAGE, b.text().trim())),
                List.of(new Notice(s.applicantId(), FilingNotices.message(s.applicationNo(), s.courtName(), b.text()))));
    }
}
