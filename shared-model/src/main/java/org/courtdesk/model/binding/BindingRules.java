package org.courtdesk.model.binding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;

/**
 * The rules of 案件绑定 (spec-004 §8) both sides apply. No I/O: callers pass what they know (whether the case and the
 * party exist, whether the lawyer is already on record, is checked by the server against its tables). A check returns
 * every problem it finds (empty = valid), so a form shows them all and the server refuses with the first.
 *
 * <p>No time limit: neither the seeds nor the law give one for binding (spec-004 §15 has no row), so the workstation
 * states {@code DeadlineSource.none} for this kind and the queue shows days waiting only.
 */
public final class BindingRules {

    public static final RequestKind KIND = RequestKind.CASE_BINDING;

    /** 律师执业证号: 17 digits (the 司法部 numbering: region, category, year, serial). */
    private static final Pattern LICENCE = Pattern.compile("\\d{17}");
    public static final int MAX_PARTY_NAME_LENGTH = 100;
    /** The account table's law_firm column holds 100. */
    public static final int MAX_LAW_FIRM_LENGTH = 100;
    public static final int MAX_REASON_LENGTH = 500;
    /** One 授权委托书 and one 律所函, with a page or two each as separate images at most. */
    public static final int MAX_MATERIAL_FILES = 10;

    /** One broken rule: the {@link ErrorCode} to send and, when the code's sentence is not precise enough, a detail. */
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

    private BindingRules() {}

    /** Who may apply: a lawyer (FORBIDDEN otherwise) who passed 律师身份核验 / 实名认证 first [S 003:91]. */
    public static List<Violation> checkApplicant(Role role, boolean identityVerified) {
        if (role != Role.LAWYER) {
            return List.of(new Violation(ErrorCode.FORBIDDEN, "只有律师可以申请案件绑定"));
        }
        if (!identityVerified) {
            return List.of(new Violation(ErrorCode.IDENTITY_NOT_VERIFIED, "申请案件绑定前须先通过律师身份核验（人脸识别实名认证）"));
        }
        return List.of();
    }

    /** The form's own fields: court, a well-formed 案号, the party, 执业证号, 律所 and 代理权限. */
    public static List<Violation> checkForm(BindingForm form) {
        List<Violation> broken = new ArrayList<>();
        if (form == null) {
            return List.of(new Violation(ErrorCode.VALIDATION_FAILED, "缺少案件绑定申请表"));
        }
        if (blank(form.courtCode())) {
            broken.add(Violation.of(ErrorCode.COURT_UNKNOWN));
        }
        if (blank(form.caseNumber()) || !CaseNumber.isValid(form.caseNumber().trim())) {
            broken.add(Violation.of(ErrorCode.CASE_NUMBER_INVALID));
        }
        if (form.partyRole() == null || blank(form.partyName())) {
            broken.add(Violation.of(ErrorCode.BINDING_PARTY_REQUIRED));
        } else if (form.partyName().trim().length() > MAX_PARTY_NAME_LENGTH) {
            broken.add(new Violation(ErrorCode.TEXT_TOO_LONG, "当事人姓名或名称不能超过 " + MAX_PARTY_NAME_LENGTH + " 字"));
        }
        if (blank(form.licenceNo()) || !LICENCE.matcher(form.licenceNo().trim()).matches()) {
            broken.add(Violation.of(ErrorCode.BINDING_LICENCE_INVALID));
        }
        if (blank(form.lawFirm())) {
            broken.add(Violation.of(ErrorCode.BINDING_LAW_FIRM_REQUIRED));
        } else if (form.lawFirm().trim().length() > MAX_LAW_FIRM_LENGTH) {
            broken.add(new Violation(ErrorCode.TEXT_TOO_LONG, "律师事务所名称不能超过 " + MAX_LAW_FIRM_LENGTH + " 字"));
        }
        if (form.authority() == null) {
            broken.add(Violation.of(ErrorCode.BINDING_AUTHORITY_REQUIRED));
        }
        return broken;
    }

    /** Both papers, 授权委托书 and 律所函 (spec-004 §8 Fields): MATERIAL_MISSING names what is missing. */
    public static List<Violation> checkMaterials(Collection<BindingMaterialType> uploaded) {
        Set<BindingMaterialType> missing = EnumSet.allOf(BindingMaterialType.class);
        missing.removeAll(uploaded);
        if (missing.isEmpty()) {
            return List.of();
        }
        List<String> names = missing.stream().map(BindingMaterialType::label).toList();
        return List.of(new Violation(ErrorCode.MATERIAL_MISSING, "缺少材料：" + String.join("、", names)));
    }

    /** A decision: a verdict, and for 审核不通过 a reason the lawyer is told (at most {@link #MAX_REASON_LENGTH}). */
    public static List<Violation> checkDecision(BindingDecision d) {
        if (d == null || d.verdict() == null) {
            return List.of(Violation.of(ErrorCode.BINDING_VERDICT_REQUIRED));
        }
        if (d.verdict() == BindingVerdict.REJECT) {
            if (blank(d.reason())) {
                return List.of(Violation.of(ErrorCode.BINDING_REASON_REQUIRED));
            }
            if (d.reason().trim().length() > MAX_REASON_LENGTH) {
                return List.of(new Violation(ErrorCode.TEXT_TOO_LONG, "审核不通过的理由不能超过 " + MAX_REASON_LENGTH + " 字"));
            }
        }
        return List.of();
    }

    /** Whether a decision may still be taken: only while 待审核. */
    public static boolean mayDecide(RequestStatus status) {
        return status == RequestStatus.BINDING_PENDING;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
