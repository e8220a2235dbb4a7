package org.courtdesk.model.filing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.request.Transitions;

/**
 * The rules of 网上立案 (spec-004 §2) that both sides apply. No I/O: callers pass what they know. Like ReadingRules,
 * a check returns every problem it finds (empty = valid), so the form shows them all and the server refuses with the
 * first.
 */
public final class FilingRules {

    private static final RequestKind KIND = RequestKind.ONLINE_FILING;

    /** The limit to decide a civil or administrative complaint ([L] 民事诉讼法 第126条; spec-004 §15). */
    public static final int DECISION_DAYS = 7;
    /** The queue warns from this day on (spec-004 §2 Queue [I]). */
    public static final int WARN_FROM_DAY = 5;
    /** Latest 补正期限 a reviewer may set, so a typo does not park a filing for a year [I]. */
    public static final int MAX_SUPPLEMENT_DAYS = 30;

    public static final int MAX_PARTIES = 30;
    public static final int MAX_NAME_LENGTH = 100;
    /** The account table's 证件号码 column holds 32; a 统一社会信用代码 has 18. */
    public static final int MAX_ID_NUMBER_LENGTH = 32;
    public static final int MAX_ADDRESS_LENGTH = 200;
    public static final int MAX_PHONE_LENGTH = 20;
    public static final int MAX_CAUSE_LENGTH = 100;
    public static final int MAX_CLAIMS_LENGTH = 2000;
    public static final int MAX_FACTS_LENGTH = 10000;
    public static final int MAX_OPINION_LENGTH = 2000;
    public static final int MAX_SUPPLEMENT_ITEMS = 30;
    public static final int MAX_SUPPLEMENT_ITEM_LENGTH = 200;
    public static final int MAX_MESSAGE_LENGTH = 500;
    /** Largest 标的额 a DECIMAL(17,2) column holds. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999999.99");
    /** Evidence often runs to many files. */
    public static final int MAX_MATERIAL_FILES = 40;

    /** One broken rule: the {@link ErrorCode} to send and, when the code's sentence is not precise enough, a Chinese detail. */
    public record Violation(ErrorCode code, String detail) {
        public Violation {
            Objects.requireNonNull(code, "code");
        }

        static Violation of(ErrorCode code, String detail) {
            return new Violation(code, detail);
        }

        /** The detail, else the error code's sentence. */
        public String message() {
            return detail != null ? detail : code.message();
        }
    }

    /** What of an applicant's account the filing needs: the account's 真实姓名, 手机号码, 证件号码 and, for a lawyer, 律所. */
    public record Profile(String realName, String phone, String idNumber, String lawFirm) {}

    private FilingRules() {}

    // ------------------------------------------------------------------ the applicant (spec-004 §2 Who, §14)

    /**
     * Who may file: a 当事人 or 代理律师 (FORBIDDEN otherwise) who passed 实名认证 (IDENTITY_NOT_VERIFIED) and completed the
     * profile (PROFILE_INCOMPLETE, naming the missing fields) [S 001:53-54]. The first broken rule only.
     */
    public static List<Violation> checkApplicant(Role role, boolean identityVerified, Profile profile) {
        if (role == null || !role.isApplicant()) {
            return List.of(Violation.of(ErrorCode.FORBIDDEN, "仅当事人或代理律师可以网上立案"));
        }
        if (!identityVerified) {
            return List.of(Violation.of(ErrorCode.IDENTITY_NOT_VERIFIED, "网上立案前须完成人脸识别实名认证"));
        }
        List<String> missing = missingProfileFields(role, profile);
        if (!missing.isEmpty()) {
            return List.of(Violation.of(ErrorCode.PROFILE_INCOMPLETE,
                    "请先在个人中心完善个人信息（" + String.join("、", missing) + "），再使用网上立案"));
        }
        return List.of();
    }

    /** The labels of the profile fields still empty, in the order the profile page shows them. */
    public static List<String> missingProfileFields(Role role, Profile p) {
        List<String> missing = new ArrayList<>();
        if (p == null || blank(p.realName())) {
            missing.add("真实姓名");
        }
        if (p == null || blank(p.phone())) {
            missing.add("手机号码");
        }
        if (p == null || blank(p.idNumber())) {
            missing.add("证件号码");
        }
        if (role == Role.LAWYER && (p == null || blank(p.lawFirm()))) {
            missing.add("所在律师事务所");
        }
        return missing;
    }

    // ------------------------------------------------------------------ the form

    /**
     * The form as filled in, every problem in the order the form shows it: a court; at least one 原告 and a definite
     * 被告 ([L] 民事诉讼法 第122条); each party's details as 第124条 asks them of the 起诉状 (a plaintiff's name, 证件号码 or
     * 统一社会信用代码, 住所 and 联系方式, an organisation's 法定代表人; a defendant's name and 住所; a third party's name);
     * 案由, 诉讼请求, 事实与理由; 标的额 ≥ 0 with at most two decimals.
     */
    public static List<Violation> checkForm(FilingForm form) {
        List<Violation> problems = new ArrayList<>();
        if (blank(form.courtCode())) {
            problems.add(Violation.of(ErrorCode.COURT_UNKNOWN, null));
        }
        List<FilingParty> parties = form.parties() == null ? List.of() : form.parties();
        if (parties.stream().noneMatch(p -> p != null && p.role() == PartyRole.PLAINTIFF)) {
            problems.add(Violation.of(ErrorCode.FILING_PLAINTIFF_REQUIRED, null));
        }
        if (parties.stream().noneMatch(p -> p != null && p.role() == PartyRole.DEFENDANT)) {
            problems.add(Violation.of(ErrorCode.FILING_DEFENDANT_REQUIRED, null));
        }
        if (parties.size() > MAX_PARTIES) {
            problems.add(Violation.of(ErrorCode.VALIDATION_FAILED, "当事人至多 " + MAX_PARTIES + " 个"));
        }
        for (int i = 0; i < parties.size(); i++) {
            checkParty(i + 1, parties.get(i), problems);
        }
        text(form.causeOfAction(), MAX_CAUSE_LENGTH, ErrorCode.FILING_CAUSE_REQUIRED, "案由", problems);
        text(form.claims(), MAX_CLAIMS_LENGTH, ErrorCode.FILING_CLAIMS_REQUIRED, "诉讼请求", problems);
        text(form.factsAndReasons(), MAX_FACTS_LENGTH, ErrorCode.FILING_FACTS_REQUIRED, "事实与理由", problems);
        BigDecimal amount = form.amountInDispute();
        if (amount == null) {
            problems.add(Violation.of(ErrorCode.FILING_AMOUNT_INVALID, "请填写标的额（无金钱给付请求的填 0）"));
        } else if (amount.signum() < 0) {
            problems.add(Violation.of(ErrorCode.FILING_AMOUNT_INVALID, "标的额不能为负数"));
        } else if (amount.scale() > 2) {
            problems.add(Violation.of(ErrorCode.FILING_AMOUNT_INVALID, "标的额最多保留两位小数（到分）"));
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            problems.add(Violation.of(ErrorCode.FILING_AMOUNT_INVALID, "标的额超出可填写的范围"));
        }
        return problems;
    }

    private static void checkParty(int n, FilingParty p, List<Violation> problems) {
        if (p == null || p.role() == null || p.type() == null) {
            problems.add(Violation.of(ErrorCode.FILING_PARTY_INCOMPLETE, "第" + n + "位当事人：请选择诉讼地位和当事人类型"));
            return;
        }
        String who = "第" + n + "位当事人（" + p.role().label() + (blank(p.name()) ? "" : " " + p.name().trim()) + "）";
        boolean organisation = p.type() == PartyType.ORGANISATION;
        List<String> missing = new ArrayList<>();
        if (blank(p.name())) {
            missing.add(organisation ? "名称" : "姓名");
        }
        if (p.role() == PartyRole.PLAINTIFF) {
            if (blank(p.idNumber())) {
                missing.add(organisation ? "统一社会信用代码" : "证件号码");
            }
            if (organisation && blank(p.legalRepresentative())) {
                missing.add("法定代表人或主要负责人");
            }
            if (blank(p.phone())) {
                missing.add("联系电话");
            }
        }
        if (p.role() != PartyRole.THIRD_PARTY && blank(p.address())) {
            missing.add("住所");
        }
        if (!missing.isEmpty()) {
            problems.add(Violation.of(ErrorCode.FILING_PARTY_INCOMPLETE, who + "：请填写" + String.join("、", missing)));
        }
        List<String> tooLong = new ArrayList<>();
        tooLong(p.name(), MAX_NAME_LENGTH, "名称", tooLong);
        tooLong(p.idNumber(), MAX_ID_NUMBER_LENGTH, "证件号码", tooLong);
        tooLong(p.address(), MAX_ADDRESS_LENGTH, "住所", tooLong);
        tooLong(p.phone(), MAX_PHONE_LENGTH, "联系电话", tooLong);
        tooLong(p.legalRepresentative(), MAX_NAME_LENGTH, "法定代表人", tooLong);
        if (!tooLong.isEmpty()) {
            problems.add(Violation.of(ErrorCode.TEXT_TOO_LONG, who + "：" + String.join("、", tooLong)));
        }
    }

    // ------------------------------------------------------------------ materials

    /**
     * What each applicant must upload: 起诉状, the parties' identity papers and evidence ([L] 登记立案规定 第6条; spec-004
     * §2 Fields); a lawyer also the 授权委托书, 律师执业证 and 所函 ([L] 民诉法解释 第88条).
     */
    public static Set<FilingMaterialType> requiredMaterials(Role applicant) {
        EnumSet<FilingMaterialType> required = EnumSet.of(FilingMaterialType.COMPLAINT,
                FilingMaterialType.PARTY_IDENTITY, FilingMaterialType.EVIDENCE);
        switch (applicant) {
            case PARTY -> { }
            case LAWYER -> required.addAll(EnumSet.of(FilingMaterialType.POWER_OF_ATTORNEY,
                    FilingMaterialType.LAWYER_LICENCE, FilingMaterialType.LAW_FIRM_LETTER));
            default -> throw new IllegalArgumentException(applicant + " does not file online");
        }
        return required;
    }

    /** What each applicant may upload: the required ones plus 其他材料; a party has no lawyer's papers to send. */
    public static Set<FilingMaterialType> allowedMaterials(Role applicant) {
        Set<FilingMaterialType> allowed = EnumSet.copyOf(requiredMaterials(applicant));
        allowed.add(FilingMaterialType.OTHER);
        if (applicant == Role.PARTY) {
            allowed.add(FilingMaterialType.POWER_OF_ATTORNEY); // a party may still name a non-lawyer agent
        }
        return allowed;
    }

    /** The required types missing from {@code uploaded}, empty when complete. */
    public static Set<FilingMaterialType> missingMaterials(Role applicant, Collection<FilingMaterialType> uploaded) {
        Set<FilingMaterialType> missing = EnumSet.copyOf(requiredMaterials(applicant));
        missing.removeAll(uploaded);
        return missing;
    }

    /** The uploaded materials, one entry per file: each of an allowed type, not too many, every required one there. */
    public static List<Violation> checkMaterials(Role applicant, Collection<FilingMaterialType> uploaded) {
        List<Violation> problems = new ArrayList<>();
        refusedTypes(applicant, uploaded, problems);
        if (uploaded.size() > MAX_MATERIAL_FILES) {
            problems.add(Violation.of(ErrorCode.VALIDATION_FAILED, "立案材料至多 " + MAX_MATERIAL_FILES + " 个文件"));
        }
        Set<FilingMaterialType> missing = missingMaterials(applicant, uploaded);
        if (!missing.isEmpty()) {
            problems.add(Violation.of(ErrorCode.MATERIAL_MISSING, "请上传" + applicant.label() + "网上立案所需的材料："
                    + String.join("、", missing.stream().map(FilingMaterialType::label).toList())));
        }
        return problems;
    }

    private static void refusedTypes(Role applicant, Collection<FilingMaterialType> uploaded, List<Violation> problems) {
        Set<FilingMaterialType> allowed = allowedMaterials(applicant);
        uploaded.stream().distinct().sorted().filter(t -> !allowed.contains(t))
                .forEach(t -> problems.add(Violation.of(ErrorCode.MATERIAL_TYPE_NOT_ALLOWED,
                        applicant.label() + "网上立案无需上传“" + t.label() + "”")));
    }

    // ------------------------------------------------------------------ who reviews, and what is offered when

    /**
     * The 承办法官 of the filing or any 中心审核员 of its court (spec-004 §2 Who; [S 004:50]). Clerks are not named by
     * the seed (spec-004 §1: a product decision), so not here.
     */
    public static boolean mayReview(Role role, String staffCourt, String filingCourt, boolean judgeInCharge) {
        if (role == null || staffCourt == null || !staffCourt.equals(filingCourt)) {
            return false;
        }
        return role == Role.CENTRE_REVIEWER || (role == Role.JUDGE && judgeInCharge);
    }

    /**
     * The actions a reviewer is offered on a row: 审查 only while 收 ([S 004:186 fig.]), 收案 only on 符 ([S 004 fig.
     * 228]), 留言 in every status ([S 004:186 fig.]). 审查 and 收案 follow the one status table ({@link Transitions}).
     */
    public static Set<FilingAction> offeredActions(RequestStatus status) {
        Set<FilingAction> offered = EnumSet.of(FilingAction.MESSAGE);
        if (Transitions.allowed(KIND, status, RequestStatus.FILING_CONFORMS)
                && Transitions.allowed(KIND, status, RequestStatus.FILING_RETURNED)) {
            offered.add(FilingAction.REVIEW);
        }
        if (Transitions.allowed(KIND, status, RequestStatus.FILING_FILED)) {
            offered.add(FilingAction.TAKE_IN);
        }
        return offered;
    }

    /** ILLEGAL_TRANSITION, naming the action and the status, when {@code action} is not offered in {@code status}. */
    public static List<Violation> checkAction(FilingAction action, RequestStatus status) {
        if (offeredActions(status).contains(action)) {
            return List.of();
        }
        String need = action == FilingAction.TAKE_IN ? "只能对“符”状态的立案申请收案" : "只能审查“收”状态的立案申请";
        return List.of(Violation.of(ErrorCode.ILLEGAL_TRANSITION,
                "该立案申请当前状态为“" + status.label() + "”，不能" + action.label() + "：" + need));
    }

    // ------------------------------------------------------------------ 审查: opinion, then conclusion

    /** 审查 step 1 (spec-004 §2 screen 2): only while 收; the 审查意见及理由 written and not too long. */
    public static List<Violation> checkOpinion(FilingOpinionSave save, RequestStatus status) {
        List<Violation> problems = new ArrayList<>(checkAction(FilingAction.REVIEW, status));
        if (!problems.isEmpty()) {
            return problems;
        }
        if (blank(save.opinion())) {
            problems.add(Violation.of(ErrorCode.DECISION_EXPLANATION_REQUIRED, "请填写审查意见及理由"));
        } else if (save.opinion().trim().length() > MAX_OPINION_LENGTH) {
            problems.add(Violation.of(ErrorCode.TEXT_TOO_LONG, "审查意见及理由不能超过 " + MAX_OPINION_LENGTH + " 字"));
        }
        return problems;
    }

    /**
     * 审查 step 2: only while 收, after the opinion was saved ("保存意见后点击对应结论", spec-004 §2 screen 2, fig. 198).
     * 符 carries nothing else. 退 records which outcome (spec-004 §2 Rules): 退回补正 with every item to supplement at
     * once (一次性书面告知, [L] 登记立案规定 第7条) and a deadline after {@code today} within
     * {@value #MAX_SUPPLEMENT_DAYS} days; 不予受理 with its reasons ([L] 民事诉讼法 第126条). The two are not mixed.
     *
     * @param savedOpinion the opinion stored on the filing, null when none was saved
     * @param today        the court's local date
     */
    public static List<Violation> checkConclusion(FilingConclusionDecision d, RequestStatus status, String savedOpinion,
                                                  LocalDate today) {
        List<Violation> problems = new ArrayList<>(checkAction(FilingAction.REVIEW, status));
        if (!problems.isEmpty()) {
            return problems;
        }
        if (blank(savedOpinion)) {
            problems.add(Violation.of(ErrorCode.DECISION_EXPLANATION_REQUIRED, "请先填写并保存审查意见及理由，再选择审查结论"));
        }
        if (d.conclusion() == null) {
            problems.add(Violation.of(ErrorCode.FILING_CONCLUSION_REQUIRED, null));
            return problems;
        }
        boolean hasItems = d.supplementItems() != null && !d.supplementItems().isEmpty();
        boolean hasDeadline = d.supplementDeadline() != null;
        boolean hasReasons = !blank(d.refusalReasons());
        if (d.conclusion() == FilingConclusion.CONFORMS) {
            if (d.returnKind() != null || hasItems || hasDeadline || hasReasons) {
                problems.add(Violation.of(ErrorCode.VALIDATION_FAILED, "审查结论为“符”时不填写退回方式、补正内容或不予受理理由"));
            }
            return problems;
        }
        if (d.returnKind() == null) {
            problems.add(Violation.of(ErrorCode.FILING_RETURN_KIND_REQUIRED, null));
            return problems;
        }
        if (d.returnKind() == ReturnKind.SUPPLEMENT) {
            checkSupplementItems(d.supplementItems(), problems);
            if (!hasDeadline || !d.supplementDeadline().isAfter(today)
                    || d.supplementDeadline().isAfter(today.plusDays(MAX_SUPPLEMENT_DAYS))) {
                problems.add(Violation.of(ErrorCode.FILING_SUPPLEMENT_DEADLINE_INVALID, null));
            }
            if (hasReasons) {
                problems.add(Violation.of(ErrorCode.VALIDATION_FAILED, "退回补正不填写不予受理理由"));
            }
        } else {
            if (!hasReasons) {
                problems.add(Violation.of(ErrorCode.FILING_REFUSAL_REASONS_REQUIRED, null));
            } else if (d.refusalReasons().trim().length() > MAX_OPINION_LENGTH) {
                problems.add(Violation.of(ErrorCode.TEXT_TOO_LONG, "不予受理理由不能超过 " + MAX_OPINION_LENGTH + " 字"));
            }
            if (hasItems || hasDeadline) {
                problems.add(Violation.of(ErrorCode.VALIDATION_FAILED, "不予受理不填写补正内容和补正期限"));
            }
        }
        return problems;
    }

    private static void checkSupplementItems(List<String> items, List<Violation> problems) {
        if (items == null || items.isEmpty() || items.stream().anyMatch(FilingRules::blank)) {
            problems.add(Violation.of(ErrorCode.FILING_SUPPLEMENT_ITEMS_REQUIRED,
                    items == null || items.isEmpty() ? null : "补正内容中有空白的一项"));
            return;
        }
        if (items.size() > MAX_SUPPLEMENT_ITEMS) {
            problems.add(Violation.of(ErrorCode.VALIDATION_FAILED, "补正内容至多 " + MAX_SUPPLEMENT_ITEMS + " 项"));
        }
        if (items.stream().anyMatch(i -> i.trim().length() > MAX_SUPPLEMENT_ITEM_LENGTH)) {
            problems.add(Violation.of(ErrorCode.TEXT_TOO_LONG, "每项补正内容不能超过 " + MAX_SUPPLEMENT_ITEM_LENGTH + " 字"));
        }
    }

    // ------------------------------------------------------------------ 收案

    /** 收案 only on 符 ([S 004 fig. 228]: "对符合立案条件的可进行收案操作"). */
    public static List<Violation> checkIntake(RequestStatus status) {
        return checkAction(FilingAction.TAKE_IN, status);
    }

    // ------------------------------------------------------------------ 留言 and the applicant's supplement

    /** 留言 in every status (spec-004 §2 Transitions); the text written and not too long. */
    public static List<Violation> checkMessage(FilingMessagePost post) {
        if (blank(post.text())) {
            return List.of(Violation.of(ErrorCode.FILING_MESSAGE_REQUIRED, null));
        }
        if (post.text().trim().length() > MAX_MESSAGE_LENGTH) {
            return List.of(Violation.of(ErrorCode.TEXT_TOO_LONG, "留言不能超过 " + MAX_MESSAGE_LENGTH + " 字"));
        }
        return List.of();
    }

    /**
     * The applicant answers a 退回补正: only a filing returned for supplementing, up to and including the deadline
     * (after it the complaint stays returned, [L] 登记立案规定 第7条), with at least one file of an allowed type. A
     * 不予受理 is final; a corrected complaint is a new filing (spec-004 §2 Transitions [I]).
     */
    public static List<Violation> checkSupplement(Role applicant, RequestStatus status, ReturnKind returnKind,
                                                  LocalDate deadline, LocalDate today,
                                                  Collection<FilingMaterialType> uploaded) {
        if (status != RequestStatus.FILING_RETURNED || returnKind != ReturnKind.SUPPLEMENT) {
            return List.of(Violation.of(ErrorCode.FILING_SUPPLEMENT_CLOSED, "该立案申请未被退回补正，不能补正材料"));
        }
        if (deadline == null || today.isAfter(deadline)) {
            return List.of(Violation.of(ErrorCode.FILING_SUPPLEMENT_CLOSED,
                    (deadline == null ? "补正期限已过" : "补正期限（" + deadline + "）已过") + "，请重新提交立案申请"));
        }
        List<Violation> problems = new ArrayList<>();
        refusedTypes(applicant, uploaded, problems);
        if (uploaded.isEmpty()) {
            problems.add(Violation.of(ErrorCode.MATERIAL_MISSING, "请上传补正材料"));
        } else if (uploaded.size() > MAX_MATERIAL_FILES) {
            problems.add(Violation.of(ErrorCode.VALIDATION_FAILED, "补正材料至多 " + MAX_MATERIAL_FILES + " 个文件"));
        }
        return problems;
    }

    // ------------------------------------------------------------------ the 7-day limit (spec-004 §2 Rules, §15)

    /**
     * Whether the 7 days run in {@code status}: while 收, and still while 符, because the limit is to file (立案) and a
     * 符 filing is not filed yet ([L] 民事诉讼法 第126条; [I] that 符 keeps counting). Not on 退 or 立.
     */
    public static boolean clockRuns(RequestStatus status) {
        return status == RequestStatus.FILING_RECEIVED || status == RequestStatus.FILING_CONFORMS;
    }

    /**
     * Where a filing stands against the 7 days on {@code today}. The clock starts on the court's date of receipt, or of
     * the last supplement when there was one (the 7 days then run from receipt of the supplement, [L] 登记立案规定
     * 第7条). The day of receipt does not count ([L] 民事诉讼法 第85条: 期间开始的日不计算在期间内), so the 7th day after it is
     * the last; a row warns from day {@value #WARN_FROM_DAY} and is overdue after day {@value #DECISION_DAYS}. Holidays
     * do not move the last day here (第85条 would move it to the next working day; the court calendar is not known yet).
     *
     * @param receivedAt       when the filing was received
     * @param lastSupplementAt when the last supplement arrived, null when none
     * @param today            the court's local date
     * @param courtZone        the court's time zone, to date the instants as the court does
     */
    public static FilingTimeLimit timeLimit(Instant receivedAt, Instant lastSupplementAt, LocalDate today,
                                            ZoneId courtZone) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Instant start = lastSupplementAt != null && lastSupplementAt.isAfter(receivedAt) ? lastSupplementAt : receivedAt;
        LocalDate clockStart = LocalDate.ofInstant(start, courtZone);
        long elapsed = ChronoUnit.DAYS.between(clockStart, today);
        LocalDate due = clockStart.plusDays(DECISION_DAYS);
        long left = ChronoUnit.DAYS.between(today, due);
        FilingTimeLimit.Urgency urgency = elapsed > DECISION_DAYS ? FilingTimeLimit.Urgency.OVERDUE
                : elapsed >= WARN_FROM_DAY ? FilingTimeLimit.Urgency.WARN : FilingTimeLimit.Urgency.OK;
        return new FilingTimeLimit(clockStart, elapsed, due, left, urgency);
    }

    // ------------------------------------------------------------------ helpers

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void text(String value, int max, ErrorCode required, String label, List<Violation> problems) {
        if (blank(value)) {
            problems.add(Violation.of(required, null));
        } else if (value.trim().length() > max) {
            problems.add(Violation.of(ErrorCode.TEXT_TOO_LONG, label + "不能超过 " + max + " 字"));
        }
    }

    private static void tooLong(String value, int max, String label, List<String> out) {
        if (value != null && value.trim().length() > max) {
            out.add(label + "不能超过 " + max + " 字");
        }
    }
}
