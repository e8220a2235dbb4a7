package org.courtdesk.model.adjournment;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestStatus;

/**
 * The rules of 延期开庭 (spec-004 §4) that both sides apply. No I/O: callers pass the hearing and the court-local now.
 * A check returns every problem it finds (empty = valid), so a form shows them all and the server refuses with the
 * first.
 */
public final class AdjournmentRules {

    /** 延期开庭规定 第3条: adjournments of one case under the ordinary procedure. */
    public static final int MAX_ORDINARY = 2;
    /** 延期开庭规定 第3条: under the simplified (and small-claims) procedure. */
    public static final int MAX_SIMPLIFIED = 1;
    /** 民事诉讼法 第139条〔136〕: the parties are told of a hearing at least three days before it. */
    public static final int NOTICE_DAYS = 3;
    /** The queue warns this many days before the hearing [I: spec-004 §4 "flag rows whose hearing is today or tomorrow"]. */
    public static final int DUE_SOON_DAYS = 2;

    public static final int MAX_REASON_LENGTH = 1000;
    public static final int MAX_OPINION_LENGTH = 1000;
    public static final int MAX_MATERIAL_FILES = 10;

    /** The rule's words and its source, as the refusal shows them (spec-004 §4 Rules). */
    public static final String LIMIT_RULE = "适用普通程序审理的民商事案件，延期开庭审理次数不超过两次；适用简易程序以及小额诉讼程序审理的，"
            + "延期开庭审理次数不超过一次（《最高人民法院关于严格规范民商事案件延长审限和延期开庭问题的规定》第三条）";
    /** The notice rule's words and source. */
    public static final String NOTICE_RULE = "人民法院审理民事案件，应当在开庭三日前通知当事人和其他诉讼参与人（《中华人民共和国民事诉讼法》第一百三十九条）";

    /**
     * One broken rule: the {@link ErrorCode} and, when the code's sentence is not precise enough, a Chinese detail
     * (what the server's problem+json says). A detail built from the case's facts also has a message {@code key} and
     * its {@code args} (numbers, dates as text, enum constants), so a workstation in another language says the same
     * from its own bundle (issue 13: "本案适用普通程序…" in the English workstation); the key's Chinese text is the detail.
     */
    public record Violation(ErrorCode code, String detail, String key, List<Object> args) {
        public Violation {
            Objects.requireNonNull(code, "code");
            args = args == null ? List.of() : List.copyOf(args);
        }

        public Violation(ErrorCode code, String detail) {
            this(code, detail, null, List.of());
        }

        static Violation keyed(ErrorCode code, String detail, String key, Object... args) {
            return new Violation(code, detail, key, List.of(args));
        }

        /** The detail, else the error code's sentence. */
        public String message() {
            return detail != null ? detail : code.message();
        }
    }

    /** Where a pending request stands against its hearing at {@code now}: due at the hearing's start. */
    public record TimeLimit(LocalDateTime dueAt, Duration left, Urgency urgency) {}

    /** How the queue marks a pending request. */
    public enum Urgency {
        /** More than {@link #DUE_SOON_DAYS} days before the hearing. */
        LATER,
        /** The hearing is within {@link #DUE_SOON_DAYS} days [I]. */
        DUE_SOON,
        /** The hearing has begun: the request is moot and can no longer be approved. */
        OVERDUE
    }

    private AdjournmentRules() {}

    /** Who may apply: a 当事人 or 代理律师 (on record for the case: the server checks that). */
    public static boolean mayApply(Role role) {
        return role == Role.PARTY || role == Role.LAWYER;
    }

    /** The most adjournments {@code procedure} allows (延期开庭规定 第3条). */
    public static int maxAdjournments(HearingProcedure procedure) {
        return procedure == HearingProcedure.SIMPLIFIED ? MAX_SIMPLIFIED : MAX_ORDINARY;
    }

    /** Whether the hearing was adjourned as often as its procedure allows. */
    public static boolean limitReached(AdjournmentHearing hearing) {
        return hearing.adjournments() >= maxAdjournments(hearing.procedure());
    }

    /** Whether the hearing has begun at {@code now} (court-local). */
    public static boolean hearingBegun(AdjournmentHearing hearing, LocalDateTime now) {
        return !now.isBefore(hearing.startsAt());
    }

    /** The earliest day a new hearing may be set on when decided on {@code today}: the notice of 第139条. */
    public static LocalDate earliestNewHearingDay(LocalDate today) {
        return today.plusDays(NOTICE_DAYS);
    }

    // ------------------------------------------------------------------ the applicant

    /**
     * A new request for {@code hearing} at {@code now}: a 延期原因 within its length; a hearing not yet begun; and one
     * adjournment left under the case's procedure (otherwise it could never be approved).
     */
    public static List<Violation> checkApplication(AdjournmentForm form, AdjournmentHearing hearing, LocalDateTime now) {
        List<Violation> problems = new ArrayList<>();
        if (blank(form.reason())) {
            problems.add(new Violation(ErrorCode.ADJOURNMENT_REASON_REQUIRED, null));
        } else if (form.reason().trim().length() > MAX_REASON_LENGTH) {
            problems.add(Violation.keyed(ErrorCode.TEXT_TOO_LONG, "延期原因不能超过 " + MAX_REASON_LENGTH + " 字",
                    "adjournment.rule.reasonTooLong", MAX_REASON_LENGTH));
        }
        if (hearing != null) {
            if (hearingBegun(hearing, now)) {
                problems.add(new Violation(ErrorCode.ADJOURNMENT_HEARING_BEGUN, null));
            }
            if (limitReached(hearing)) {
                problems.add(limitViolation(hearing));
            }
        }
        return problems;
    }

    // ------------------------------------------------------------------ the judge

    /**
     * The judge's decision on a request in {@code status} for {@code hearing} at {@code now} (court-local). Rejecting
     * needs an opinion (the applicant is told it) and stays possible after the hearing began (it closes a moot
     * request); approving needs a hearing not yet begun, an adjournment left, and a new time after the old one that
     * leaves the 3 days' notice.
     */
    public static List<Violation> checkDecision(AdjournmentDecision d, RequestStatus status, AdjournmentHearing hearing,
                                                LocalDateTime now) {
        List<Violation> problems = new ArrayList<>();
        if (status != RequestStatus.PENDING_REVIEW) {
            problems.add(Violation.keyed(ErrorCode.ILLEGAL_TRANSITION, "该延期开庭申请已" + status.label() + "，不能再审查",
                    "adjournment.rule.decided", status));
            return problems;
        }
        if (d.conclusion() == null) {
            problems.add(new Violation(ErrorCode.ADJOURNMENT_CONCLUSION_REQUIRED, null));
            return problems;
        }
        if (d.opinion() != null && d.opinion().trim().length() > MAX_OPINION_LENGTH) {
            problems.add(Violation.keyed(ErrorCode.TEXT_TOO_LONG, "审查意见不能超过 " + MAX_OPINION_LENGTH + " 字",
                    "adjournment.rule.opinionTooLong", MAX_OPINION_LENGTH));
        }
        if (d.conclusion() == AdjournmentConclusion.REJECT) {
            if (blank(d.opinion())) {
                problems.add(new Violation(ErrorCode.ADJOURNMENT_OPINION_REQUIRED, null));
            }
            return problems;
        }
        if (hearingBegun(hearing, now)) {
            problems.add(Violation.keyed(ErrorCode.ADJOURNMENT_HEARING_BEGUN, "开庭时间（" + show(hearing.startsAt())
                    + "）已到，该延期申请已逾期，不能批准", "adjournment.rule.hearingBegun", show(hearing.startsAt())));
        }
        if (limitReached(hearing)) {
            problems.add(limitViolation(hearing));
        }
        LocalDateTime next = d.newHearingAt();
        if (next == null || !next.isAfter(hearing.startsAt())) {
            problems.add(Violation.keyed(ErrorCode.ADJOURNMENT_NEW_HEARING_REQUIRED, "批准延期须填写新的开庭时间，且晚于原开庭时间（"
                    + show(hearing.startsAt()) + "）", "adjournment.rule.newHearingRequired", show(hearing.startsAt())));
        } else if (next.toLocalDate().isBefore(earliestNewHearingDay(now.toLocalDate()))) {
            String earliest = earliestNewHearingDay(now.toLocalDate()).toString();
            problems.add(Violation.keyed(ErrorCode.ADJOURNMENT_NOTICE_TOO_SHORT, "新的开庭时间最早为" + earliest + "：" + NOTICE_RULE,
                    "adjournment.rule.noticeTooShort", earliest));
        }
        return problems;
    }

    // ------------------------------------------------------------------ the time limit

    /**
     * A pending request is due when its hearing begins [I: spec-004 §15 "decide before the 开庭时间"]; DUE_SOON within
     * {@link #DUE_SOON_DAYS} days before [I], OVERDUE from the start on. Null for a decided request.
     */
    public static TimeLimit timeLimit(RequestStatus status, AdjournmentHearing hearing, LocalDateTime now) {
        if (status != RequestStatus.PENDING_REVIEW || hearing == null || hearing.startsAt() == null) {
            return null;
        }
        Duration left = Duration.between(now, hearing.startsAt());
        Urgency urgency = hearingBegun(hearing, now) ? Urgency.OVERDUE
                : left.compareTo(Duration.ofDays(DUE_SOON_DAYS)) <= 0 ? Urgency.DUE_SOON : Urgency.LATER;
        return new TimeLimit(hearing.startsAt(), left, urgency);
    }

    private static Violation limitViolation(AdjournmentHearing hearing) {
        return Violation.keyed(ErrorCode.ADJOURNMENT_LIMIT_REACHED, "本案适用" + hearing.procedure().label() + "，已延期开庭"
                + hearing.adjournments() + "次，不能再延期：" + LIMIT_RULE, "adjournment.rule.limitReached",
                hearing.procedure(), hearing.adjournments());
    }

    private static String show(LocalDateTime t) {
        return t.toLocalDate() + " " + String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
