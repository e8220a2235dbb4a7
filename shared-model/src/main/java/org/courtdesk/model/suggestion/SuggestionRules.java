package org.courtdesk.model.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

/**
 * The rules of 意见建议 (spec-004 §12) both sides apply. No I/O. A check returns every problem it finds (empty =
 * valid), so a form shows them all and the server refuses with the first.
 *
 * <p>Time limit: none in the seeds or the law (spec-004 §15); the court sets {@code court.suggestion_reply_days}, by
 * default {@link #DEFAULT_REPLY_DAYS} — an inference, to be confirmed with the court.
 */
public final class SuggestionRules {

    public static final RequestKind KIND = RequestKind.SUGGESTION;

    /** [I] The court's reply period when it has set none (court.suggestion_reply_days defaults to it, V16). */
    public static final int DEFAULT_REPLY_DAYS = 7;
    public static final int MAX_TITLE_LENGTH = 100;
    public static final int MAX_CONTENT_LENGTH = 2000;
    public static final int MAX_REPLY_LENGTH = 2000;

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

    /** How close a 待答复 suggestion is to the end of its reply period. */
    public enum Urgency { LATER, DUE_SOON, DUE_TODAY, OVERDUE }

    private SuggestionRules() {}

    /** Who may suggest: a lawyer or a party / member of the public (the registry's applicants), after 实名认证. */
    public static List<Violation> checkApplicant(Role role, boolean identityVerified) {
        if (role == null || !role.isApplicant()) {
            return List.of(new Violation(ErrorCode.FORBIDDEN, "只有律师和当事人（公众）可以提出意见建议"));
        }
        if (!identityVerified) {
            return List.of(new Violation(ErrorCode.IDENTITY_NOT_VERIFIED, "提出意见建议前须完成人脸识别实名认证"));
        }
        return List.of();
    }

    /** The form's fields: court, 类别, title and text; a 案号, when given, well-formed. */
    public static List<Violation> checkForm(SuggestionForm form) {
        if (form == null) {
            return List.of(new Violation(ErrorCode.VALIDATION_FAILED, "缺少意见建议"));
        }
        List<Violation> broken = new ArrayList<>();
        if (blank(form.courtCode())) {
            broken.add(Violation.of(ErrorCode.COURT_UNKNOWN));
        }
        if (form.category() == null) {
            broken.add(Violation.of(ErrorCode.SUGGESTION_CATEGORY_REQUIRED));
        }
        if (!blank(form.caseNumber()) && !CaseNumber.isValid(form.caseNumber().trim())) {
            broken.add(Violation.of(ErrorCode.CASE_NUMBER_INVALID));
        }
        if (blank(form.title()) || blank(form.content())) {
            broken.add(Violation.of(ErrorCode.SUGGESTION_TEXT_REQUIRED));
        } else if (form.title().trim().length() > MAX_TITLE_LENGTH) {
            broken.add(new Violation(ErrorCode.TEXT_TOO_LONG, "标题不能超过 " + MAX_TITLE_LENGTH + " 字"));
        } else if (form.content().trim().length() > MAX_CONTENT_LENGTH) {
            broken.add(new Violation(ErrorCode.TEXT_TOO_LONG, "意见建议内容不能超过 " + MAX_CONTENT_LENGTH + " 字"));
        }
        return broken;
    }

    /** The reply: its text, told to the applicant. */
    public static List<Violation> checkReply(SuggestionReply r) {
        if (r == null || r.content() == null || r.content().isBlank()) {
            return List.of(Violation.of(ErrorCode.SUGGESTION_REPLY_REQUIRED));
        }
        if (r.content().trim().length() > MAX_REPLY_LENGTH) {
            return List.of(new Violation(ErrorCode.TEXT_TOO_LONG, "答复内容不能超过 " + MAX_REPLY_LENGTH + " 字"));
        }
        return List.of();
    }

    /** Whether a reply may still be given: only while 待答复. */
    public static boolean mayReply(RequestStatus status) {
        return status == RequestStatus.AWAITING_REPLY;
    }

    /** The last day to reply: {@code replyDays} after the submission day (court-local). */
    public static LocalDate replyDue(LocalDate submittedOn, int replyDays) {
        return submittedOn.plusDays(replyDays);
    }

    /** Where a 待答复 suggestion stands on {@code today} against its last day. */
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
