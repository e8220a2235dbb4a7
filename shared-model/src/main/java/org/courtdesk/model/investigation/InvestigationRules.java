package org.courtdesk.model.investigation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.request.RequestStatus;

/**
 * The rules of 调查令 (spec-004 §6) both sides apply: the form, the materials, the 举证期限, the decisions, the decision
 * period and the order's number and validity. No I/O. A check returns every problem (empty = valid).
 */
public final class InvestigationRules {

    /** Defaults of the per-court settings (V13): decide within 5 days, the order valid 15 days [P]. */
    public static final int DEFAULT_DECISION_DAYS = 5;
    public static final int DEFAULT_VALIDITY_DAYS = 15;

    public static final int MAX_SUBJECT_LENGTH = 100;
    public static final int MAX_ADDRESS_LENGTH = 200;
    public static final int MAX_TEXT_LENGTH = 1000;
    public static final int MAX_REASON_LENGTH = 500;
    public static final int MAX_MATERIAL_FILES = 20;
    static final Set<InvestigationMaterialType> REQUIRED = EnumSet.of(InvestigationMaterialType.APPLICATION,
            InvestigationMaterialType.LAWYER_LICENCE);

    /** One broken rule: the code, and a Chinese detail when the code's sentence is not precise enough. */
    public record Violation(ErrorCode code, String detail) {
        public Violation {
            Objects.requireNonNull(code, "code");
        }

        public String message() {
            return detail != null ? detail : code.message();
        }
    }

    private InvestigationRules() {}

    /** The form: a valid 案号, the 被调查人, the evidence sought, the fact to prove, and why it cannot be collected. */
    public static List<Violation> checkForm(InvestigationForm f) {
        List<Violation> problems = new ArrayList<>();
        if (blank(f.caseNumber()) || !CaseNumber.isValid(f.caseNumber())) {
            problems.add(new Violation(ErrorCode.CASE_NUMBER_INVALID, blank(f.caseNumber()) ? "请填写案号" : null));
        }
        text(f.subject(), MAX_SUBJECT_LENGTH, ErrorCode.INVESTIGATION_SUBJECT_REQUIRED, "被调查人", problems);
        if (f.subjectAddress() != null && f.subjectAddress().trim().length() > MAX_ADDRESS_LENGTH) {
            problems.add(new Violation(ErrorCode.TEXT_TOO_LONG, "被调查人地址不能超过 " + MAX_ADDRESS_LENGTH + " 字"));
        }
        text(f.evidence(), MAX_TEXT_LENGTH, ErrorCode.INVESTIGATION_EVIDENCE_REQUIRED, "调查取证的内容", problems);
        text(f.factToProve(), MAX_TEXT_LENGTH, ErrorCode.INVESTIGATION_EVIDENCE_REQUIRED, "待证事实", problems);
        text(f.reasonUnobtainable(), MAX_TEXT_LENGTH, ErrorCode.INVESTIGATION_REASON_REQUIRED, "不能自行收集的理由",
                problems);
        return problems;
    }

    /** The 申请书 and the lawyer's 执业证 are required. */
    public static List<Violation> checkMaterials(Collection<InvestigationMaterialType> uploaded) {
        List<Violation> problems = new ArrayList<>();
        if (uploaded.size() > MAX_MATERIAL_FILES) {
            problems.add(new Violation(ErrorCode.VALIDATION_FAILED, "调查令申请材料至多 " + MAX_MATERIAL_FILES + " 个文件"));
        }
        List<String> missing = REQUIRED.stream().filter(t -> !uploaded.contains(t)).map(InvestigationMaterialType::label)
                .toList();
        if (!missing.isEmpty()) {
            problems.add(new Violation(ErrorCode.MATERIAL_MISSING, "请上传调查令申请所需的材料：" + String.join("、", missing)));
        }
        return problems;
    }

    /**
     * The application must be made before the case's 举证期限 expires ([L] 民诉法解释 第94条, 证据规定 第20条): applying on
     * the last day is in time, the day after is not. A case without a 举证期限 (null) cannot be checked and passes.
     */
    public static List<Violation> checkEvidenceDeadline(LocalDate evidenceDeadline, LocalDate today) {
        if (evidenceDeadline != null && today.isAfter(evidenceDeadline)) {
            return List.of(new Violation(ErrorCode.INVESTIGATION_AFTER_EVIDENCE_DEADLINE, "本案举证期限已于" + evidenceDeadline
                    + "届满，申请调查令须在举证期限届满前提出（《最高人民法院关于民事诉讼证据的若干规定》第二十条）"));
        }
        return List.of();
    }

    /** 退回 needs its reason. */
    public static List<Violation> checkReturn(String reason) {
        List<Violation> problems = new ArrayList<>();
        text(reason, MAX_REASON_LENGTH, ErrorCode.INVESTIGATION_RETURN_REASON_REQUIRED, "退回理由", problems);
        return problems;
    }

    /** The clock runs while the application waits (提交/待处理). */
    public static boolean clockRuns(RequestStatus status) {
        return status == RequestStatus.SUBMITTED;
    }

    /**
     * The last day to decide: the court's {@code decisionDays} after the day of receipt (the day of receipt does not
     * count, [L] 民事诉讼法 第85条; holidays do not move it here).
     */
    public static LocalDate dueDate(Instant receivedAt, int decisionDays, ZoneId courtZone) {
        return LocalDate.ofInstant(receivedAt, courtZone).plusDays(decisionDays);
    }

    /** The last day the order is valid: {@code validityDays} counted from the day of issue, that day included [I]. */
    public static LocalDate validUntil(LocalDate issuedOn, int validityDays) {
        return issuedOn.plusDays(validityDays - 1L);
    }

    /** The order's number [I: the seed gives none; shaped like a 案号 with the type 调令]: （2026）粤0106调令12号. */
    public static String orderNo(int year, String courtCode, int serial) {
        return "（" + year + "）" + courtCode + "调令" + serial + "号";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void text(String value, int max, ErrorCode required, String label, List<Violation> problems) {
        if (blank(value)) {
            problems.add(new Violation(required, "请填写" + label));
        } else if (value.trim().length() > max) {
            problems.add(new Violation(ErrorCode.TEXT_TOO_LONG, label + "不能超过 " + max + " 字"));
        }
    }
}
