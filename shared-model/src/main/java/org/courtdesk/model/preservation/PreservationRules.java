package org.courtdesk.model.preservation;

import java.math.BigDecimal;
import java.time.Duration;
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
 * The rules of 诉讼保全 (spec-004 §5) that both sides apply: the form, the materials, the 退回 and 接收, and the ruling
 * limit. No I/O. A check returns every problem it finds (empty = valid); the server refuses with the first.
 */
public final class PreservationRules {

    /** Urgent or 诉前: ruled on within 48 hours ([L] 民事诉讼法 第103条〔100〕, 第104条〔101〕). */
    public static final Duration URGENT_LIMIT = Duration.ofHours(48);
    /** The last 12 hours of the 48 are DUE_SOON [I]. */
    public static final Duration URGENT_WARN = Duration.ofHours(12);
    /** Otherwise 5 days ([L] 财产保全规定 第4条). */
    public static final int ORDINARY_DAYS = 5;

    public static final int MAX_PARTIES = 20;
    public static final int MAX_CLUES = 30;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_ID_NUMBER_LENGTH = 32;
    public static final int MAX_ADDRESS_LENGTH = 200;
    public static final int MAX_CLUE_LENGTH = 500;
    public static final int MAX_REASON_LENGTH = 500;
    public static final int MAX_RULING_REFERENCE_LENGTH = 60;
    public static final int MAX_MATERIAL_FILES = 20;
    /** Largest amount a DECIMAL(17,2) column holds. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999999.99");

    /** One broken rule: the code, and a Chinese detail when the code's sentence is not precise enough. */
    public record Violation(ErrorCode code, String detail) {
        public Violation {
            Objects.requireNonNull(code, "code");
        }

        /** The detail, else the error code's sentence. */
        public String message() {
            return detail != null ? detail : code.message();
        }
    }

    private PreservationRules() {}

    // ------------------------------------------------------------------ the application

    /**
     * The form, every problem in the order the form shows it: the stage; a valid 案号 (诉讼中) or a court (诉前); the
     * reason when urgent; at least one 申请人 and one 被申请人 with names; at least one 财产线索 with kind and description
     * ([L] 财产保全规定 第10条: 明确的被保全财产信息或具体的财产线索); an amount &gt; 0; a guarantee — required for 诉前,
     * and then at least the amount asked for ([L] 民事诉讼法 第104条; 财产保全规定 第5条: 相当于请求保全数额的担保).
     */
    public static List<Violation> checkForm(PreservationForm form) {
        List<Violation> problems = new ArrayList<>();
        if (form.stage() == null) {
            problems.add(v(ErrorCode.PRESERVATION_STAGE_REQUIRED, null));
        } else if (form.stage() == PreservationStage.IN_LITIGATION) {
            if (blank(form.caseNumber())) {
                problems.add(v(ErrorCode.CASE_NUMBER_INVALID, "诉讼中保全须填写案号"));
            } else if (!CaseNumber.isValid(form.caseNumber())) {
                problems.add(v(ErrorCode.CASE_NUMBER_INVALID, null));
            }
        } else if (blank(form.courtCode())) {
            problems.add(v(ErrorCode.COURT_UNKNOWN, "诉前保全须选择受理法院"));
        }
        if (form.urgent()) {
            text(form.urgentReason(), MAX_REASON_LENGTH, ErrorCode.PRESERVATION_URGENT_REASON_REQUIRED, "紧急情况说明",
                    problems);
        }
        List<PreservationParty> parties = form.parties() == null ? List.of() : form.parties();
        if (parties.stream().noneMatch(p -> p != null && p.role() == PreservationPartyRole.APPLICANT && !blank(p.name()))) {
            problems.add(v(ErrorCode.PRESERVATION_APPLICANT_REQUIRED, null));
        }
        if (parties.stream().noneMatch(p -> p != null && p.role() == PreservationPartyRole.RESPONDENT && !blank(p.name()))) {
            problems.add(v(ErrorCode.PRESERVATION_RESPONDENT_REQUIRED, null));
        }
        if (parties.size() > MAX_PARTIES) {
            problems.add(v(ErrorCode.VALIDATION_FAILED, "当事人至多 " + MAX_PARTIES + " 个"));
        }
        for (PreservationParty p : parties) {
            if (p == null || p.role() == null) {
                problems.add(v(ErrorCode.VALIDATION_FAILED, "当事人须注明申请人或被申请人"));
                continue;
            }
            tooLong(p.name(), MAX_NAME_LENGTH, p.role().label() + "姓名或名称", problems);
            tooLong(p.idNumber(), MAX_ID_NUMBER_LENGTH, p.role().label() + "证件号码", problems);
            tooLong(p.address(), MAX_ADDRESS_LENGTH, p.role().label() + "住所", problems);
        }
        List<PropertyClue> clues = form.propertyClues() == null ? List.of() : form.propertyClues();
        if (clues.stream().noneMatch(c -> c != null && c.kind() != null && !blank(c.description()))) {
            problems.add(v(ErrorCode.PRESERVATION_PROPERTY_REQUIRED, null));
        }
        if (clues.size() > MAX_CLUES) {
            problems.add(v(ErrorCode.VALIDATION_FAILED, "财产线索至多 " + MAX_CLUES + " 条"));
        }
        for (PropertyClue c : clues) {
            if (c != null) {
                tooLong(c.description(), MAX_CLUE_LENGTH, "财产线索", problems);
                tooLong(c.location(), MAX_CLUE_LENGTH, "财产所在地或账户", problems);
            }
        }
        if (!positiveAmount(form.amount())) {
            problems.add(v(ErrorCode.PRESERVATION_AMOUNT_INVALID, null));
        }
        GuaranteeKind g = form.guaranteeKind();
        if (g == null || (g == GuaranteeKind.NONE && form.stage() == PreservationStage.PRE_SUIT)) {
            problems.add(v(ErrorCode.PRESERVATION_GUARANTEE_REQUIRED, g == null ? "请选择担保方式" : null));
        } else if (g != GuaranteeKind.NONE) {
            if (!positiveAmount(form.guaranteeAmount())) {
                problems.add(v(ErrorCode.PRESERVATION_GUARANTEE_AMOUNT_INVALID, null));
            } else if (form.stage() == PreservationStage.PRE_SUIT && positiveAmount(form.amount())
                    && form.guaranteeAmount().compareTo(form.amount()) < 0) {
                problems.add(v(ErrorCode.PRESERVATION_GUARANTEE_INSUFFICIENT, "诉前保全的担保数额（"
                        + form.guaranteeAmount().toPlainString() + " 元）不得少于请求保全金额（"
                        + form.amount().toPlainString() + " 元）"));
            }
        }
        return problems;
    }

    /** The materials: the 申请书 always; the 担保材料 when a guarantee is offered. */
    public static List<Violation> checkMaterials(GuaranteeKind guarantee, Collection<PreservationMaterialType> uploaded) {
        List<Violation> problems = new ArrayList<>();
        if (uploaded.size() > MAX_MATERIAL_FILES) {
            problems.add(v(ErrorCode.VALIDATION_FAILED, "保全材料至多 " + MAX_MATERIAL_FILES + " 个文件"));
        }
        Set<PreservationMaterialType> missing = EnumSet.noneOf(PreservationMaterialType.class);
        if (!uploaded.contains(PreservationMaterialType.APPLICATION)) {
            missing.add(PreservationMaterialType.APPLICATION);
        }
        if (guarantee != null && guarantee != GuaranteeKind.NONE && !uploaded.contains(PreservationMaterialType.GUARANTEE)) {
            missing.add(PreservationMaterialType.GUARANTEE);
        }
        if (!missing.isEmpty()) {
            problems.add(v(ErrorCode.MATERIAL_MISSING, "请上传保全申请所需的材料："
                    + String.join("、", missing.stream().map(PreservationMaterialType::label).toList())));
        }
        return problems;
    }

    // ------------------------------------------------------------------ the court's decisions

    /** 退回 needs its reason (it goes to the applicant). */
    public static List<Violation> checkReturn(String reason) {
        List<Violation> problems = new ArrayList<>();
        text(reason, MAX_REASON_LENGTH, ErrorCode.PRESERVATION_RETURN_REASON_REQUIRED, "退回理由", problems);
        return problems;
    }

    /** 接收: the ruling's reference is optional, but not longer than a 案号 with its suffix. */
    public static List<Violation> checkAccept(String rulingReference) {
        List<Violation> problems = new ArrayList<>();
        tooLong(rulingReference, MAX_RULING_REFERENCE_LENGTH, "保全裁定文号", problems);
        return problems;
    }

    // ------------------------------------------------------------------ the time limit

    /** The clock runs while the application waits for the court (提交/待处理). */
    public static boolean clockRuns(RequestStatus status) {
        return status == RequestStatus.SUBMITTED;
    }

    /** Whether the 48-hour clock applies: urgent, or 诉前. */
    public static boolean hourly(PreservationStage stage, boolean urgent) {
        return urgent || stage == PreservationStage.PRE_SUIT;
    }

    /**
     * Where an application received at {@code receivedAt} stands at {@code now}. The 48-hour clock counts hours from
     * receipt, through nights, weekends and holidays (hours are hours). The 5-day clock counts days: the day of receipt
     * does not count ([L] 民事诉讼法 第85条), so it ends with the 5th court-local day after it; holidays do not move that
     * last day here (the court calendar is not known yet).
     */
    public static PreservationClock timeLimit(Instant receivedAt, PreservationStage stage, boolean urgent, Instant now,
                                              ZoneId courtZone) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        boolean hourly = hourly(stage, urgent);
        Instant due;
        LocalDate lastDay = null;
        if (hourly) {
            due = receivedAt.plus(URGENT_LIMIT);
        } else {
            lastDay = LocalDate.ofInstant(receivedAt, courtZone).plusDays(ORDINARY_DAYS);
            due = lastDay.plusDays(1).atStartOfDay(courtZone).toInstant();
        }
        Duration left = Duration.between(now, due);
        PreservationClock.Urgency urgency;
        if (!now.isBefore(due)) {
            urgency = PreservationClock.Urgency.OVERDUE;
        } else if (hourly ? left.compareTo(URGENT_WARN) <= 0 : !LocalDate.ofInstant(now, courtZone).isBefore(lastDay)) {
            urgency = PreservationClock.Urgency.DUE_SOON;
        } else {
            urgency = PreservationClock.Urgency.OK;
        }
        return new PreservationClock(hourly, due, left, urgency);
    }

    // ------------------------------------------------------------------ helpers

    private static Violation v(ErrorCode code, String detail) {
        return new Violation(code, detail);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean positiveAmount(BigDecimal a) {
        return a != null && a.signum() > 0 && a.stripTrailingZeros().scale() <= 2 && a.compareTo(MAX_AMOUNT) <= 0;
    }

    private static void text(String value, int max, ErrorCode required, String label, List<Violation> problems) {
        if (blank(value)) {
            problems.add(v(required, null));
        } else {
            tooLong(value, max, label, problems);
        }
    }

    private static void tooLong(String value, int max, String label, List<Violation> problems) {
        if (value != null && value.trim().length() > max) {
            problems.add(v(ErrorCode.TEXT_TOO_LONG, label + "不能超过 " + max + " 字"));
        }
    }
}
