package org.courtdesk.model.appeal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestStatus;

/**
 * The rules of 提起上诉 (spec-004 §3) that both sides apply; no I/O. A check returns every problem (empty = valid).
 * Periods are counted from the day after the event (民事诉讼法 第85条: the first day is not counted); the extension of a
 * period ending on a holiday is not applied here [I: the court calendar is not in the portal].
 */
public final class AppealRules {

    /** 第174条: the first-instance court serves the 上诉状's copy on the other side within 5 days of receiving it. */
    public static final int SERVE_COPY_DAYS = 5;
    /** 第174条: the other side answers within 15 days of receiving the copy. */
    public static final int ANSWER_DAYS = 15;
    /** 第174条: the file goes up to the appeal court within 5 days after the answer (or the answer period). */
    public static final int FORWARD_DAYS = 5;
    /** The queue warns this many days before the judge's next step is due [I]. */
    public static final int DUE_SOON_DAYS = 2;

    public static final int MAX_CLAIMS_LENGTH = 2000;
    public static final int MAX_REASONS_LENGTH = 10000;
    public static final int MAX_OPINION_LENGTH = 1000;
    public static final int MAX_MATERIAL_FILES = 20;

    /** 民事诉讼法 第62条, as the flag shows it (the workstation's bundle says it as {@code appeal.rule.specialAuthority}). */
    public static final String SPECIAL_AUTHORITY_RULE = "诉讼代理人代为提起上诉，必须有委托人的特别授权（《中华人民共和国民事诉讼法》第六十二条）";

    /**
     * One broken rule: the code and, when the code's sentence is not precise enough, a Chinese detail (the server's
     * words); a detail built from the request's facts also has a message {@code key} and {@code args} a workstation
     * says in its own language (the key's Chinese text is the detail).
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

        public String message() {
            return detail != null ? detail : code.message();
        }
    }

    /** The appeal period of the decision served on {@code servedOn}, seen from {@code filedOn}: 第N日（共15日）. */
    public record Period(LocalDate servedOn, int days, LocalDate lastDay, long dayFiled, boolean late) {}

    /** The judge's next step and its last day. */
    public record NextStep(Step step, LocalDate due) {}

    public enum Step {
        /** 审查上诉状并向对方当事人送达副本 (第174条, 5 days from receipt). */
        SERVE_COPY,
        /** 答辩期满后报送第二审人民法院 (第174条: 15 days' answer, then 5 days) [I: the copy served on acceptance]. */
        FORWARD_FILE
    }

    public enum Urgency { LATER, DUE_SOON, OVERDUE }

    private AppealRules() {}

    public static boolean mayApply(Role role) {
        return role == Role.PARTY || role == Role.LAWYER;
    }

    /** Where {@code filedOn} falls in the appeal period of 第171条. */
    public static Period period(DecisionType type, LocalDate servedOn, LocalDate filedOn) {
        LocalDate last = servedOn.plusDays(type.appealDays());
        long day = ChronoUnit.DAYS.between(servedOn, filedOn);
        return new Period(servedOn, type.appealDays(), last, day, filedOn.isAfter(last));
    }

    /**
     * The judge's next step: while 提交/待处理, serving the copy within 5 days of receipt; once 已接受, sending the file
     * up when the 15 days' answer and 5 more have passed since acceptance [I]; none once 退回.
     */
    public static NextStep nextStep(RequestStatus status, LocalDate receivedOn, LocalDate acceptedOn) {
        if (status == RequestStatus.SUBMITTED && receivedOn != null) {
            return new NextStep(Step.SERVE_COPY, receivedOn.plusDays(SERVE_COPY_DAYS));
        }
        if (status == RequestStatus.APPEAL_ACCEPTED && acceptedOn != null) {
            return new NextStep(Step.FORWARD_FILE, acceptedOn.plusDays(ANSWER_DAYS + FORWARD_DAYS));
        }
        return null;
    }

    /** How the queue marks a step due on {@code due} (to the end of that day) seen on {@code today}. */
    public static Urgency urgency(LocalDate due, LocalDate today) {
        if (today.isAfter(due)) {
            return Urgency.OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, due) <= DUE_SOON_DAYS ? Urgency.DUE_SOON : Urgency.LATER;
    }

    /**
     * The form: a case, an appellant and at least one appellee other than the appellant, the decision's type and a
     * 送达日期 not after {@code today}, 上诉请求 and 上诉理由, and the 上诉状 among the files.
     */
    public static List<Violation> checkForm(AppealForm f, boolean petitionAttached, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (f.caseId() == null) {
            problems.add(new Violation(ErrorCode.APPEAL_CASE_NOT_FOUND, "请选择原审案件"));
        }
        if (f.appellantPartyId() == null) {
            problems.add(new Violation(ErrorCode.APPEAL_APPELLANT_INVALID, "请选择上诉人"));
        }
        List<Long> appellees = f.appelleePartyIds() == null ? List.of() : f.appelleePartyIds();
        // List.of's contains refuses null: compare one by one.
        if (appellees.isEmpty() || appellees.stream().anyMatch(a -> a == null || a.equals(f.appellantPartyId()))) {
            problems.add(new Violation(ErrorCode.APPEAL_APPELLEE_REQUIRED, null));
        }
        if (f.decisionType() == null) {
            problems.add(new Violation(ErrorCode.APPEAL_DECISION_TYPE_REQUIRED, null));
        }
        if (f.servedOn() == null || f.servedOn().isAfter(today)) {
            problems.add(new Violation(ErrorCode.APPEAL_SERVED_ON_INVALID, null));
        }
        text(f.claims(), MAX_CLAIMS_LENGTH, ErrorCode.APPEAL_CLAIMS_REQUIRED, "上诉请求", problems);
        text(f.reasons(), MAX_REASONS_LENGTH, ErrorCode.APPEAL_REASONS_REQUIRED, "上诉理由", problems);
        if (!petitionAttached) {
            problems.add(new Violation(ErrorCode.APPEAL_PETITION_REQUIRED, null));
        }
        return problems;
    }

    /** The judge's decision on an appeal in {@code status}: a conclusion; 退回 with its reason. */
    public static List<Violation> checkDecision(AppealDecision d, RequestStatus status) {
        List<Violation> problems = new ArrayList<>();
        if (status != RequestStatus.SUBMITTED) {
            problems.add(Violation.keyed(ErrorCode.ILLEGAL_TRANSITION, "该上诉已" + status.label() + "，不能再审查",
                    "appeal.rule.decided", status));
            return problems;
        }
        if (d.conclusion() == null) {
            problems.add(new Violation(ErrorCode.APPEAL_CONCLUSION_REQUIRED, null));
            return problems;
        }
        if (d.opinion() != null && d.opinion().strip().length() > MAX_OPINION_LENGTH) {
            problems.add(Violation.keyed(ErrorCode.TEXT_TOO_LONG, "审查意见不能超过 " + MAX_OPINION_LENGTH + " 字",
                    "appeal.rule.opinionTooLong", MAX_OPINION_LENGTH));
        }
        if (d.conclusion() == AppealConclusion.RETURN && (d.opinion() == null || d.opinion().isBlank())) {
            problems.add(new Violation(ErrorCode.APPEAL_RETURN_REASON_REQUIRED, null));
        }
        return problems;
    }

    private static void text(String s, int max, ErrorCode required, String label, List<Violation> problems) {
        if (s == null || s.isBlank()) {
            problems.add(new Violation(required, null));
        } else if (s.strip().length() > max) {
            problems.add(new Violation(ErrorCode.TEXT_TOO_LONG, label + "不能超过 " + max + " 字"));
        }
    }
}
