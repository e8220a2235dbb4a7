package org.courtdesk.model.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.courtdesk.model.account.Role;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.Test;

class ContactRulesTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    static ContactForm form(List<LocalDateTime> times) {
        return new ContactForm("粤0106", "（2026）粤0106民初501号", "商谈调解方案", times, ContactWay.IN_PERSON);
    }

    static List<ErrorCode> codes(List<ContactRules.Violation> v) {
        return v.stream().map(ContactRules.Violation::code).toList();
    }

    @Test
    void aWellFormedRequestPasses() {
        assertThat(ContactRules.checkForm(form(List.of(NOW.plusDays(1), NOW.plusDays(2))), NOW)).isEmpty();
        assertThat(ContactRules.checkApplicant(Role.PARTY, true)).isEmpty();
        assertThat(ContactRules.checkApplicant(Role.LAWYER, true)).isEmpty();
    }

    @Test
    void refusals() {
        assertThat(codes(ContactRules.checkApplicant(Role.JUDGE, true))).containsExactly(ErrorCode.FORBIDDEN);
        assertThat(codes(ContactRules.checkApplicant(Role.PARTY, false))).containsExactly(ErrorCode.IDENTITY_NOT_VERIFIED);
        assertThat(codes(ContactRules.checkForm(form(List.of()), NOW))).containsExactly(ErrorCode.CONTACT_TIMES_INVALID);
        assertThat(codes(ContactRules.checkForm(form(List.of(NOW.minusHours(1))), NOW)))
                .containsExactly(ErrorCode.CONTACT_TIMES_INVALID);
        assertThat(codes(ContactRules.checkForm(form(List.of(NOW.plusDays(1), NOW.plusDays(1))), NOW)))
                .containsExactly(ErrorCode.CONTACT_TIMES_INVALID);
        assertThat(codes(ContactRules.checkForm(form(List.of(NOW.plusDays(1), NOW.plusDays(2), NOW.plusDays(3),
                NOW.plusDays(4))), NOW))).containsExactly(ErrorCode.CONTACT_TIMES_INVALID);
        assertThat(codes(ContactRules.checkForm(new ContactForm(" ", "x", " ", null, null), NOW))).containsExactly(
                ErrorCode.COURT_UNKNOWN, ErrorCode.CASE_NUMBER_INVALID, ErrorCode.CONTACT_PURPOSE_REQUIRED,
                ErrorCode.CONTACT_TIMES_INVALID, ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void aReplyNeedsAResultContentAndForAgreementATimeAndPlace() {
        UUID k = UUID.randomUUID();
        assertThat(codes(ContactRules.checkReply(new ContactReply(k, 1, null, null, null, null, "x"), NOW)))
                .containsExactly(ErrorCode.CONTACT_RESULT_REQUIRED);
        assertThat(codes(ContactRules.checkReply(new ContactReply(k, 1, ContactResult.DECLINE, null, null, null, " "), NOW)))
                .containsExactly(ErrorCode.CONTACT_CONTENT_REQUIRED);
        assertThat(ContactRules.checkReply(new ContactReply(k, 1, ContactResult.WRITTEN, null, null, null, "书面答复如下"), NOW))
                .isEmpty();
        assertThat(codes(ContactRules.checkReply(new ContactReply(k, 1, ContactResult.AGREE, NOW.minusDays(1), "第三调解室",
                ContactWay.IN_PERSON, "同意"), NOW))).containsExactly(ErrorCode.CONTACT_MEETING_REQUIRED);
        assertThat(codes(ContactRules.checkReply(new ContactReply(k, 1, ContactResult.AGREE, NOW.plusDays(1), " ",
                ContactWay.IN_PERSON, "同意"), NOW))).containsExactly(ErrorCode.CONTACT_MEETING_REQUIRED);
        assertThat(ContactRules.checkReply(new ContactReply(k, 1, ContactResult.AGREE, NOW.plusDays(1), "第三调解室",
                ContactWay.IN_PERSON, "同意约见"), NOW)).isEmpty();
    }

    @Test
    void theReplyPeriod() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        LocalDate due = ContactRules.replyDue(day, 3);
        assertThat(due).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(ContactRules.urgency(due, day)).isEqualTo(ContactRules.Urgency.LATER);
        assertThat(ContactRules.urgency(due, due.minusDays(1))).isEqualTo(ContactRules.Urgency.DUE_SOON);
        assertThat(ContactRules.urgency(due, due)).isEqualTo(ContactRules.Urgency.DUE_TODAY);
        assertThat(ContactRules.urgency(due, due.plusDays(1))).isEqualTo(ContactRules.Urgency.OVERDUE);
        assertThat(ContactRules.mayReply(RequestStatus.AWAITING_REPLY)).isTrue();
        assertThat(ContactRules.mayReply(RequestStatus.REPLIED)).isFalse();
    }
}
