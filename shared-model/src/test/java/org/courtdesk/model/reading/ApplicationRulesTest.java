package org.courtdesk.model.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReadingApplicationForm;
import org.courtdesk.model.reading.ReadingRules.Violation;
import org.junit.jupiter.api.Test;

/** The applicant's rules of domain.md §1 as {@link ReadingRules} states them, without I/O. */
class ApplicationRulesTest {

    /** The court's current year in these tests. */
    static final int YEAR = 2026;

    private static List<ErrorCode> codes(List<Violation> v) {
        return v.stream().map(Violation::code).toList();
    }

    private static ReadingApplicationForm form(String court, String number, ReadingMode mode, boolean agreed) {
        return new ReadingApplicationForm(court, number, "全案卷宗", "代理需要", mode, agreed, 1);
    }

    @Test
    void onlyVerifiedLawyersAndPartiesMayApply() {
        assertThat(ReadingRules.checkApplicant(Role.LAWYER, true)).isEmpty();
        assertThat(ReadingRules.checkApplicant(Role.PARTY, true)).isEmpty();
        assertThat(codes(ReadingRules.checkApplicant(Role.PARTY, false))).containsExactly(ErrorCode.IDENTITY_NOT_VERIFIED);
        for (Role staff : List.of(Role.JUDGE, Role.CLERK, Role.CENTRE_REVIEWER)) {
            assertThat(codes(ReadingRules.checkApplicant(staff, true))).containsExactly(ErrorCode.FORBIDDEN);
        }
    }

    @Test
    void aCompleteFormPassesWithEitherParenthesisWidth() {
        assertThat(ReadingRules.checkForm(form("粤0106", "（2023）粤0106民初12345号", ReadingMode.ONLINE, true), YEAR)).isEmpty();
        assertThat(ReadingRules.checkForm(form("粤01", "(2021)粤01民终1号", ReadingMode.ON_SITE, true), YEAR)).isEmpty();
    }

    @Test
    void theFormNamesEveryProblemInOrder() {
        ReadingApplicationForm f = new ReadingApplicationForm(null, "（2023）粤0106民X1号", "", " ", null, false, 1);
        List<Violation> v = ReadingRules.checkForm(f, YEAR);
        assertThat(codes(v)).containsExactly(ErrorCode.COURT_UNKNOWN, ErrorCode.AGREEMENT_NOT_ACCEPTED,
                ErrorCode.CASE_NUMBER_INVALID, ErrorCode.APPLICATION_CONTENT_REQUIRED,
                ErrorCode.APPLICATION_REASON_REQUIRED, ErrorCode.READING_MODE_REQUIRED);
        assertThat(v.get(2).message()).contains("类型代字");
        assertThat(v.get(0).message()).isEqualTo(ErrorCode.COURT_UNKNOWN.message());
    }

    @Test
    void aCaseNumberReceivedNextYearIsRefusedAsInvalid() {
        List<Violation> v = ReadingRules.checkForm(form("粤0106", "（2027）粤0106民初1号", ReadingMode.ONLINE, true), YEAR);
        assertThat(codes(v)).containsExactly(ErrorCode.CASE_NUMBER_INVALID);
        assertThat(v.get(0).message()).contains("晚于今年");
        assertThat(ReadingRules.checkForm(form("粤0106", "（2026）粤0106民初1号", ReadingMode.ONLINE, true), YEAR)).isEmpty();
    }

    @Test
    void aCaseNumberOfAnotherCourtIsNotACaseOfTheChosenCourt() {
        List<Violation> v = ReadingRules.checkForm(form("粤0106", "（2023）粤01民终12号", ReadingMode.ONLINE, true), YEAR);
        assertThat(codes(v)).containsExactly(ErrorCode.CASE_NOT_FOUND);
        assertThat(v.get(0).message()).contains("粤01").contains("粤0106");
    }

    /** A court reading archived cases only (seeds 000/001, 粤公正 and 东莞), the default. */
    static final boolean ARCHIVED_ONLY = false;
    /** A court letting a lawyer on record read a case in trial (seed 002, 广州). */
    static final boolean AGENTS_IN_TRIAL = true;

    private static List<ErrorCode> caseRules(Role role, CaseStatus status, boolean digitised, ReadingMode mode,
                                             boolean ownCase, boolean onRecord, boolean setting) {
        return codes(ReadingRules.checkCase(role, status, digitised, mode, ownCase, onRecord, setting));
    }

    @Test
    void theCaseRulesInTheSeedsOrder() {
        // a party: own case only, then archived only, then digitised for online
        assertThat(caseRules(Role.PARTY, CaseStatus.ARCHIVED, true, ReadingMode.ONLINE, false, false, ARCHIVED_ONLY))
                .containsExactly(ErrorCode.NOT_OWN_CASE);
        assertThat(caseRules(Role.PARTY, CaseStatus.IN_TRIAL, true, ReadingMode.ONLINE, true, false, ARCHIVED_ONLY))
                .containsExactly(ErrorCode.CASE_NOT_ARCHIVED);
        assertThat(caseRules(Role.PARTY, CaseStatus.ARCHIVED, true, ReadingMode.ONLINE, true, false, ARCHIVED_ONLY)).isEmpty();
        // archived: the materials suffice, bound or not
        assertThat(caseRules(Role.LAWYER, CaseStatus.ARCHIVED, true, ReadingMode.ONLINE, false, false, ARCHIVED_ONLY)).isEmpty();
        // never digitised: on site only
        assertThat(caseRules(Role.LAWYER, CaseStatus.ARCHIVED, false, ReadingMode.ONLINE, false, true, ARCHIVED_ONLY))
                .containsExactly(ErrorCode.CASE_NOT_DIGITISED);
        assertThat(caseRules(Role.LAWYER, CaseStatus.ARCHIVED, false, ReadingMode.ON_SITE, false, true, ARCHIVED_ONLY)).isEmpty();
    }

    @Test
    void aCourtReadingArchivedCasesOnlyRefusesACaseInTrialToEveryone() {
        // seeds 000/001: "目前只支持申请已归档的案件" — binding would not help, so it is not asked for
        for (boolean onRecord : List.of(true, false)) {
            List<Violation> v = ReadingRules.checkCase(Role.LAWYER, CaseStatus.IN_TRIAL, true, ReadingMode.ON_SITE,
                    false, onRecord, ARCHIVED_ONLY);
            assertThat(codes(v)).containsExactly(ErrorCode.CASE_NOT_ARCHIVED);
            assertThat(v.get(0).message()).contains("审理中").contains("已归档");
        }
        assertThat(caseRules(Role.PARTY, CaseStatus.IN_TRIAL, true, ReadingMode.ON_SITE, true, false, ARCHIVED_ONLY))
                .containsExactly(ErrorCode.CASE_NOT_ARCHIVED);
    }

    @Test
    void aCourtLettingAgentsReadInTrialAcceptsALawyerOnRecord() {
        // seed 002: a lawyer on record reads a case in trial; not on record, case binding comes first
        assertThat(caseRules(Role.LAWYER, CaseStatus.IN_TRIAL, true, ReadingMode.ONLINE, false, true, AGENTS_IN_TRIAL)).isEmpty();
        assertThat(caseRules(Role.LAWYER, CaseStatus.IN_TRIAL, false, ReadingMode.ON_SITE, false, true, AGENTS_IN_TRIAL)).isEmpty();
        assertThat(caseRules(Role.LAWYER, CaseStatus.IN_TRIAL, true, ReadingMode.ONLINE, false, false, AGENTS_IN_TRIAL))
                .containsExactly(ErrorCode.BINDING_REQUIRED);
        // a case in trial never scanned: on site only, with a sentence that does not call it archived
        List<Violation> notScanned = ReadingRules.checkCase(Role.LAWYER, CaseStatus.IN_TRIAL, false, ReadingMode.ONLINE,
                false, true, AGENTS_IN_TRIAL);
        assertThat(codes(notScanned)).containsExactly(ErrorCode.CASE_NOT_DIGITISED);
        assertThat(notScanned.get(0).message()).contains("现场查阅").doesNotContain("已归档");
        // archived cases are read as everywhere
        assertThat(caseRules(Role.LAWYER, CaseStatus.ARCHIVED, true, ReadingMode.ONLINE, false, false, AGENTS_IN_TRIAL)).isEmpty();
        assertThat(caseRules(Role.PARTY, CaseStatus.ARCHIVED, true, ReadingMode.ONLINE, true, false, AGENTS_IN_TRIAL)).isEmpty();
    }

    @Test
    void aPartyIsRefusedACaseInTrialEvenWhereAgentsMayReadIt() {
        List<Violation> v = ReadingRules.checkCase(Role.PARTY, CaseStatus.IN_TRIAL, true, ReadingMode.ONLINE, true, false,
                AGENTS_IN_TRIAL);
        assertThat(codes(v)).containsExactly(ErrorCode.CASE_NOT_ARCHIVED);
        assertThat(v.get(0).message()).contains("代理律师").contains("当事人");
        // and not their own case: that comes first
        assertThat(caseRules(Role.PARTY, CaseStatus.IN_TRIAL, true, ReadingMode.ONLINE, false, false, AGENTS_IN_TRIAL))
                .containsExactly(ErrorCode.NOT_OWN_CASE);
    }

    @Test
    void materialsByApplicantType() {
        assertThat(ReadingRules.checkMaterials(Role.LAWYER, List.of(MaterialType.LAWYER_LICENCE, MaterialType.LAW_FIRM_LETTER,
                MaterialType.POWER_OF_ATTORNEY, MaterialType.PARTY_IDENTITY, MaterialType.WORK_CARD))).isEmpty();
        List<Violation> missing = ReadingRules.checkMaterials(Role.LAWYER, List.of(MaterialType.LAWYER_LICENCE));
        assertThat(codes(missing)).containsExactly(ErrorCode.MATERIAL_MISSING);
        assertThat(missing.get(0).message()).contains("律所介绍信或证明").contains("当事人身份证明").doesNotContain("执业证");
        assertThat(ReadingRules.checkMaterials(Role.PARTY, List.of(MaterialType.ID_CARD, MaterialType.ID_CARD))).isEmpty();
        assertThat(codes(ReadingRules.checkMaterials(Role.PARTY, List.of(MaterialType.ID_CARD, MaterialType.LAWYER_LICENCE))))
                .containsExactly(ErrorCode.MATERIAL_TYPE_NOT_ALLOWED);
        assertThat(codes(ReadingRules.checkMaterials(Role.PARTY,
                java.util.Collections.nCopies(ReadingRules.MAX_MATERIAL_FILES + 1, MaterialType.ID_CARD))))
                .containsExactly(ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void materialTypesByContent() {
        assertThat(ReadingRules.acceptedMaterialContentType("application/pdf")).isTrue();
        assertThat(ReadingRules.acceptedMaterialContentType("image/jpeg")).isTrue();
        assertThat(ReadingRules.acceptedMaterialContentType("image/png")).isTrue();
        assertThat(ReadingRules.acceptedMaterialContentType("text/plain")).isFalse();
        assertThat(ReadingRules.acceptedMaterialContentType("image/gif")).isFalse();
        assertThat(ReadingRules.acceptedMaterialContentType(null)).isFalse();
    }
}
