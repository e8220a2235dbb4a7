package org.courtdesk.app.ui.contact;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.deadline.Deadline;
import org.courtdesk.app.ui.deadline.RowDeadlines;
import org.courtdesk.app.workspace.KindRow;
import org.courtdesk.model.contact.ContactRules;
import org.courtdesk.model.contact.ContactView;
import org.courtdesk.model.request.RequestKind;

/**
 * 联系法官's deadline: a 待答复 request is due at the end of its last reply day (the court's
 * {@code contact_reply_days} after submission — a per-court setting; no limit in the seeds or the law).
 */
public final class ContactDeadlines extends RowDeadlines<ContactView> {

    public ContactDeadlines() {
        super(RequestKind.CONTACT_JUDGE, ContactView.class);
    }

    @Override
    protected Deadline deadline(KindRow<ContactView> k, LocalDateTime now, ZoneId courtZone) {
        ContactRow row = ContactRow.of(k, now.toLocalDate());
        if (row.urgency() == null) {
            return null;
        }
        ContactView v = row.view();
        ContactRules.Urgency u = row.urgency();
        Deadline.Urgency urgency = Deadline.Urgency.of(u == ContactRules.Urgency.OVERDUE,
                u == ContactRules.Urgency.DUE_TODAY || u == ContactRules.Urgency.DUE_SOON, v.replyDue(),
                now.toLocalDate());
        return new Deadline(row.ref(), v.caseNumber() + " · " + v.applicantName(),
                Messages.format("deadline.contact.what", v.replyDays()),
                v.replyDue().plusDays(1).atStartOfDay(), urgency);
    }
}
