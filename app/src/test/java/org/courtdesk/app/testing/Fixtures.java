package org.courtdesk.app.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.courtdesk.app.cache.DocumentStore;
import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.AttendanceRecord;
import org.courtdesk.model.api.MaterialRef;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.api.ReviewInfo;
import org.courtdesk.model.api.UserInfo;
import org.courtdesk.model.reading.MaterialType;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;
import org.courtdesk.model.request.RequestStatus;

/** Realistic test data. */
public final class Fixtures {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final UserInfo JUDGE = new UserInfo(7, "wangfg", "王法官", Role.JUDGE, "粤0106", true);
    public static final UserInfo LAWYER = new UserInfo(9, "lilawyer", "李律师", Role.LAWYER, null, true);

    private Fixtures() {}

    public static String caseNumber(long id) {
        return "(2025)粤0106民初" + (1000 + id) + "号";
    }

    public static ReadingRequestView request(long id, long version) {
        return request(id, version, RequestStatus.PENDING_REVIEW, null, List.of());
    }

    public static ReadingRequestView request(long id, long version, RequestStatus status, ReviewInfo review,
                                             List<MaterialRef> materials) {
        return new ReadingRequestView(id, "YJ2026" + String.format("%05d", id), caseNumber(id), "张三诉李四买卖合同纠纷",
                "粤0106", "广州市天河区人民法院", 100 + id, "申请人" + id, Role.LAWYER, TODAY.minusDays(3),
                Instant.parse("2026-11-20T01:00:00Z").plusSeconds(id), "全案卷宗", "代理诉讼需要", ReadingMode.ONLINE,
                true, status, version, "王法官", review, null, materials, List.of());
    }

    public static ReadingRequestView withVersion(ReadingRequestView v, long version, String reason) {
        return new ReadingRequestView(v.id(), v.applicationNo(), v.caseNumber(), v.caseTitle(), v.courtCode(),
                v.courtName(), v.applicantId(), v.applicantName(), v.applicantRole(), v.applicationDate(),
                v.submittedAt(), v.content(), reason, v.requestedMode(), v.caseDigitised(), v.status(), version,
                v.judgeName(), v.review(), v.visit(), v.materials(), v.audit());
    }

    /** 同意, online until a week from {@link #TODAY}; key and base left for the workspace to set. */
    public static ReviewDecision agreeOnline() {
        return new ReviewDecision(null, 0, ReviewOpinion.AGREE, "符合条件，同意在线阅卷", ReadingMode.ONLINE,
                TODAY.plusDays(7), null, null, null);
    }

    /** 审查通过 for on-site reading from yesterday to tomorrow of {@link #TODAY}, attendance not recorded. */
    public static ReadingRequestView approvedOnSite(long id, long version) {
        ReviewInfo review = new ReviewInfo("王法官", TODAY.minusDays(2), ReviewOpinion.AGREE, "同意现场阅卷",
                ReadingMode.ON_SITE, null, TODAY.minusDays(1), TODAY.plusDays(1), null);
        return request(id, version, RequestStatus.APPROVED, review, List.of());
    }

    /** 到场, borrowed at 09:00 and returned at 09:40 of {@link #TODAY}; key and base left for the workspace. */
    public static AttendanceRecord attendedThisMorning() {
        return new AttendanceRecord(null, 0, true, TODAY.atTime(9, 0), TODAY.atTime(9, 40));
    }

    public static ReviewDecision disagree() {
        return new ReviewDecision(null, 0, ReviewOpinion.DISAGREE, "材料不全", null, null, null, null, null);
    }

    public static byte[] pdfBytes(String marker) {
        return ("%PDF-1.4\n% " + marker + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    public static MaterialRef material(long id, byte[] bytes) {
        return new MaterialRef(id, MaterialType.LAWYER_LICENCE, "律师证.pdf", "application/pdf", bytes.length,
                DocumentStore.sha256Hex(bytes));
    }

    /** A 网上立案 in 收, received this morning, for the routed-action tests. */
    public static org.courtdesk.model.filing.FilingView filing(long id, long version) {
        return new org.courtdesk.model.filing.FilingView(id, String.format("LA20261123%05d", id), null, "粤0106",
                "广州市天河区人民法院", 9, "李律师", Role.LAWYER, TODAY.atTime(9, 0).toInstant(java.time.ZoneOffset.ofHours(8)),
                null, List.of(new org.courtdesk.model.filing.FilingParty(org.courtdesk.model.filing.PartyRole.PLAINTIFF,
                        org.courtdesk.model.filing.PartyType.PERSON, "张三", "440106199001011234", "广州市天河区", "13800000001",
                        null)), "民间借贷纠纷", "判令被告偿还借款", "被告借款未还", new java.math.BigDecimal("1000.00"),
                RequestStatus.FILING_RECEIVED, version, "王法官", null, null, List.of(), List.of(), List.of());
    }

    /** The same filing at another version and status. */
    public static org.courtdesk.model.filing.FilingView filing(org.courtdesk.model.filing.FilingView v, long version,
                                                              RequestStatus status) {
        return new org.courtdesk.model.filing.FilingView(v.id(), v.applicationNo(), v.caseNumber(), v.courtCode(),
                v.courtName(), v.applicantId(), v.applicantName(), v.applicantRole(), v.submittedAt(),
                v.lastSupplementAt(), v.parties(), v.causeOfAction(), v.claims(), v.factsAndReasons(),
                v.amountInDispute(), status, version, v.judgeName(), v.review(), v.filedAt(), v.materials(),
                v.messages(), v.audit());
    }
}
