package org.courtdesk.app.ui.filing;

import java.time.LocalDate;
import java.time.ZoneId;

import org.courtdesk.app.ui.reading.QueueQuery;
import org.courtdesk.model.filing.FilingParty;
import org.courtdesk.model.filing.FilingView;

/**
 * The query conditions of the 网上立案 queue (spec-004 §2 screen 1 ①): 状态, one free text (流水号, 案号, 案由, the
 * applicant's, the parties' and the judge's names — whatever the caller quotes), and the 提交时间 from–to in the
 * court's dates. Text is matched like the 阅卷 queue's ({@link QueueQuery#normalize}).
 */
public record FilingQuery(FilingStatusFilter status, String text, LocalDate from, LocalDate to) {

    public static final FilingQuery DEFAULT = new FilingQuery(FilingStatusFilter.ALL, "", null, null);

    public FilingQuery {
        status = status == null ? FilingStatusFilter.ALL : status;
        text = QueueQuery.normalize(text);
    }

    public FilingQuery withStatus(FilingStatusFilter s) {
        return new FilingQuery(s, text, from, to);
    }

    public FilingQuery withText(String t) {
        return new FilingQuery(status, t, from, to);
    }

    public FilingQuery withDates(LocalDate f, LocalDate t) {
        return new FilingQuery(status, text, f, t);
    }

    public boolean matches(FilingRow row, ZoneId zone) {
        if (!status.matches(row.shownStatus())) {
            return false;
        }
        FilingView v = row.view();
        if (!text.isEmpty() && !matchesText(v)) {
            return false;
        }
        LocalDate d = v.submittedAt() == null ? null : LocalDate.ofInstant(v.submittedAt(), zone);
        if (from != null && (d == null || d.isBefore(from))) {
            return false;
        }
        return to == null || (d != null && !d.isAfter(to));
    }

    private boolean matchesText(FilingView v) {
        if (has(v.applicationNo()) || has(v.caseNumber()) || has(v.causeOfAction()) || has(v.applicantName())
                || has(v.judgeName())) {
            return true;
        }
        if (v.parties() != null) {
            for (FilingParty p : v.parties()) {
                if (p != null && has(p.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean has(String value) {
        return QueueQuery.normalize(value).contains(text);
    }
}
