package org.courtdesk.server.reading.judge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReadingRules;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.server.audit.AuditLog;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.notify.Sms;
import org.courtdesk.server.reading.ReadingRequestRepository;
import org.courtdesk.server.reading.download.CaseFilePdf;
import org.courtdesk.server.reading.download.CaseFiles;
import org.courtdesk.server.request.StaffCall;
import org.jdbi.v3.core.Handle;

/**
 * 审查: the judge agrees (online with a validity date and an encrypted case file, or on site within a window) or
 * refuses with an explanation; the applicant gets the matching SMS ({@link ReviewNotices}).
 */
final class ReadingDecisionAction extends ReadingStaffAction<ReviewDecision> {

    static final String NAME = "DECISION";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<ReviewDecision> bodyType() {
        return ReviewDecision.class;
    }

    @Override
    public UUID idempotencyKey(ReviewDecision d) {
        return d.idempotencyKey();
    }

    @Override
    public long baseVersion(ReviewDecision d) {
        return d.baseVersion();
    }

    /** No opinion moves nothing here; the rules then refuse it. */
    @Override
    public Optional<RequestStatus> target(ReviewDecision d, ReadingRequestRepository.Stored s) {
        return Optional.ofNullable(d.opinion())
                .map(o -> o == ReviewOpinion.AGREE ? RequestStatus.APPROVED : RequestStatus.REJECTED);
    }

    @Override
    public String illegalTransitionDetail(RequestStatus from) {
        return "该申请当前状态为“" + from.label() + "”，不能再作审查决定";
    }

    @Override
    public void validate(Handle h, ReviewDecision d, ReadingRequestRepository.Stored s, StaffCall call) {
        List<ErrorCode> problems = ReadingRules.validateDecision(d, s.digitised(), call.today());
        if (!problems.isEmpty()) {
            throw ApiException.ofAll(problems.get(0), null, problems);
        }
    }

    @Override
    public Effect apply(Handle h, ReviewDecision d, ReadingRequestRepository.Stored s, StaffCall call) {
        Facts f = facts(h, s.id());
        boolean agree = d.opinion() == ReviewOpinion.AGREE;
        ReadingMode mode = agree ? d.mode() : null;
        LocalDate validUntil = agree && mode == ReadingMode.ONLINE ? d.validUntil() : null;
        LocalDate start = agree && mode == ReadingMode.ON_SITE ? d.onSiteStart() : null;
        LocalDate end = agree && mode == ReadingMode.ON_SITE ? d.onSiteEnd() : null;
        CaseFiles.Produced file = agree && mode == ReadingMode.ONLINE
                ? CaseFiles.produce(h, s.caseId(), new CaseFilePdf.Cover(f.caseNumber(), f.caseTitle(), f.courtName(),
                        f.applicationNo(), f.applicantName(), validUntil))
                : null;
        h.createUpdate("UPDATE reading_request SET reviewer_id = :rv, review_date = :rd, opinion = :op, "
                        + "explanation = :ex, mode = :mode, valid_until = :vu, on_site_start = :ss, on_site_end = :se, "
                        + "reply_note = :note, case_file_sha256 = :sha, download_code_hash = :dch WHERE id = :id")
                .bind("rv", call.user().id()).bind("rd", call.today())
                .bind("op", d.opinion().name()).bind("ex", d.explanation().trim())
                .bind("mode", mode == null ? null : mode.name()).bind("vu", validUntil)
                .bind("ss", start).bind("se", end).bind("note", blankToNull(d.replyNote()))
                .bind("sha", file == null ? null : file.sha256()).bind("dch", file == null ? null : file.downloadCodeHash())
                .bind("id", s.id()).execute();

        List<AuditLine> audit = new ArrayList<>();
        if (agree && mode != f.requestedMode()) {
            audit.add(new AuditLine(AuditLog.ACTION_CHANGE_MODE, "申请人申请" + f.requestedMode().label() + "，审查改为" + mode.label()));
        }
        if (agree && mode == ReadingMode.ON_SITE) {
            // The application form names no time; the window the judge fixes is the appointment (预约时间).
            audit.add(new AuditLine(AuditLog.ACTION_CHANGE_WINDOW, "现场阅卷时间定为 " + start + " 至 " + end));
        }
        StringBuilder detail = new StringBuilder("审查意见：").append(d.opinion().label());
        if (agree) {
            detail.append("；阅卷方式：").append(mode.label());
            if (mode == ReadingMode.ONLINE) {
                detail.append("；有效截止日期：").append(validUntil).append("；卷宗：").append(file.volumes())
                        .append(" 卷，已加密");
            } else {
                detail.append("；起始时间：").append(start).append("；截止时间：").append(end);
            }
        }
        detail.append("；审查意见说明：").append(d.explanation().trim());
        audit.add(new AuditLine(agree ? AuditLog.ACTION_APPROVE : AuditLog.ACTION_REJECT, detail.toString()));

        Sms sms;
        if (!agree) {
            sms = ReviewNotices.refused(f.caseNumber(), f.courtName(), d.explanation().trim());
        } else if (mode == ReadingMode.ONLINE) {
            sms = ReviewNotices.online(f.caseNumber(), f.courtName(), validUntil, file.downloadCode(), file.openPassword());
        } else {
            sms = ReviewNotices.onSite(f.caseNumber(), f.courtName(), start, end, f.readingRoomNotice(), d.explanation());
        }
        return new Effect(audit, List.of(new Notice(s.applicantId(), sms)));
    }

    private record Facts(String applicationNo, String caseNumber, String caseTitle, String courtName,
                         String readingRoomNotice, String applicantName, ReadingMode requestedMode) {}

    private static Facts facts(Handle h, long id) {
        return h.createQuery("SELECT q.application_no, c.case_number, c.title, ct.name, ct.reading_room_notice, "
                        + "a.display_name, r.requested_mode FROM request q JOIN reading_request r ON r.id = q.id "
                        + "JOIN court_case c ON c.id = q.case_id JOIN court ct ON ct.code = q.court_code "
                        + "JOIN account a ON a.id = q.applicant_id WHERE q.id = :id")
                .bind("id", id)
                .map((rs, c) -> new Facts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), ReadingMode.valueOf(rs.getString(7))))
                .one();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
