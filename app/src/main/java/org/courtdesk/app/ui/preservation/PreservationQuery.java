package org.courtdesk.app.ui.preservation;

import java.time.LocalDate;
import java.time.ZoneId;

import org.courtdesk.app.ui.reading.QueueQuery;
import org.courtdesk.model.preservation.PreservationView;

/**
 * The query conditions of the 诉讼保全 queue (spec-004 §5: 案号, 申请日期, 状态): the status, one text matched against the
 * 案号 (also the 申请编号 and the parties' names, as a caller quotes them), and the 申请日期 from–to in the court's dates.
 */
public record PreservationQuery(PreservationStatusFilter status, String text, LocalDate from, LocalDate to) {

    public static final PreservationQuery DEFAULT = new PreservationQuery(PreservationStatusFilter.ALL, "", null, null);

    public PreservationQuery {
        status = status == null ? PreservationStatusFilter.ALL : status;
        text = QueueQuery.normalize(text);
    }

    public PreservationQuery withStatus(PreservationStatusFilter s) {
        return new PreservationQuery(s, text, from, to);
    }

    public PreservationQuery withText(String t) {
        return new PreservationQuery(status, t, from, to);
    }

    public PreservationQuery withDates(LocalDate f, LocalDate t) {
        return new PreservationQuery(status, text, f, t);
    }

    public boolean matches(PreservationRow row, ZoneId zone) {
        if (!status.matches(row.shownStatus())) {
            return false;
        }
        PreservationView v = row.view();
        if (!text.isEmpty() && !(has(v.caseNumber()) || has(v.applicationNo()) || has(row.applicants())
                || has(row.respondents()) || has(v.applicantName()))) {
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
