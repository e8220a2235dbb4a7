package org.courtdesk.model.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.courtdesk.model.filing.FilingMaterialType.*;
import static org.courtdesk.model.request.RequestStatus.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.filing.FilingRules.Profile;
import org.courtdesk.model.filing.FilingRules.Violation;
import org.courtdesk.model.filing.FilingTimeLimit.Urgency;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.model.request.RequestStatus;
import org.courtdesk.model.request.Transitions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of 网上立案 (spec-004 §2): each one's success and its refusal. */
class FilingRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final ZoneId COURT = ZoneId.of("Asia/Shanghai");
    static final UUID KEY = UUID.fromString("0b7e4c1e-6a43-4c43-9a8e-2f1f0d1c9b11");
    static final Profile FULL_PROFILE = new Profile("陈律师", "13800000000", "440106199001011234", "广东某某律师事务所");

    static List<ErrorCode> codes(List<Violation> v) {
        return v.stream().map(Violation::code).toList();
    }

    static FilingParty plaintiff() {
        return new FilingParty(PartyRole.PLAINTIFF, PartyType.PERSON, "张三", "440106199001011234", "广州市天河区体育西路1号",
                "13800000001", null);
    }

    static FilingParty defendant() {
        return new FilingParty(PartyRole.DEFENDANT, PartyType.ORGANISATION, "广州某某贸易有限公司", null,
                "广州市越秀区中山五路2号", null, null);
    }

    static FilingForm form(List<FilingParty> parties, String amount) {
        return new FilingForm("粤0106", parties, "买卖合同纠纷", "判令被告支付货款 12,345.60 元", "原告向被告供货，被告未付款。",
                amount == null ? null : new BigDecimal(amount));
    }

    static FilingForm validForm() {
        return form(List.of(plaintiff(), defendant()), "12345.6");
    }

    // ------------------------------------------------------------------ applicant

    @Nested
    class Applicant {

        @Test
        void aVerifiedPartyOrLawyerWithACompleteProfileMayFile() {
            assertThat(FilingRules.checkApplicant(Role.LAWYER, true, FULL_PROFILE)).isEmpty();
            assertThat(FilingRules.checkApplicant(Role.PARTY, true, new Profile("张三", "13800000001", "4401", null)))
                    .as("a party has no law firm").isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"JUDGE", "CLERK", "CENTRE_REVIEWER"})
        void courtStaffDoNotFile(Role staff) {
            assertThat(codes(FilingRules.checkApplicant(staff, true, FULL_PROFILE))).containsExactly(ErrorCode.FORBIDDEN);
            assertThatThrownBy(() -> FilingRules.requiredMaterials(staff)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void anUnverifiedApplicantIsRefusedBeforeTheProfileIsLookedAt() {
            List<Violation> v = FilingRules.checkApplicant(Role.PARTY, false, null);
            assertThat(codes(v)).containsExactly(ErrorCode.IDENTITY_NOT_VERIFIED);
        }

        @Test
        void anIncompleteProfileIsRefusedNamingTheMissingFields() {
            List<Violation> v = FilingRules.checkApplicant(Role.LAWYER, true, new Profile("陈律师", " ", "4401", null));
            assertThat(codes(v)).containsExactly(ErrorCode.PROFILE_INCOMPLETE);
            assertThat(v.get(0).message()).contains("手机号码", "所在律师事务所").doesNotContain("真实姓名");
            assertThat(FilingRules.missingProfileFields(Role.PARTY, null)).containsExactly("真实姓名", "手机号码", "证件号码");
        }
    }

    // ------------------------------------------------------------------ form

    @Nested
    class Form {

        @Test
        void aCompleteFormPasses() {
            assertThat(FilingRules.checkForm(validForm())).isEmpty();
            FilingParty company = new FilingParty(PartyRole.PLAINTIFF, PartyType.ORGANISATION, "广州甲公司",
                    "91440101MA5XXXXXXX", "广州市", "020-12345678", "李四");
            FilingParty third = new FilingParty(PartyRole.THIRD_PARTY, PartyType.PERSON, "王五", null, null, null, null);
            assertThat(FilingRules.checkForm(form(List.of(company, defendant(), third), "0"))).isEmpty();
        }

        @Test
        void anEmptyFormNamesEveryProblemAtOnceInFormOrder() {
            FilingForm empty = new FilingForm(" ", null, null, "", null, null);
            List<Violation> v = FilingRules.checkForm(empty);
            assertThat(codes(v).get(0)).isEqualTo(ErrorCode.COURT_UNKNOWN);
            assertThat(codes(v)).containsExactly(ErrorCode.COURT_UNKNOWN, ErrorCode.FILING_PLAINTIFF_REQUIRED,
                    ErrorCode.FILING_DEFENDANT_REQUIRED, ErrorCode.FILING_CAUSE_REQUIRED,
                    ErrorCode.FILING_CLAIMS_REQUIRED, ErrorCode.FILING_FACTS_REQUIRED, ErrorCode.FILING_AMOUNT_INVALID);
        }

        @Test
        void aPlaintiffWithoutADefendantIsRefused() {
            assertThat(codes(FilingRules.checkForm(form(List.of(plaintiff()), "1"))))
                    .containsExactly(ErrorCode.FILING_DEFENDANT_REQUIRED);
        }

        @Test
        void eachPartyGivesWhatItsRoleAndTypeNeed() {
            FilingParty bareCompany = new FilingParty(PartyRole.PLAINTIFF, PartyType.ORGANISATION, "广州甲公司", null,
                    "广州市", null, null);
            FilingParty nameless = new FilingParty(PartyRole.DEFENDANT, PartyType.PERSON, " ", null, null, null, null);
            FilingParty noRole = new FilingParty(null, PartyType.PERSON, "赵六", null, null, null, null);
            List<Violation> v = FilingRules.checkForm(form(List.of(bareCompany, nameless, noRole, defendant()), "1"));
            assertThat(codes(v)).containsOnly(ErrorCode.FILING_PARTY_INCOMPLETE).hasSize(3);
            assertThat(v.get(0).message()).startsWith("第1位当事人（原告 广州甲公司）")
                    .contains("统一社会信用代码", "法定代表人或主要负责人", "联系电话").doesNotContain("住所");
            assertThat(v.get(1).message()).startsWith("第2位当事人（被告）").contains("姓名", "住所")
                    .doesNotContain("联系电话");
            assertThat(v.get(2).message()).contains("第3位当事人", "诉讼地位");
        }

        @Test
        void overlongTextsAreRefused() {
            FilingParty longName = new FilingParty(PartyRole.PLAINTIFF, PartyType.PERSON, "长".repeat(101), "4401",
                    "广州", "138", null);
            FilingForm f = new FilingForm("粤0106", List.of(longName, defendant()), "案".repeat(101), "请求",
                    "理".repeat(10001), BigDecimal.ONE);
            List<Violation> v = FilingRules.checkForm(f);
            assertThat(codes(v)).containsExactly(ErrorCode.TEXT_TOO_LONG, ErrorCode.TEXT_TOO_LONG, ErrorCode.TEXT_TOO_LONG);
            assertThat(v.get(0).message()).contains("名称不能超过 100 字");
            assertThat(v.get(1).message()).contains("案由");
            assertThat(v.get(2).message()).contains("事实与理由");
        }

        @Test
        void tooManyPartiesAreRefused() {
            List<FilingParty> many = new ArrayList<>(Collections.nCopies(FilingRules.MAX_PARTIES, plaintiff()));
            many.add(defendant());
            assertThat(codes(FilingRules.checkForm(form(many, "1")))).containsExactly(ErrorCode.VALIDATION_FAILED);
            assertThat(FilingRules.checkForm(form(many.subList(FilingRules.MAX_PARTIES - 1, many.size()), "1"))).isEmpty();
        }

        @Test
        void theAmountIsNonNegativeInFenAndWithinTheColumn() {
            assertThat(FilingRules.checkForm(form(List.of(plaintiff(), defendant()), "0.00"))).isEmpty();
            assertThat(FilingRules.checkForm(form(List.of(plaintiff(), defendant()), "999999999999999.99"))).isEmpty();
            for (String bad : List.of("-0.01", "1.005", "1000000000000000")) {
                List<Violation> v = FilingRules.checkForm(form(List.of(plaintiff(), defendant()), bad));
                assertThat(codes(v)).as(bad).containsExactly(ErrorCode.FILING_AMOUNT_INVALID);
            }
        }

        @Test
        void amountsAreKeptInFenSoEqualAmountsCompareEqual() {
            assertThat(form(List.of(), "1234.5").amountInDispute()).isEqualTo(new BigDecimal("1234.50"));
            assertThat(form(List.of(), "1E+3").amountInDispute()).isEqualTo(new BigDecimal("1000.00"));
            assertThat(form(List.of(), "1.230").amountInDispute()).isEqualTo(new BigDecimal("1.23"));
            assertThat(form(List.of(), "1.005").amountInDispute()).as("not rounded").isEqualTo(new BigDecimal("1.005"));
            assertThat(form(List.of(), "1234.5")).isEqualTo(form(List.of(), "1234.50"));
        }
    }

    // ------------------------------------------------------------------ materials

    @Nested
    class Materials {

        @Test
        void aPartyUploadsComplaintIdentityAndEvidence() {
            assertThat(FilingRules.requiredMaterials(Role.PARTY)).containsExactlyInAnyOrder(COMPLAINT, PARTY_IDENTITY, EVIDENCE);
            assertThat(FilingRules.checkMaterials(Role.PARTY, List.of(COMPLAINT, PARTY_IDENTITY, EVIDENCE, EVIDENCE, OTHER)))
                    .isEmpty();
        }

        @Test
        void aLawyerAlsoUploadsPowerOfAttorneyLicenceAndFirmLetter() {
            assertThat(FilingRules.requiredMaterials(Role.LAWYER)).containsExactlyInAnyOrder(COMPLAINT, PARTY_IDENTITY,
                    EVIDENCE, POWER_OF_ATTORNEY, LAWYER_LICENCE, LAW_FIRM_LETTER);
            List<Violation> v = FilingRules.checkMaterials(Role.LAWYER, List.of(COMPLAINT, PARTY_IDENTITY, EVIDENCE));
            assertThat(codes(v)).containsExactly(ErrorCode.MATERIAL_MISSING);
            assertThat(v.get(0).message()).contains("授权委托书", "律师执业证", "律师事务所证明").doesNotContain("起诉状");
        }

        @Test
        void aPartyHasNoLawyersPapersToSend() {
            List<Violation> v = FilingRules.checkMaterials(Role.PARTY,
                    List.of(COMPLAINT, PARTY_IDENTITY, EVIDENCE, LAWYER_LICENCE, LAWYER_LICENCE));
            assertThat(codes(v)).containsExactly(ErrorCode.MATERIAL_TYPE_NOT_ALLOWED);
            assertThat(v.get(0).message()).contains("律师执业证");
        }

        @Test
        void nothingUploadedNamesEveryRequiredType() {
            List<Violation> v = FilingRules.checkMaterials(Role.PARTY, List.of());
            assertThat(codes(v)).containsExactly(ErrorCode.MATERIAL_MISSING);
            assertThat(v.get(0).message()).contains("起诉状", "当事人身份证明", "证据材料");
        }

        @Test
        void tooManyFilesAreRefused() {
            List<FilingMaterialType> files = new ArrayList<>(List.of(COMPLAINT, PARTY_IDENTITY));
            files.addAll(Collections.nCopies(FilingRules.MAX_MATERIAL_FILES - 1, EVIDENCE));
            assertThat(codes(FilingRules.checkMaterials(Role.PARTY, files))).containsExactly(ErrorCode.VALIDATION_FAILED);
            assertThat(FilingRules.checkMaterials(Role.PARTY, files.subList(0, FilingRules.MAX_MATERIAL_FILES))).isEmpty();
        }
    }

    // ------------------------------------------------------------------ who reviews, what is offered

    @Nested
    class Offered {

        @Test
        void theJudgeInChargeAndEveryCentreReviewerOfTheCourtReview() {
            assertThat(FilingRules.mayReview(Role.JUDGE, "粤0106", "粤0106", true)).isTrue();
            assertThat(FilingRules.mayReview(Role.CENTRE_REVIEWER, "粤0106", "粤0106", false)).isTrue();
        }

        @Test
        void anotherJudgeAnotherCourtsReviewerAClerkOrAnApplicantDoNot() {
            assertThat(FilingRules.mayReview(Role.JUDGE, "粤0106", "粤0106", false)).isFalse();
            assertThat(FilingRules.mayReview(Role.CENTRE_REVIEWER, "粤01", "粤0106", false)).isFalse();
            assertThat(FilingRules.mayReview(Role.JUDGE, "粤01", "粤0106", true)).isFalse();
            assertThat(FilingRules.mayReview(Role.CLERK, "粤0106", "粤0106", true)).isFalse();
            assertThat(FilingRules.mayReview(Role.LAWYER, null, "粤0106", false)).isFalse();
        }

        @Test
        void reviewWhileReceivedTakeInOnConformsMessageAlways() {
            assertThat(FilingRules.offeredActions(FILING_RECEIVED)).containsExactlyInAnyOrder(FilingAction.REVIEW, FilingAction.MESSAGE);
            assertThat(FilingRules.offeredActions(FILING_CONFORMS)).containsExactlyInAnyOrder(FilingAction.TAKE_IN, FilingAction.MESSAGE);
            assertThat(FilingRules.offeredActions(FILING_RETURNED)).containsExactly(FilingAction.MESSAGE);
            assertThat(FilingRules.offeredActions(FILING_FILED)).containsExactly(FilingAction.MESSAGE);
        }

        @Test
        void whatIsOfferedFollowsTheStatusTable() {
            for (RequestStatus s : Transitions.statuses(RequestKind.ONLINE_FILING)) {
                boolean review = FilingRules.offeredActions(s).contains(FilingAction.REVIEW);
                assertThat(review).as("%s", s).isEqualTo(Transitions.decisionsFrom(RequestKind.ONLINE_FILING, s)
                        .containsAll(List.of(FILING_CONFORMS, FILING_RETURNED)));
                assertThat(FilingRules.offeredActions(s).contains(FilingAction.TAKE_IN)).as("%s", s)
                        .isEqualTo(Transitions.allowed(RequestKind.ONLINE_FILING, s, FILING_FILED));
            }
        }

        @Test
        void takingInANonConformingFilingIsRefusedNamingTheStatus() {
            assertThat(FilingRules.checkIntake(FILING_CONFORMS)).isEmpty();
            for (RequestStatus s : List.of(FILING_RECEIVED, FILING_RETURNED, FILING_FILED)) {
                List<Violation> v = FilingRules.checkIntake(s);
                assertThat(codes(v)).as("%s", s).containsExactly(ErrorCode.ILLEGAL_TRANSITION);
                assertThat(v.get(0).message()).contains("“" + s.label() + "”", "收案");
            }
        }

        @Test
        void messagesAreCheckedForTextOnly() {
            assertThat(FilingRules.checkMessage(new FilingMessagePost(KEY, "请补充证据原件"))).isEmpty();
            assertThat(codes(FilingRules.checkMessage(new FilingMessagePost(KEY, "  "))))
                    .containsExactly(ErrorCode.FILING_MESSAGE_REQUIRED);
            assertThat(codes(FilingRules.checkMessage(new FilingMessagePost(KEY, "留".repeat(501)))))
                    .containsExactly(ErrorCode.TEXT_TOO_LONG);
        }
    }

    // ------------------------------------------------------------------ 审查

    @Nested
    class Review {

        static FilingConclusionDecision conforms() {
            return new FilingConclusionDecision(KEY, 3, FilingConclusion.CONFORMS, null, null, null, null);
        }

        static FilingConclusionDecision supplement(List<String> items, LocalDate deadline) {
            return new FilingConclusionDecision(KEY, 3, FilingConclusion.RETURNED, ReturnKind.SUPPLEMENT, items, deadline, null);
        }

        static FilingConclusionDecision notAccepted(String reasons) {
            return new FilingConclusionDecision(KEY, 3, FilingConclusion.RETURNED, ReturnKind.NOT_ACCEPTED, null, null, reasons);
        }

        @Test
        void anOpinionIsSavedOnlyWhileReceived() {
            assertThat(FilingRules.checkOpinion(new FilingOpinionSave(KEY, 3, "材料齐全，符合立案条件"), FILING_RECEIVED)).isEmpty();
            List<Violation> v = FilingRules.checkOpinion(new FilingOpinionSave(KEY, 3, "意见"), FILING_CONFORMS);
            assertThat(codes(v)).containsExactly(ErrorCode.ILLEGAL_TRANSITION);
            assertThat(v.get(0).message()).contains("审查", "“符”");
        }

        @Test
        void anOpinionIsWrittenAndNotTooLong() {
            assertThat(codes(FilingRules.checkOpinion(new FilingOpinionSave(KEY, 3, null), FILING_RECEIVED)))
                    .containsExactly(ErrorCode.DECISION_EXPLANATION_REQUIRED);
            assertThat(codes(FilingRules.checkOpinion(new FilingOpinionSave(KEY, 3, "意".repeat(2001)), FILING_RECEIVED)))
                    .containsExactly(ErrorCode.TEXT_TOO_LONG);
        }

        @Test
        void conformsAfterASavedOpinion() {
            assertThat(FilingRules.checkConclusion(conforms(), FILING_RECEIVED, "符合立案条件", TODAY)).isEmpty();
        }

        @Test
        void aConclusionBeforeTheOpinionWasSavedIsRefused() {
            List<Violation> v = FilingRules.checkConclusion(conforms(), FILING_RECEIVED, null, TODAY);
            assertThat(codes(v)).containsExactly(ErrorCode.DECISION_EXPLANATION_REQUIRED);
            assertThat(v.get(0).message()).contains("先", "保存");
        }

        @ParameterizedTest
        @EnumSource(value = RequestStatus.class, names = {"FILING_CONFORMS", "FILING_RETURNED", "FILING_FILED"})
        void reviewingAFilingNotReceivedIsRefused(RequestStatus status) {
            assertThat(codes(FilingRules.checkConclusion(conforms(), status, "意见", TODAY)))
                    .containsExactly(ErrorCode.ILLEGAL_TRANSITION);
        }

        @Test
        void aConclusionIsChosenAndConformsCarriesNoReturn() {
            assertThat(codes(FilingRules.checkConclusion(
                    new FilingConclusionDecision(KEY, 3, null, null, null, null, null), FILING_RECEIVED, "意见", TODAY)))
                    .containsExactly(ErrorCode.FILING_CONCLUSION_REQUIRED);
            FilingConclusionDecision mixed = new FilingConclusionDecision(KEY, 3, FilingConclusion.CONFORMS, null,
                    List.of("起诉状原件"), null, null);
            assertThat(codes(FilingRules.checkConclusion(mixed, FILING_RECEIVED, "意见", TODAY)))
                    .containsExactly(ErrorCode.VALIDATION_FAILED);
        }

        @Test
        void aReturnSaysWhichKind() {
            FilingConclusionDecision d = new FilingConclusionDecision(KEY, 3, FilingConclusion.RETURNED, null, null, null, null);
            assertThat(codes(FilingRules.checkConclusion(d, FILING_RECEIVED, "意见", TODAY)))
                    .containsExactly(ErrorCode.FILING_RETURN_KIND_REQUIRED);
        }

        @Test
        void aSupplementListsEverythingAtOnceWithADeadlineWithinThirtyDays() {
            assertThat(FilingRules.checkConclusion(supplement(List.of("起诉状副本", "被告身份信息"), TODAY.plusDays(15)),
                    FILING_RECEIVED, "材料不齐", TODAY)).isEmpty();
            assertThat(FilingRules.checkConclusion(supplement(List.of("起诉状副本"), TODAY.plusDays(30)),
                    FILING_RECEIVED, "材料不齐", TODAY)).isEmpty();
        }

        @Test
        void aSupplementWithoutItemsOrWithABadDeadlineIsRefused() {
            assertThat(codes(FilingRules.checkConclusion(supplement(List.of(), null), FILING_RECEIVED, "意见", TODAY)))
                    .containsExactly(ErrorCode.FILING_SUPPLEMENT_ITEMS_REQUIRED, ErrorCode.FILING_SUPPLEMENT_DEADLINE_INVALID);
            assertThat(codes(FilingRules.checkConclusion(supplement(List.of("证据", " "), TODAY), FILING_RECEIVED,
                    "意见", TODAY)))
                    .containsExactly(ErrorCode.FILING_SUPPLEMENT_ITEMS_REQUIRED, ErrorCode.FILING_SUPPLEMENT_DEADLINE_INVALID);
            assertThat(codes(FilingRules.checkConclusion(supplement(List.of("证据"), TODAY.plusDays(31)),
                    FILING_RECEIVED, "意见", TODAY))).containsExactly(ErrorCode.FILING_SUPPLEMENT_DEADLINE_INVALID);
            assertThat(codes(FilingRules.checkConclusion(supplement(List.of("项".repeat(201)), TODAY.plusDays(5)),
                    FILING_RECEIVED, "意见", TODAY))).containsExactly(ErrorCode.TEXT_TOO_LONG);
            FilingConclusionDecision withReasons = new FilingConclusionDecision(KEY, 3, FilingConclusion.RETURNED,
                    ReturnKind.SUPPLEMENT, List.of("证据"), TODAY.plusDays(5), "不符合起诉条件");
            assertThat(codes(FilingRules.checkConclusion(withReasons, FILING_RECEIVED, "意见", TODAY)))
                    .containsExactly(ErrorCode.VALIDATION_FAILED);
        }

        @Test
        void notAcceptedGivesReasonsAndNoSupplement() {
            assertThat(FilingRules.checkConclusion(notAccepted("不属于人民法院受理民事诉讼的范围"), FILING_RECEIVED, "意见", TODAY))
                    .isEmpty();
            assertThat(codes(FilingRules.checkConclusion(notAccepted(" "), FILING_RECEIVED, "意见", TODAY)))
                    .containsExactly(ErrorCode.FILING_REFUSAL_REASONS_REQUIRED);
            FilingConclusionDecision mixed = new FilingConclusionDecision(KEY, 3, FilingConclusion.RETURNED,
                    ReturnKind.NOT_ACCEPTED, List.of("证据"), TODAY.plusDays(3), "理由");
            assertThat(codes(FilingRules.checkConclusion(mixed, FILING_RECEIVED, "意见", TODAY)))
                    .containsExactly(ErrorCode.VALIDATION_FAILED);
        }
    }

    // ------------------------------------------------------------------ the applicant's supplement

    @Nested
    class Supplement {

        @Test
        void aFilingReturnedForSupplementingTakesFilesUpToTheDeadline() {
            assertThat(FilingRules.checkSupplement(Role.PARTY, FILING_RETURNED, ReturnKind.SUPPLEMENT, TODAY, TODAY,
                    List.of(EVIDENCE, OTHER))).isEmpty();
        }

        @Test
        void notAcceptedOrNotReturnedOrPastTheDeadlineIsClosed() {
            assertThat(codes(FilingRules.checkSupplement(Role.PARTY, FILING_RETURNED, ReturnKind.NOT_ACCEPTED,
                    null, TODAY, List.of(EVIDENCE)))).containsExactly(ErrorCode.FILING_SUPPLEMENT_CLOSED);
            assertThat(codes(FilingRules.checkSupplement(Role.PARTY, FILING_RECEIVED, null, null, TODAY,
                    List.of(EVIDENCE)))).containsExactly(ErrorCode.FILING_SUPPLEMENT_CLOSED);
            List<Violation> late = FilingRules.checkSupplement(Role.PARTY, FILING_RETURNED, ReturnKind.SUPPLEMENT,
                    TODAY.minusDays(1), TODAY, List.of(EVIDENCE));
            assertThat(codes(late)).containsExactly(ErrorCode.FILING_SUPPLEMENT_CLOSED);
            assertThat(late.get(0).message()).contains("补正期限（" + TODAY.minusDays(1) + "）已过");
            assertThat(FilingRules.checkSupplement(Role.PARTY, FILING_RETURNED, ReturnKind.SUPPLEMENT, null, TODAY,
                    List.of(EVIDENCE)).get(0).message()).startsWith("补正期限已过");
        }

        @Test
        void aSupplementCarriesAtLeastOneAllowedFile() {
            assertThat(codes(FilingRules.checkSupplement(Role.PARTY, FILING_RETURNED, ReturnKind.SUPPLEMENT,
                    TODAY.plusDays(3), TODAY, List.of()))).containsExactly(ErrorCode.MATERIAL_MISSING);
            assertThat(codes(FilingRules.checkSupplement(Role.PARTY, FILING_RETURNED, ReturnKind.SUPPLEMENT,
                    TODAY.plusDays(3), TODAY, List.of(LAW_FIRM_LETTER)))).containsExactly(ErrorCode.MATERIAL_TYPE_NOT_ALLOWED);
        }
    }

    // ------------------------------------------------------------------ the 7 days

    @Nested
    class SevenDays {

        /** 2026-11-16 10:00 in Guangzhou. */
        static final Instant RECEIVED = Instant.parse("2026-11-16T02:00:00Z");

        FilingTimeLimit on(LocalDate today) {
            return FilingRules.timeLimit(RECEIVED, null, today, COURT);
        }

        @Test
        void theDayOfReceiptDoesNotCountAndTheSeventhDayIsTheLast() {
            FilingTimeLimit first = on(LocalDate.of(2026, 11, 16));
            assertThat(first).isEqualTo(new FilingTimeLimit(LocalDate.of(2026, 11, 16), 0, LocalDate.of(2026, 11, 23), 7, Urgency.OK));
            assertThat(on(LocalDate.of(2026, 11, 20)).urgency()).as("day 4").isEqualTo(Urgency.OK);
            assertThat(on(LocalDate.of(2026, 11, 21))).as("day 5 warns")
                    .extracting(FilingTimeLimit::daysElapsed, FilingTimeLimit::daysLeft, FilingTimeLimit::urgency)
                    .containsExactly(5L, 2L, Urgency.WARN);
            assertThat(on(LocalDate.of(2026, 11, 23))).as("day 7 is still in time")
                    .extracting(FilingTimeLimit::daysLeft, FilingTimeLimit::urgency).containsExactly(0L, Urgency.WARN);
            assertThat(on(LocalDate.of(2026, 11, 24))).as("after day 7")
                    .extracting(FilingTimeLimit::daysElapsed, FilingTimeLimit::daysLeft, FilingTimeLimit::urgency)
                    .containsExactly(8L, -1L, Urgency.OVERDUE);
        }

        @Test
        void theDateIsTheCourtsNotUtcs() {
            Instant lateEvening = Instant.parse("2026-11-16T17:30:00Z"); // 2026-11-17 01:30 in Guangzhou
            assertThat(FilingRules.timeLimit(lateEvening, null, TODAY, COURT).clockStart()).isEqualTo(LocalDate.of(2026, 11, 17));
            assertThat(FilingRules.timeLimit(lateEvening, null, TODAY, ZoneId.of("UTC")).clockStart())
                    .isEqualTo(LocalDate.of(2026, 11, 16));
        }

        @Test
        void aSupplementRestartsTheClock() {
            Instant supplemented = Instant.parse("2026-11-25T03:00:00Z");
            LocalDate today = LocalDate.of(2026, 11, 27);
            assertThat(FilingRules.timeLimit(RECEIVED, null, today, COURT).urgency()).isEqualTo(Urgency.OVERDUE);
            FilingTimeLimit restarted = FilingRules.timeLimit(RECEIVED, supplemented, today, COURT);
            assertThat(restarted).isEqualTo(new FilingTimeLimit(LocalDate.of(2026, 11, 25), 2, LocalDate.of(2026, 12, 2), 5, Urgency.OK));
            // A supplement time before receipt (bad data) does not move the clock back.
            assertThat(FilingRules.timeLimit(RECEIVED, RECEIVED.minusSeconds(86400 * 3), TODAY, COURT)).isEqualTo(on(TODAY));
        }

        @Test
        void theClockRunsWhileReceivedOrConformsOnly() {
            assertThat(FilingRules.clockRuns(FILING_RECEIVED)).isTrue();
            assertThat(FilingRules.clockRuns(FILING_CONFORMS)).isTrue();
            assertThat(FilingRules.clockRuns(FILING_RETURNED)).isFalse();
            assertThat(FilingRules.clockRuns(FILING_FILED)).isFalse();
        }
    }
}
