package org.courtdesk.app.ui.reading;

import java.time.LocalDate;
import java.util.Locale;

import org.courtdesk.app.workspace.ReadingQueueRow;

/**
 * The query conditions of the 阅卷申请 queue (状态, 案号 or 申请编号, 申请人, 申请日期 from–to). Text matches ignore case,
 * spaces and the width of parentheses, so "(2021)粤01" finds "（2021）粤01民初1号" and "yj2022000007" finds
 * "YJ2022000007". The one number box (Ctrl+F) takes either number: the applicant quotes the 申请编号 they were given,
 * the file says the 案号.
 */
public record QueueQuery(StatusFilter status, String caseNumber, String applicant, LocalDate from, LocalDate to) {

    public static final QueueQuery DEFAULT = new QueueQuery(StatusFilter.PENDING_REVIEW, "", "", null, null);

    public QueueQuery {
        status = status == null ? StatusFilter.ALL : status;
        caseNumber = normalize(caseNumber);
        applicant = normalize(applicant);
    }

    public QueueQuery withStatus(StatusFilter s) {
        return new QueueQuery(s, caseNumber, applicant, from, to);
    }

    public QueueQuery withCaseNumber(String s) {
        return new QueueQuery(status, s, applicant, from, to);
    }

    public QueueQuery withApplicant(String s) {
        return new QueueQuery(status, caseNumber, s, from, to);
    }

    public QueueQuery withDates(LocalDate f, LocalDate t) {
        return new QueueQuery(status, caseNumber, applicant, f, t);
    }

    public boolean matches(ReadingQueueRow row) {
        if (!status.matches(row)) {
            return false;
        }
        if (!caseNumber.isEmpty() && !normalize(row.caseNumber()).contains(caseNumber)
                && !normalize(row.applicationNo()).contains(caseNumber)) {
            return false;
        }
        if (!applicant.isEmpty() && !normalize(row.applicantName()).contains(applicant)) {
            return false;
        }
        LocalDate d = row.applicationDate();
        if (from != null && (d == null || d.isBefore(from))) {
            return false;
        }
        return to == null || (d != null && !d.isAfter(to));
    }

    /** Lower case, no white space, half-width parentheses. */
    public static String normalize(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            if (c == '（') {
                c = '(';
            } else if (c == '）') {
                c = ')';
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
