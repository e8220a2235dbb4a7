package org.courtdesk.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.Test;

class EvidenceRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final String CASE = "（2026）粤0106民初1234号";

    static EvidenceExchangeCreate create(EvidenceProcedure p, LocalDate plaintiff, LocalDate defendant, LocalDate cross) {
        return new EvidenceExchangeCreate(null, CASE, p, plaintiff, defendant, null, cross, null);
    }

    @Test
    void defaultsFollowTheProcedure() {
        EvidenceDeadlines d = EvidenceRules.withDefaults(create(EvidenceProcedure.SMALL_CLAIMS, null, null, null), TODAY);
        assertThat(d.plaintiff()).isEqualTo(TODAY.plusDays(7));
        assertThat(d.defendant()).isEqualTo(TODAY.plusDays(7));
        assertThat(d.crossExamination()).isEqualTo(TODAY.plusDays(7 + EvidenceRules.DEFAULT_CROSS_DAYS));
        assertThat(EvidenceRules.checkCreate(create(EvidenceProcedure.ORDINARY, null, null, null), TODAY)).isEmpty();
        assertThat(EvidenceRules.withDefaults(create(EvidenceProcedure.SECOND_INSTANCE, null, null, null), TODAY).plaintiff())
                .isEqualTo(TODAY.plusDays(10));
    }

    @Test
    void lengthsOutsideTheLawAreRefused() {
        // ordinary: at least 15 days
        assertThat(EvidenceRules.checkCreate(create(EvidenceProcedure.ORDINARY, TODAY.plusDays(14), null, null), TODAY))
                .extracting(EvidenceRules.Violation::code).containsExactly(ErrorCode.EVIDENCE_DEADLINE_INVALID, ErrorCode.EVIDENCE_DEADLINE_INVALID);
        // small claims: at most 7 days; the defendant's own date is checked too
        assertThat(EvidenceRules.checkCreate(create(EvidenceProcedure.SMALL_CLAIMS, TODAY.plusDays(7), TODAY.plusDays(8), null), TODAY))
                .extracting(EvidenceRules.Violation::message).singleElement().asString().contains("被告");
        // per side where they differ
        assertThat(EvidenceRules.checkCreate(create(EvidenceProcedure.ORDINARY, TODAY.plusDays(15), TODAY.plusDays(20), null), TODAY))
                .isEmpty();
        // 质证期限 after the last 举证期限
        assertThat(EvidenceRules.checkCreate(create(EvidenceProcedure.ORDINARY, TODAY.plusDays(15), TODAY.plusDays(20),
                TODAY.plusDays(20)), TODAY)).extracting(EvidenceRules.Violation::code)
                .containsExactly(ErrorCode.EVIDENCE_CROSS_DEADLINE_INVALID);
    }

    @Test
    void aChangeNeedsAReasonAndADifference() {
        EvidenceDeadlines d = new EvidenceDeadlines(TODAY.plusDays(3), TODAY.plusDays(3), null, TODAY.plusDays(13));
        assertThat(EvidenceRules.checkChange(d, new EvidenceDeadlineChange(null, 0, TODAY.plusDays(10), null, null, null, "当事人申请延期"),
                RequestStatus.EVIDENCE_PRODUCING, TODAY)).isEmpty();
        assertThat(EvidenceRules.checkChange(d, new EvidenceDeadlineChange(null, 0, null, null, null, null, " "),
                RequestStatus.EVIDENCE_PRODUCING, TODAY)).extracting(EvidenceRules.Violation::code)
                .containsExactly(ErrorCode.EVIDENCE_CHANGE_NOTHING, ErrorCode.EVIDENCE_CHANGE_REASON_REQUIRED);
        assertThat(EvidenceRules.checkChange(d, new EvidenceDeadlineChange(null, 0, TODAY.plusDays(20), null, null, null, "延期"),
                RequestStatus.EVIDENCE_PRODUCING, TODAY)).extracting(EvidenceRules.Violation::code)
                .containsExactly(ErrorCode.EVIDENCE_CROSS_DEADLINE_INVALID);
        assertThat(EvidenceRules.checkChange(d, new EvidenceDeadlineChange(null, 0, TODAY.plusDays(5), null, null, null, "延期"),
                RequestStatus.EVIDENCE_REVIEWED, TODAY)).extracting(EvidenceRules.Violation::code)
                .containsExactly(ErrorCode.EVIDENCE_EXCHANGE_CLOSED);
    }

    @Test
    void theClockMovesProducingToCrossExaminingAndLateIsAfterTheLastDay() {
        EvidenceDeadlines d = new EvidenceDeadlines(TODAY, TODAY.plusDays(2), null, TODAY.plusDays(12));
        assertThat(EvidenceRules.isLate(d, EvidenceSide.PLAINTIFF, TODAY)).isFalse();
        assertThat(EvidenceRules.isLate(d, EvidenceSide.PLAINTIFF, TODAY.plusDays(1))).isTrue();
        assertThat(EvidenceRules.isLate(d, EvidenceSide.THIRD_PARTY, TODAY.plusDays(1))).isFalse();
        assertThat(EvidenceRules.effectiveStatus(RequestStatus.EVIDENCE_PRODUCING, d, TODAY.plusDays(2)))
                .isEqualTo(RequestStatus.EVIDENCE_PRODUCING);
        assertThat(EvidenceRules.effectiveStatus(RequestStatus.EVIDENCE_PRODUCING, d, TODAY.plusDays(3)))
                .isEqualTo(RequestStatus.CROSS_EXAMINING);
        assertThat(EvidenceRules.effectiveStatus(RequestStatus.EVIDENCE_REVIEWED, d, TODAY.plusDays(3)))
                .isEqualTo(RequestStatus.EVIDENCE_REVIEWED);
    }

    @Test
    void entriesAndCrossExaminations() {
        assertThat(EvidenceRules.checkEntry(new EvidenceEntry(null, 1, "借条", "原告持有", "借款事实", 1))).isEmpty();
        assertThat(EvidenceRules.checkEntry(new EvidenceEntry(null, 0, " ", "原告持有", "借款事实", 0)))
                .extracting(EvidenceRules.Violation::code).containsOnly(ErrorCode.EVIDENCE_ENTRY_INVALID).hasSize(3);
        assertThat(EvidenceRules.checkCrossExam(new CrossExamForm(1, "认可", "认可", "认可", false, null))).isEmpty();
        assertThat(EvidenceRules.checkCrossExam(new CrossExamForm(1, "不认可", "认可", "认可", true, " ")))
                .extracting(EvidenceRules.Violation::message).containsExactly("有异议时须写明异议理由");
        assertThat(EvidenceRules.checkCrossExam(new CrossExamForm(1, null, "认可", "认可", null, null))).hasSize(2);
    }
}
