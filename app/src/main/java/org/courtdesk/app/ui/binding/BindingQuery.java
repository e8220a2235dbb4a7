package org.courtdesk.app.ui.binding;

import java.util.Locale;

import org.courtdesk.model.binding.BindingView;
import org.courtdesk.model.request.RequestStatus;

/**
 * The queue's filter: a status (null = every status) and free text over 申请编号, 案号, party, lawyer and firm.
 * The default shows what is still to decide.
 */
public record BindingQuery(RequestStatus status, String text) {

    public static final BindingQuery DEFAULT = new BindingQuery(RequestStatus.BINDING_PENDING, "");

    public boolean matches(BindingRow r) {
        if (status != null && r.shownStatus() != status) {
            return false;
        }
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return true;
        }
        BindingView v = r.view();
        for (String s : new String[] {v.applicationNo(), v.caseNumber(), v.partyName(), v.applicantName(), v.lawFirm()}) {
            if (s != null && s.toLowerCase(Locale.ROOT).contains(t)) {
                return true;
            }
        }
        return false;
    }
}
