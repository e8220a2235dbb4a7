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
        return new ReadingApplicationForm(court, number, "全案卷宗", "代理需要", mode, agreed);
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
        ReadingApplicationForm f = new ReadingApplicationForm(null, "（2023）粤0106民X1号", "", " ", null, false);
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

    @Test
    void theCaseRulesInTheSeedsOrder() {
        // a party: own case only, then archived only, then digitised for online
        assertThat(codes(ReadingRules.checkCase(Role.PARTY, CaseStatus.ARCHIVED, true, ReadingMode.ONLINE, false, false)))
                .containsExactly(ErrorCode.NOT_OWN_CASE);
        assertThat(codes(ReadingRules.checkCase(Role.PARTY, CaseStatus.IN_TRIAL, true, ReadingMode.ONLINE, true, false)))
                .containsExactly(ErrorCode.CASE_NOT_ARCHIVED);
        assertThat(ReadingRules.checkCase(Role.PARTY, CaseStatus.ARCHIVED, true, ReadingMode.ONLINE, true, false)).isEmpty();
        // a lawyer: in trial and not on record -> case binding first; on record but in trial -> archived only
        assertThat(codes(ReadingRules.checkCase(Role.LAWYER, CaseStatus.IN_TRIAL, false, ReadingMode.ON_SITE, false, false)))
                .containsExactly(ErrorCode.BINDING_REQUIRED);
        assertThat(codes(ReadingRules.checkCase(Role.LAWYER, CaseStatus.IN_TRIAL, false, ReadingMode.ON_SITE, false, true)))
                .containsExactly(ErrorCode.CASE_NOT_ARCHIVED);
        // archived: the materials suffice, bound or not
        assertThat(ReadingRules.checkCase(Role.LAWYER, CaseStatus.ARCHIVED, true, ReadingMode.ONLINE, false, false)).isEmpty();
        // never digitised: on site only
        assertThat(codes(ReadingRules.checkCase(Role.LAWYER, CaseStatus.ARCHIVED, false, ReadingMode.ONLINE, false, true)))
                .containsExactly(ErrorCode.CASE_NOT_DIGITISED);
        assertThat(ReadingRules.checkCase(Role.LAWYER, CaseStatus.ARCHIVED, false, ReadingMode.ON_SITE, false, true)).isEmpty();
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
