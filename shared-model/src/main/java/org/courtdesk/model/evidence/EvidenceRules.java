package org.courtdesk.model.evidence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.request.RequestStatus;

/**
 * The rules of 证据交换 (spec-004 §7) both sides apply: the lengths of the 举证期限 by procedure, the 质证期限, a 修改,
 * a catalogue entry, a 质证, the 审查, late evidence and the status the calendar moves. No I/O. A check returns every
 * problem (empty = valid).
 */
public final class EvidenceRules {

    /** Days the 质证期限 runs after the last 举证期限 when the judge gives none [I: neither the seeds nor the law fix it]. */
    public static final int DEFAULT_CROSS_DAYS = 10;
    public static final int MAX_NAME = 100;
    public static final int MAX_SOURCE = 100;
    public static final int MAX_PROVES = 500;
    public static final int MAX_OPINION = 500;
    public static final int MAX_REASON = 500;
    public static final int MAX_REVIEW = 2000;
    public static final int MAX_PAGES = 9999;
    public static final int MAX_SEQ = 999;

    /** One broken rule: the code, and a Chinese detail when the code's sentence is not precise enough. */
    public record Violation(ErrorCode code, String detail) {
        public Violation {
            Objects.requireNonNull(code, "code");
        }

        public String message() {
            return detail != null ? detail : code.message();
        }
    }

    private EvidenceRules() {}

    /** The 举证期限 the 新增 form proposes: the procedure's default days from {@code today}. */
    public static LocalDate defaultEvidenceDeadline(EvidenceProcedure procedure, LocalDate today) {
        return today.plusDays(procedure.defaultDays());
    }

    /** The 质证期限 proposed after the last 举证期限. */
    public static LocalDate defaultCrossDeadline(LocalDate lastEvidenceDeadline) {
        return lastEvidenceDeadline.plusDays(DEFAULT_CROSS_DAYS);
    }

    /** The deadlines of a 新增 with every omitted date filled by its default. */
    public static EvidenceDeadlines withDefaults(EvidenceExchangeCreate c, LocalDate today) {
        EvidenceProcedure procedure = c.procedure() == null ? EvidenceProcedure.ORDINARY : c.procedure();
        LocalDate plaintiff = c.plaintiffDeadline() != null ? c.plaintiffDeadline() : defaultEvidenceDeadline(procedure, today);
        LocalDate defendant = c.defendantDeadline() != null ? c.defendantDeadline() : plaintiff;
        EvidenceDeadlines partial = new EvidenceDeadlines(plaintiff, defendant, c.thirdPartyDeadline(), null);
        LocalDate cross = c.crossDeadline() != null ? c.crossDeadline() : defaultCrossDeadline(partial.lastEvidence());
        return new EvidenceDeadlines(plaintiff, defendant, c.thirdPartyDeadline(), cross);
    }

    /**
     * 新增: a valid 案号, a procedure, and deadlines the procedure allows counted from {@code today} (ordinary ≥ 15 days,
     * second instance ≥ 10, simplified ≤ 15, small claims ≤ 7; never in the past), the 质证期限 after the last 举证期限,
     * the 证据交换日 not before today.
     */
    public static List<Violation> checkCreate(EvidenceExchangeCreate c, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (c.caseNumber() == null || c.caseNumber().isBlank() || !CaseNumber.isValid(c.caseNumber())) {
            problems.add(new Violation(ErrorCode.CASE_NUMBER_INVALID, c.caseNumber() == null || c.caseNumber().isBlank()
                    ? "请填写案号" : null));
        }
        if (c.procedure() == null) {
            problems.add(new Violation(ErrorCode.VALIDATION_FAILED, "请选择审理程序"));
            return problems;
        }
        EvidenceDeadlines d = withDefaults(c, today);
        for (EvidenceSide side : EvidenceSide.values()) {
            if (side == EvidenceSide.THIRD_PARTY && d.thirdParty() == null) {
                continue;
            }
            LocalDate deadline = d.evidence(side);
            long days = ChronoUnit.DAYS.between(today, deadline);
            if (days < 1) {
                problems.add(new Violation(ErrorCode.EVIDENCE_DEADLINE_INVALID, side.label() + "的举证期限不能早于明天"));
            } else if (days < c.procedure().minDays()) {
                problems.add(new Violation(ErrorCode.EVIDENCE_DEADLINE_INVALID, c.procedure().label() + "的举证期限不得少于 "
                        + c.procedure().minDays() + " 日（《民诉法解释》第九十九条），" + side.label() + "的举证期限只有 " + days + " 日"));
            } else if (days > c.procedure().maxDays()) {
                problems.add(new Violation(ErrorCode.EVIDENCE_DEADLINE_INVALID, c.procedure().label() + "的举证期限不得超过 "
                        + c.procedure().maxDays() + " 日（《民诉法解释》第九十九条），" + side.label() + "的举证期限为 " + days + " 日"));
            }
        }
        problems.addAll(checkCross(d));
        if (c.exchangeDay() != null && c.exchangeDay().isBefore(today)) {
            problems.add(new Violation(ErrorCode.VALIDATION_FAILED, "证据交换日不能早于今天"));
        }
        return problems;
    }

    private static List<Violation> checkCross(EvidenceDeadlines d) {
        if (d.crossExamination() == null || !d.crossExamination().isAfter(d.lastEvidence())) {
            return List.of(new Violation(ErrorCode.EVIDENCE_CROSS_DEADLINE_INVALID, "质证期限须晚于举证期限（" + d.lastEvidence()
                    + "）"));
        }
        return List.of();
    }

    /** The deadlines after {@code change} (null fields keep the current date). */
    public static EvidenceDeadlines changed(EvidenceDeadlines current, EvidenceDeadlineChange change) {
        return new EvidenceDeadlines(
                change.plaintiffDeadline() != null ? change.plaintiffDeadline() : current.plaintiff(),
                change.defendantDeadline() != null ? change.defendantDeadline() : current.defendant(),
                change.thirdPartyDeadline() != null ? change.thirdPartyDeadline() : current.thirdParty(),
                change.crossDeadline() != null ? change.crossDeadline() : current.crossExamination());
    }

    /**
     * 修改: at least one date differs, a reason, no new date in the past, the 质证期限 after the last 举证期限, and not
     * after 审查. The lengths of 新增 do not bind it: an extension (证据规定 第54条) or a period for rebuttal evidence
     * (第51条) is the court's to fix.
     */
    public static List<Violation> checkChange(EvidenceDeadlines current, EvidenceDeadlineChange change, RequestStatus status,
                                              LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (status == RequestStatus.EVIDENCE_REVIEWED) {
            problems.add(new Violation(ErrorCode.EVIDENCE_EXCHANGE_CLOSED, null));
            return problems;
        }
        EvidenceDeadlines next = changed(current, change);
        if (next.equals(current)) {
            problems.add(new Violation(ErrorCode.EVIDENCE_CHANGE_NOTHING, null));
        }
        for (LocalDate d : new LocalDate[] {change.plaintiffDeadline(), change.defendantDeadline(),
                change.thirdPartyDeadline(), change.crossDeadline()}) {
            if (d != null && d.isBefore(today)) {
                problems.add(new Violation(ErrorCode.EVIDENCE_DEADLINE_INVALID, "修改后的期限不能早于今天（" + d + "）"));
                break;
            }
        }
        problems.addAll(checkCross(next));
        if (change.reason() == null || change.reason().isBlank()) {
            problems.add(new Violation(ErrorCode.EVIDENCE_CHANGE_REASON_REQUIRED, null));
        } else if (change.reason().trim().length() > MAX_REASON) {
            problems.add(new Violation(ErrorCode.TEXT_TOO_LONG, "修改理由不能超过 " + MAX_REASON + " 字"));
        }
        return problems;
    }

    /** A catalogue entry: 序号 1–999, 证据名称, 证据来源 and 证明对象 written, 页数 1–9999. */
    public static List<Violation> checkEntry(EvidenceEntry e) {
        List<Violation> problems = new ArrayList<>();
        if (e == null) {
            return List.of(new Violation(ErrorCode.EVIDENCE_ENTRY_INVALID, "缺少证据目录"));
        }
        if (e.seq() < 1 || e.seq() > MAX_SEQ) {
            problems.add(new Violation(ErrorCode.EVIDENCE_ENTRY_INVALID, "序号须为 1 至 " + MAX_SEQ + " 的整数"));
        }
        text(e.name(), MAX_NAME, "证据名称", problems);
        text(e.source(), MAX_SOURCE, "证据来源", problems);
        text(e.proves(), MAX_PROVES, "证明对象", problems);
        if (e.pages() < 1 || e.pages() > MAX_PAGES) {
            problems.add(new Violation(ErrorCode.EVIDENCE_ENTRY_INVALID, "页数须为 1 至 " + MAX_PAGES + " 的整数"));
        }
        return problems;
    }

    /** A 质证: the three opinions, 是否有异议, and the 异议理由 when there is an objection. */
    public static List<Violation> checkCrossExam(CrossExamForm f) {
        List<Violation> problems = new ArrayList<>();
        opinion(f.authenticity(), "真实性", problems);
        opinion(f.legality(), "合法性", problems);
        opinion(f.relevance(), "关联性", problems);
        if (f.objection() == null) {
            problems.add(new Violation(ErrorCode.EVIDENCE_CROSS_INVALID, "请选择是否有异议"));
        } else if (f.objection()) {
            if (f.objectionReason() == null || f.objectionReason().isBlank()) {
                problems.add(new Violation(ErrorCode.EVIDENCE_CROSS_INVALID, "有异议时须写明异议理由"));
            } else if (f.objectionReason().trim().length() > MAX_REASON) {
                problems.add(new Violation(ErrorCode.TEXT_TOO_LONG, "异议理由不能超过 " + MAX_REASON + " 字"));
            }
        }
        return problems;
    }

    /** 审查 needs its opinion. */
    public static List<Violation> checkReview(String opinion) {
        if (opinion == null || opinion.isBlank()) {
            return List.of(new Violation(ErrorCode.EVIDENCE_REVIEW_OPINION_REQUIRED, null));
        }
        if (opinion.trim().length() > MAX_REVIEW) {
            return List.of(new Violation(ErrorCode.TEXT_TOO_LONG, "审查意见不能超过 " + MAX_REVIEW + " 字"));
        }
        return List.of();
    }

    /** Evidence submitted on {@code day} by {@code side} is late when that side's 举证期限 has passed (the last day is in time). */
    public static boolean isLate(EvidenceDeadlines deadlines, EvidenceSide side, LocalDate day) {
        return day.isAfter(deadlines.evidence(side));
    }

    /**
     * The status the calendar moves: 举证中 becomes 质证中 the day after the last 举证期限; the judge's 审查 (已审查) is
     * stored and stays.
     */
    public static RequestStatus effectiveStatus(RequestStatus stored, EvidenceDeadlines deadlines, LocalDate today) {
        if (stored == RequestStatus.EVIDENCE_PRODUCING && deadlines != null && deadlines.lastEvidence() != null
                && today.isAfter(deadlines.lastEvidence())) {
            return RequestStatus.CROSS_EXAMINING;
        }
        return stored;
    }

    private static void text(String value, int max, String label, List<Violation> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Violation(ErrorCode.EVIDENCE_ENTRY_INVALID, "请填写" + label));
        } else if (value.trim().length() > max) {
            problems.add(new Violation(ErrorCode.TEXT_TOO_LONG, label + "不能超过 " + max + " 字"));
        }
    }

    private static void opinion(String value, String label, List<Violation> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Violation(ErrorCode.EVIDENCE_CROSS_INVALID, "请填写对" + label + "的意见"));
        } else if (value.trim().length() > MAX_OPINION) {
            problems.add(new Violation(ErrorCode.TEXT_TOO_LONG, label + "意见不能超过 " + MAX_OPINION + " 字"));
        }
    }
}
