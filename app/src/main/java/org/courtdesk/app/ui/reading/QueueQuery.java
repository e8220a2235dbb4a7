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
        return matches(row, normalize(row.caseNumber()), normalize(row.applicationNo()), normalize(row.applicantName()));
    }

    /** {@link #matches(ReadingQueueRow)} with the row's texts already {@link #normalize normalised} (kept per row). */
    public boolean matches(ReadingQueueRow row, String caseKey, String applicationNoKey, String applicantKey) {
        if (!status.matches(row)) {
            return false;
        }
        if (!caseNumber.isEmpty() && !caseKey.contains(caseNumber) && !applicationNoKey.contains(caseNumber)) {
            return false;
        }
        if (!applicant.isEmpty() && !applicantKey.contains(applicant)) {
            return false;
        }
        LocalDate d = row.applicationDate();
        if (from != null && (d == null || d.isBefore(from))) {
            return false;
        }
        return to == null || (d != null && !d.isAfter(to));
    }

    /**
     * Whether every row this query matches is among those {@code wider} matched: the same conditions, and each text
     * the same or longer around the earlier one (a query growing as the judge types). The earlier result can then be
     * narrowed instead of searching every row again.
     */
    public boolean narrows(QueueQuery wider) {
        return wider != null && status == wider.status && java.util.Objects.equals(from, wider.from)
                && java.util.Objects.equals(to, wider.to) && caseNumber.contains(wider.caseNumber)
                && applicant.contains(wider.applicant);
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
