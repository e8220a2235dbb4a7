package org.courtdesk.model.contact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

/**
 * The rules of 联系法官 / 预约法官 (spec-004 §11) both sides apply. No I/O: callers pass the court-local now. A check
 * returns every problem it finds (empty = valid), so a form shows them all and the server refuses with the first.
 *
 * <p>Time limit: none in the seeds or the law (spec-004 §15 "联系法官: none in law … [P] setting"); the court sets
 * {@code court.contact_reply_days}, by default {@link #DEFAULT_REPLY_DAYS} — an inference from the "few working days"
 * many courts promise, to be confirmed with the court.
 */
public final class ContactRules {

    public static final RequestKind KIND = RequestKind.CONTACT_JUDGE;

    /** [I] The court's reply period when it has set none (court.contact_reply_days defaults to it, V15). */
    public static final int DEFAULT_REPLY_DAYS = 3;
    public static final int MAX_PROPOSED_TIMES = 3;
    public static final int MAX_PURPOSE_LENGTH = 1000;
    public static final int MAX_PLACE_LENGTH = 200;
    public static final int MAX_CONTENT_LENGTH = 1000;

    /** One broken rule: the {@link ErrorCode} and, when the code's sentence is not precise enough, a detail. */
    public record Violation(ErrorCode code, String detail) {
        public Violation {
            Objects.requireNonNull(code, "code");
        }

        static Violation of(ErrorCode code) {
            return new Violation(code, null);
        }

        /** The detail, else the error code's sentence. */
        public String message() {
            return detail != null ? detail : code.message();
        }
    }

    /** How close a 待答复 request is to the end of its reply period. */
    public enum Urgency {
        LATER,
        /** The last day of the period is tomorrow. */
        DUE_SOON,
        /** Today is the last day. */
        DUE_TODAY,
        OVERDUE
    }

    private ContactRules() {}

    /** Who may ask: a party or a lawyer (the registry's applicants) after 实名认证. */
    public static List<Violation> checkApplicant(Role role, boolean identityVerified) {
        if (role == null || !role.isApplicant()) {
            return List.of(new Violation(ErrorCode.FORBIDDEN, "只有当事人和律师可以申请联系法官"));
        }
        if (!identityVerified) {
            return List.of(new Violation(ErrorCode.IDENTITY_NOT_VERIFIED, "申请联系法官前须完成人脸识别实名认证"));
        }
        return List.of();
    }

    /** The request's own fields: court, 案号, 约见事由, 1–3 distinct proposed times after {@code now}, the way. */
    public static List<Violation> checkForm(ContactForm form, LocalDateTime now) {
        if (form == null) {
            return List.of(new Violation(ErrorCode.VALIDATION_FAILED, "缺少约见请求"));
        }
        List<Violation> broken = new ArrayList<>();
        if (blank(form.courtCode())) {
            broken.add(Violation.of(ErrorCode.COURT_UNKNOWN));
        }
        if (blank(form.caseNumber()) || !CaseNumber.isValid(form.caseNumber().trim())) {
            broken.add(Violation.of(ErrorCode.CASE_NUMBER_INVALID));
        }
        if (blank(form.purpose())) {
            broken.add(Violation.of(ErrorCode.CONTACT_PURPOSE_REQUIRED));
        } else if (form.purpose().trim().length() > MAX_PURPOSE_LENGTH) {
            broken.add(new Violation(ErrorCode.TEXT_TOO_LONG, "约见事由不能超过 " + MAX_PURPOSE_LENGTH + " 字"));
        }
        List<LocalDateTime> times = form.proposedTimes();
        if (times == null || times.isEmpty() || times.size() > MAX_PROPOSED_TIMES || times.stream().anyMatch(Objects::isNull)
                || new HashSet<>(times).size() != times.size()
                || times.stream().anyMatch(t -> now != null && !t.isAfter(now))) {
            broken.add(Violation.of(ErrorCode.CONTACT_TIMES_INVALID));
        }
        if (form.way() == null) {
            broken.add(new Violation(ErrorCode.VALIDATION_FAILED, "请选择约见方式：面谈、电话或视频"));
        }
        return broken;
    }

    /**
     * The reply: a result; 答复内容 (told to the applicant) always; for 同意约见 a meeting time after {@code now}, a place
     * and a way.
     */
    public static List<Violation> checkReply(ContactReply r, LocalDateTime now) {
        if (r == null || r.result() == null) {
            return List.of(Violation.of(ErrorCode.CONTACT_RESULT_REQUIRED));
        }
        List<Violation> broken = new ArrayList<>();
        if (r.result() == ContactResult.AGREE) {
            if (r.meetingAt() == null || (now != null && !r.meetingAt().isAfter(now)) || blank(r.place())
                    || r.way() == null) {
                broken.add(Violation.of(ErrorCode.CONTACT_MEETING_REQUIRED));
            } else if (r.place().trim().length() > MAX_PLACE_LENGTH) {
                broken.add(new Violation(ErrorCode.TEXT_TOO_LONG, "约见地点不能超过 " + MAX_PLACE_LENGTH + " 字"));
            }
        }
        if (blank(r.content())) {
            broken.add(Violation.of(ErrorCode.CONTACT_CONTENT_REQUIRED));
        } else if (r.content().trim().length() > MAX_CONTENT_LENGTH) {
            broken.add(new Violation(ErrorCode.TEXT_TOO_LONG, "答复内容不能超过 " + MAX_CONTENT_LENGTH + " 字"));
        }
        return broken;
    }

    /** Whether a reply may still be given: only while 待答复. */
    public static boolean mayReply(RequestStatus status) {
        return status == RequestStatus.AWAITING_REPLY;
    }

    /** The last day to reply: {@code replyDays} after the submission day (court-local). */
    public static LocalDate replyDue(LocalDate submittedOn, int replyDays) {
        return submittedOn.plusDays(replyDays);
    }

    /** Where a 待答复 request stands on {@code today} against its last day. */
    public static Urgency urgency(LocalDate replyDue, LocalDate today) {
        if (today.isAfter(replyDue)) {
            return Urgency.OVERDUE;
        }
        if (today.isEqual(replyDue)) {
            return Urgency.DUE_TODAY;
        }
        return today.plusDays(1).isEqual(replyDue) ? Urgency.DUE_SOON : Urgency.LATER;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
