package org.courtdesk.model.reading;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReadingApplicationForm;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.casenumber.CaseNumberException;
import org.courtdesk.model.request.RequestStatus;

/** The rules of 阅卷申请 (domain.md §1) that both sides apply. No I/O: callers pass what they know. */
public final class ReadingRules {

    /** How long an online approval stays valid when the judge does not say (the seeds show 15 days). */
    public static final int DEFAULT_ONLINE_VALIDITY_DAYS = 15;
    /** Longest validity a judge may grant, so a typo does not open a file for years. */
    public static final int MAX_ONLINE_VALIDITY_DAYS = 90;
    /** Longest on-site window. */
    public static final int MAX_ON_SITE_WINDOW_DAYS = 30;

    /** Longest 申请内容 (the column holds 500). */
    public static final int MAX_CONTENT_LENGTH = 500;
    /** Longest 申请原因 (the column holds 1000). */
    public static final int MAX_REASON_LENGTH = 1000;
    /** Most material files one application may carry (e.g. both sides of an ID card, several letters). */
    public static final int MAX_MATERIAL_FILES = 12;
    /** What a material may be, as detected from its bytes (never from its name): PDF, JPEG, PNG. */
    public static final Set<String> MATERIAL_CONTENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    /**
     * One broken rule of an application: a stable code and, when the code's own sentence is not precise enough, a
     * Chinese detail (e.g. which part of the 案号 is wrong, which materials are missing).
     */
    public record Violation(ErrorCode code, String detail) {
        public Violation {
            java.util.Objects.requireNonNull(code, "code");
        }

        static Violation of(ErrorCode code) {
            return new Violation(code, null);
        }

        /** The detail, else the code's sentence. */
        public String message() {
            return detail != null ? detail : code.message();
        }
    }

    private ReadingRules() {}

    // ------------------------------------------------------------------ applying (domain.md §1)

    /** Lawyers and parties apply to read case files; court staff do not. */
    public static boolean mayApply(Role role) {
        return role != null && role.isApplicant();
    }

    /**
     * Who may apply: a lawyer or a party (FORBIDDEN otherwise) who has passed face verification (实名认证,
     * IDENTITY_NOT_VERIFIED otherwise). Checked before anything of the application is read.
     */
    public static List<Violation> checkApplicant(Role role, boolean identityVerified) {
        if (!mayApply(role)) {
            return List.of(new Violation(ErrorCode.FORBIDDEN, "仅律师和当事人可以申请阅卷"));
        }
        if (!identityVerified) {
            return List.of(new Violation(ErrorCode.IDENTITY_NOT_VERIFIED, "申请阅卷前须完成人脸识别实名认证"));
        }
        return List.of();
    }

    /**
     * The form as filled in: a court chosen, the agreement (网上预约阅卷申请协议) ticked, a 案号 that parses (the refusal
     * names the wrong part) and carries the chosen court's 法院代字, 申请内容, 申请原因 and 查阅方式. All problems are
     * returned, in the order the form shows them; empty = valid. {@code currentYear} is the court's: a 案号 received
     * after it cannot exist.
     */
    public static List<Violation> checkForm(ReadingApplicationForm form, int currentYear) {
        List<Violation> problems = new ArrayList<>();
        String court = form.courtCode() == null ? "" : form.courtCode().trim();
        if (court.isEmpty()) {
            problems.add(Violation.of(ErrorCode.COURT_UNKNOWN));
        }
        if (!form.agreementAccepted()) {
            problems.add(Violation.of(ErrorCode.AGREEMENT_NOT_ACCEPTED));
        }
        try {
            CaseNumber number = CaseNumber.parse(form.caseNumber(), currentYear);
            if (!court.isEmpty() && !number.courtCode().equals(court)) {
                problems.add(new Violation(ErrorCode.CASE_NOT_FOUND, "案号中的法院代字“" + number.courtCode()
                        + "”与所选承办法院（" + court + "）不一致，请核对案号或承办法院"));
            }
        } catch (CaseNumberException e) {
            problems.add(new Violation(ErrorCode.CASE_NUMBER_INVALID, e.part() == CaseNumberException.Part.EMPTY
                    ? "请填写案号" : "案号的" + e.part().label() + "有误：" + e.getMessage()));
        }
        if (form.content() == null || form.content().isBlank()) {
            problems.add(Violation.of(ErrorCode.APPLICATION_CONTENT_REQUIRED));
        } else if (form.content().trim().length() > MAX_CONTENT_LENGTH) {
            problems.add(new Violation(ErrorCode.TEXT_TOO_LONG, "申请内容不能超过 " + MAX_CONTENT_LENGTH + " 字"));
        }
        if (form.reason() == null || form.reason().isBlank()) {
            problems.add(Violation.of(ErrorCode.APPLICATION_REASON_REQUIRED));
        } else if (form.reason().trim().length() > MAX_REASON_LENGTH) {
            problems.add(new Violation(ErrorCode.TEXT_TOO_LONG, "申请原因不能超过 " + MAX_REASON_LENGTH + " 字"));
        }
        if (form.requestedMode() == null) {
            problems.add(Violation.of(ErrorCode.READING_MODE_REQUIRED));
        }
        return problems;
    }

    /** How far ahead an applicant may propose a 预约时间. */
    public static final int MAX_PROPOSAL_DAYS = 90;

    /**
     * The 阅卷须知 the form was ticked on, and the 预约时间 it proposes, against the court's current agreement
     * ({@code currentAgreementVersion}) and the court's clock ({@code now}). A form that names no version, or an older
     * one, was not ticked on what the court publishes now: the applicant must read the current text. A 预约时间 is for
     * an on-site reading, in the future and at most {@link #MAX_PROPOSAL_DAYS} days ahead. Empty = valid.
     */
    public static List<Violation> checkAgreementAndProposal(ReadingApplicationForm form, int currentAgreementVersion,
                                                            LocalDateTime now) {
        List<Violation> problems = new ArrayList<>();
        if (form.agreementAccepted()) {
            if (form.agreementVersion() == null) {
                problems.add(new Violation(ErrorCode.AGREEMENT_NOT_ACCEPTED,
                        "请阅读并同意阅卷须知（第" + currentAgreementVersion + "版）后再提交"));
            } else if (form.agreementVersion() != currentAgreementVersion) {
                problems.add(new Violation(ErrorCode.AGREEMENT_OUTDATED, "您同意的是第" + form.agreementVersion()
                        + "版阅卷须知，现行为第" + currentAgreementVersion + "版，请阅读并同意现行版本后再提交"));
            }
        }
        LocalDateTime proposed = form.proposedTime();
        if (proposed != null) {
            if (form.requestedMode() != ReadingMode.ON_SITE) {
                problems.add(new Violation(ErrorCode.VALIDATION_FAILED, "只有现场查阅可以预约时间"));
            } else if (proposed.isBefore(now)) {
                problems.add(new Violation(ErrorCode.VALIDATION_FAILED, "预约时间不能早于当前时间"));
            } else if (proposed.isAfter(now.plusDays(MAX_PROPOSAL_DAYS))) {
                problems.add(new Violation(ErrorCode.VALIDATION_FAILED,
                        "预约时间须在" + MAX_PROPOSAL_DAYS + "天之内"));
            }
        }
        return problems;
    }

    /**
     * The case against the applicant (seeds 000-002): a party applies only for cases in their own name; only archived
     * cases (已归档) may be applied for, except where the court lets a lawyer on record (代理人, 案件绑定) read a case still
     * in trial (seed 002, 广州: "若律师名下的案件是审理状态，且系统中没有律师信息，需要先申请案件绑定"; seeds 000/001 allow
     * archived cases only, spec-004.md §17.9); at such a court a lawyer not on record is told to apply for 案件绑定
     * first, and a party is still refused (no seed lets a party read a case in trial). For an archived case the
     * materials suffice, bound or not. A case never digitised (未电子化) is read on site, not online. Returns the first
     * broken rule (each one makes the later ones moot), empty = may apply.
     *
     * @param partyInOwnName       the applicant is a party (当事人) of this case in their own name
     * @param agentOnRecord        the applicant is a lawyer bound to a party of this case (代理人)
     * @param agentsMayReadInTrial the court's setting: a lawyer on record may read a case still in trial
     */
    public static List<Violation> checkCase(Role applicant, CaseStatus status, boolean digitised, ReadingMode requested,
                                            boolean partyInOwnName, boolean agentOnRecord, boolean agentsMayReadInTrial) {
        if (applicant == Role.PARTY && !partyInOwnName) {
            return List.of(Violation.of(ErrorCode.NOT_OWN_CASE));
        }
        if (status != CaseStatus.ARCHIVED) {
            if (!agentsMayReadInTrial) {
                return List.of(new Violation(ErrorCode.CASE_NOT_ARCHIVED, "该案件目前为“" + status.label()
                        + "”状态，本院目前只支持申请查阅已归档的案件"));
            }
            if (applicant != Role.LAWYER) {
                return List.of(new Violation(ErrorCode.CASE_NOT_ARCHIVED, "该案件目前为“" + status.label()
                        + "”状态，本院只允许已绑定案件的代理律师申请查阅审理中的案件，当事人只能申请查阅已归档的案件"));
            }
            if (!agentOnRecord) {
                return List.of(Violation.of(ErrorCode.BINDING_REQUIRED));
            }
        }
        if (!digitised && requested == ReadingMode.ONLINE) {
            // The code's sentence speaks of archived cases; a case in trial gets its own.
            return List.of(status == CaseStatus.ARCHIVED ? Violation.of(ErrorCode.CASE_NOT_DIGITISED)
                    : new Violation(ErrorCode.CASE_NOT_DIGITISED,
                    "该案件尚未电子化，不支持查阅方式为“网上查阅”，请切换查阅方式为“现场查阅”"));
        }
        return List.of();
    }

    /**
     * The uploaded materials, one entry per file: each of a type this applicant may upload, at most
     * {@value #MAX_MATERIAL_FILES} files, and every required type present (the detail names the missing ones).
     */
    public static List<Violation> checkMaterials(Role applicant, Collection<MaterialType> uploaded) {
        List<Violation> problems = new ArrayList<>();
        Set<MaterialType> allowed = allowedMaterials(applicant);
        Set<MaterialType> refused = EnumSet.noneOf(MaterialType.class);
        for (MaterialType t : uploaded) {
            if (!allowed.contains(t)) {
                refused.add(t);
            }
        }
        for (MaterialType t : refused) {
            problems.add(new Violation(ErrorCode.MATERIAL_TYPE_NOT_ALLOWED,
                    applicant.label() + "申请阅卷无需上传“" + t.label() + "”"));
        }
        if (uploaded.size() > MAX_MATERIAL_FILES) {
            problems.add(new Violation(ErrorCode.VALIDATION_FAILED, "申请材料至多 " + MAX_MATERIAL_FILES + " 个文件"));
        }
        Set<MaterialType> missing = missingMaterials(applicant, uploaded);
        if (!missing.isEmpty()) {
            problems.add(new Violation(ErrorCode.MATERIAL_MISSING, "请上传" + applicant.label() + "申请阅卷所需的材料："
                    + String.join("、", missing.stream().map(MaterialType::label).toList())));
        }
        return problems;
    }

    /** Whether a detected media type (e.g. {@code image/png}) is one a material may have. */
    public static boolean acceptedMaterialContentType(String mediaType) {
        return mediaType != null && MATERIAL_CONTENT_TYPES.contains(mediaType);
    }

    /** Materials each applicant type must upload (seed 002 fig. 13: lawyer's four, a party's ID card). */
    public static Set<MaterialType> requiredMaterials(Role applicant) {
        return switch (applicant) {
            case LAWYER -> EnumSet.of(MaterialType.LAWYER_LICENCE, MaterialType.LAW_FIRM_LETTER,
                    MaterialType.POWER_OF_ATTORNEY, MaterialType.PARTY_IDENTITY);
            case PARTY -> EnumSet.of(MaterialType.ID_CARD);
            default -> throw new IllegalArgumentException(applicant + " does not apply to read case files");
        };
    }

    /** Materials each applicant type may upload (required ones plus optional extras). */
    public static Set<MaterialType> allowedMaterials(Role applicant) {
        Set<MaterialType> allowed = EnumSet.copyOf(requiredMaterials(applicant));
        allowed.add(MaterialType.ID_CARD);
        allowed.add(MaterialType.WORK_CARD);
        return allowed;
    }

    /** The required types missing from {@code uploaded}, empty when complete. */
    public static Set<MaterialType> missingMaterials(Role applicant, Collection<MaterialType> uploaded) {
        Set<MaterialType> missing = EnumSet.copyOf(requiredMaterials(applicant));
        missing.removeAll(uploaded);
        return missing;
    }

    /**
     * What the applicant and the judge see: a stored 审查通过 becomes 已过期 once the validity date (online)
     * or the on-site window's last day has passed. {@code today} is the court's local date.
     *
     * <p>An on-site visit the reading room recorded as attended (是否到场 = 是) was used, not missed: it stays
     * 审查通过 after its window, as seed 002 fig. 14 shows (状态: 通过 beside 是否到场 是). Only a missed window means
     * "apply again" (seed 002).
     *
     * @param attended whether 是否到场 was recorded as 是 (false when not recorded or 否)
     */
    public static RequestStatus effectiveStatus(RequestStatus stored, ReadingMode mode, LocalDate validUntil,
                                                LocalDate onSiteEnd, boolean attended, LocalDate today) {
        if (stored != RequestStatus.APPROVED || mode == null) {
            return stored;
        }
        if (mode == ReadingMode.ON_SITE && attended) {
            return stored;
        }
        LocalDate last = mode == ReadingMode.ONLINE ? validUntil : onSiteEnd;
        return last != null && today.isAfter(last) ? RequestStatus.EXPIRED : stored;
    }

    /** Whether an online approval can still be read on {@code today} (the last day counts). */
    public static boolean onlineReadable(RequestStatus stored, ReadingMode mode, LocalDate validUntil, LocalDate today) {
        return stored == RequestStatus.APPROVED && mode == ReadingMode.ONLINE
                && validUntil != null && !today.isAfter(validUntil);
    }

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** How far ahead of the server's clock a recorded time may be: workstation clocks drift by minutes. */
    public static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(5);

    /**
     * Checks the reading-room record of an on-site visit (domain.md §1: 是否到场, 借阅时间, 还卷时间) before it is stored.
     * Times are only for a visit that happened; the file is borrowed on a day of the approved window (起始时间 to 截止时间,
     * both days included) and returned not before it was borrowed; neither happened later than {@code now}. Returns every
     * broken rule (empty = valid); when a time is missing where another needs it, the later rules are moot.
     *
     * @param windowStart first day of the approved on-site window, null when none was recorded (nothing to check)
     * @param now         the court's local time now, from the server's clock; a time up to {@link #CLOCK_SKEW} later
     *                    is taken as now (a reading-room PC whose clock runs a little ahead is not refused)
     */
    public static List<Violation> checkAttendance(AttendanceRecord a, LocalDate windowStart, LocalDate windowEnd,
                                                  LocalDateTime now) {
        LocalDateTime borrowed = a.borrowedAt();
        LocalDateTime returned = a.returnedAt();
        if (!a.attended() && (borrowed != null || returned != null)) {
            return List.of(new Violation(ErrorCode.VALIDATION_FAILED, "未到场不能填写借阅时间或还卷时间"));
        }
        if (returned != null && borrowed == null) {
            return List.of(new Violation(ErrorCode.VALIDATION_FAILED, "请先填写借阅时间"));
        }
        List<Violation> problems = new ArrayList<>();
        if (borrowed == null) {
            return problems;
        }
        if (windowStart != null && windowEnd != null
                && (borrowed.toLocalDate().isBefore(windowStart) || borrowed.toLocalDate().isAfter(windowEnd))) {
            problems.add(new Violation(ErrorCode.ATTENDANCE_TIME_OUTSIDE_WINDOW, "借阅时间（" + borrowed.format(MINUTES)
                    + "）须在批准的现场阅卷时间段 " + windowStart + " 至 " + windowEnd + " 之内"));
        }
        LocalDateTime latest = now.plus(CLOCK_SKEW);
        if (borrowed.isAfter(latest)) {
            problems.add(new Violation(ErrorCode.ATTENDANCE_TIME_IN_FUTURE, "借阅时间（" + borrowed.format(MINUTES)
                    + "）不能晚于当前时间（" + now.format(MINUTES) + "）"));
        }
        if (returned != null && returned.isBefore(borrowed)) {
            problems.add(new Violation(ErrorCode.VALIDATION_FAILED, "还卷时间不能早于借阅时间"));
        }
        if (returned != null && returned.isAfter(latest)) {
            problems.add(new Violation(ErrorCode.ATTENDANCE_TIME_IN_FUTURE, "还卷时间（" + returned.format(MINUTES)
                    + "）不能晚于当前时间（" + now.format(MINUTES) + "）"));
        }
        return problems;
    }

    /**
     * Checks a judge's decision before it is stored or queued. Returns the problems, each code once (empty = valid),
     * so the workstation can show all of them at once and the server can refuse with the first.
     *
     * @param digitised whether the case file was scanned: an online approval needs it
     */
    public static List<ErrorCode> validateDecision(ReviewDecision d, boolean digitised, LocalDate today) {
        List<ErrorCode> problems = new ArrayList<>();
        if (d.opinion() == null) {
            problems.add(ErrorCode.DECISION_OPINION_REQUIRED);
            return problems;
        }
        if (d.explanation() == null || d.explanation().isBlank()) {
            problems.add(ErrorCode.DECISION_EXPLANATION_REQUIRED);
        } else if (d.explanation().length() > 1000) {
            problems.add(ErrorCode.TEXT_TOO_LONG);
        }
        if (d.replyNote() != null && d.replyNote().length() > 1000 && !problems.contains(ErrorCode.TEXT_TOO_LONG)) {
            problems.add(ErrorCode.TEXT_TOO_LONG);
        }
        if (d.opinion() == ReviewOpinion.DISAGREE) {
            return problems;
        }
        if (d.mode() == null) {
            problems.add(ErrorCode.DECISION_MODE_REQUIRED);
            return problems;
        }
        if (d.mode() == ReadingMode.ONLINE) {
            if (!digitised) {
                problems.add(ErrorCode.CASE_NOT_DIGITISED);
            }
            if (d.validUntil() == null) {
                problems.add(ErrorCode.DECISION_VALID_UNTIL_REQUIRED);
            } else if (d.validUntil().isBefore(today) || d.validUntil().isAfter(today.plusDays(MAX_ONLINE_VALIDITY_DAYS))) {
                problems.add(ErrorCode.DECISION_VALID_UNTIL_OUT_OF_RANGE);
            }
        } else {
            if (d.onSiteStart() == null || d.onSiteEnd() == null) {
                problems.add(ErrorCode.DECISION_WINDOW_REQUIRED);
            } else if (d.onSiteStart().isBefore(today) || d.onSiteEnd().isBefore(d.onSiteStart())
                    || d.onSiteEnd().isAfter(d.onSiteStart().plusDays(MAX_ON_SITE_WINDOW_DAYS))) {
                problems.add(ErrorCode.DECISION_WINDOW_INVALID);
            }
        }
        return problems;
    }
}
