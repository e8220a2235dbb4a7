package org.courtdesk.app.ui.investigation;

import java.time.LocalDate;
import java.time.ZoneId;

import org.courtdesk.app.ui.reading.QueueQuery;
import org.courtdesk.model.investigation.InvestigationView;

/**
 * The query conditions of the 调查令 queue (spec-004 §6: 案号, 申请日期, 状态): the status, one text matched against the
 * 案号 (also the 申请编号, the lawyer and the 被调查人), and the 申请日期 from–to in the court's dates.
 */
public record InvestigationQuery(InvestigationStatusFilter status, String text, LocalDate from, LocalDate to) {

    public static final InvestigationQuery DEFAULT = new InvestigationQuery(InvestigationStatusFilter.ALL, "", null, null);

    public InvestigationQuery {
        status = status == null ? InvestigationStatusFilter.ALL : status;
        text = QueueQuery.normalize(text);
    }

    public InvestigationQuery withStatus(InvestigationStatusFilter s) {
        return new InvestigationQuery(s, text, from, to);
    }

    public InvestigationQuery withText(String t) {
        return new InvestigationQuery(status, t, from, to);
    }

    public InvestigationQuery withDates(LocalDate f, LocalDate t) {
        return new InvestigationQuery(status, text, f, t);
    }

    public boolean matches(InvestigationRow row, ZoneId zone) {
        if (!status.matches(row.shownStatus())) {
            return false;
        }
        InvestigationView v = row.view();
        if (!text.isEmpty() && !(has(v.caseNumber()) || has(v.applicationNo()) || has(v.applicantName())
                || has(v.subject()))) {
            return false;
        }
        LocalDate d = v.submittedAt() == null ? null : LocalDate.ofInstant(v.submittedAt(), zone);
        if (from != null && (d == null || d.isBefore(from))) {
            return false;
        }
        return to == null || (d != null && !d.isAfter(to));
    }

    private boolean has(String value) {
        return QueueQuery.normalize(value).contains(text);
    }
}
