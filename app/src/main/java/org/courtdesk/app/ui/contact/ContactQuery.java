package org.courtdesk.app.ui.contact;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.courtdesk.model.contact.ContactView;
import org.courtdesk.model.request.RequestStatus;

/**
 * The 查询条件 of the 预约法官 queue (spec-004 §11 fig. 342, not named in the seed [I]): 状态 (null = all), 申请日期
 * from–to (court-local, inclusive, null open) and a free text over 申请编号, 案号, 申请人 and 约见事由.
 */
public record ContactQuery(RequestStatus status, LocalDate from, LocalDate to, String text) {

    public static final ContactQuery DEFAULT = new ContactQuery(null, null, null, "");

    public ContactQuery withStatus(RequestStatus s) {
        return new ContactQuery(s, from, to, text);
    }

    public ContactQuery withDates(LocalDate f, LocalDate t) {
        return new ContactQuery(status, f, t, text);
    }

    public ContactQuery withText(String t) {
        return new ContactQuery(status, from, to, t == null ? "" : t);
    }

    public boolean matches(ContactRow r, ZoneId zone) {
        if (status != null && r.shownStatus() != status) {
            return false;
        }
        ContactView v = r.view();
        if (from != null || to != null) {
            if (v.submittedAt() == null) {
                return false;
            }
            LocalDate day = LocalDate.ofInstant(v.submittedAt(), zone);
            if (from != null && day.isBefore(from) || to != null && day.isAfter(to)) {
                return false;
            }
        }
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return true;
        }
        for (String s : new String[] {v.applicationNo(), v.caseNumber(), v.applicantName(), v.purpose()}) {
            if (s != null && s.toLowerCase(Locale.ROOT).contains(t)) {
                return true;
            }
        }
        return false;
    }
}
