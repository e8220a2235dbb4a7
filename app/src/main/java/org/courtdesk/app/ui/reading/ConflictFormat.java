package org.courtdesk.app.ui.reading;

import java.util.ArrayList;
import java.util.List;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.workspace.Conflict;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.ReviewDecision;
import org.courtdesk.model.api.ReviewInfo;
import org.courtdesk.model.reading.ReadingMode;

/** The conflict dialog's comparison: one line per field, the server's current value beside my draft. */
public final class ConflictFormat {

    /** A compared field. */
    public record Line(String label, String server, String mine) {
        public boolean differs() {
            return !server.equals(mine);
        }
    }

    private ConflictFormat() {}

    public static List<Line> lines(Conflict c) {
        if (c.isAttendance()) {
            return attendanceLines(c);
        }
        ReadingRequestView cur = c.current();
        ReviewInfo r = cur == null ? null : cur.review();
        ReviewDecision d = c.mine() == null ? null : c.mine().decision();
        List<Line> out = new ArrayList<>();
        out.add(new Line(Messages.get("conflict.field.status"), cur == null ? "—" : Messages.status(cur.status()),
                d == null ? "—" : Messages.status(d.opinion() == null ? null
                        : d.opinion() == org.courtdesk.model.reading.ReviewOpinion.AGREE
                        ? org.courtdesk.model.request.RequestStatus.APPROVED
                        : org.courtdesk.model.request.RequestStatus.REJECTED)));
        out.add(new Line(Messages.get("conflict.field.reviewer"), r == null ? "—" : nz(r.reviewer()),
                Messages.get("conflict.me")));
        out.add(new Line(Messages.get("conflict.field.opinion"), r == null ? "—" : Messages.opinion(r.opinion()),
                d == null ? "—" : nz(Messages.opinion(d.opinion()))));
        out.add(new Line(Messages.get("conflict.field.explanation"), r == null ? "—" : nz(r.explanation()),
                d == null ? "—" : nz(d.explanation())));
        out.add(new Line(Messages.get("conflict.field.mode"), r == null ? "—" : nz(Messages.mode(r.mode())),
                d == null ? "—" : nz(Messages.mode(d.mode()))));
        out.add(new Line(Messages.get("conflict.field.dates"), r == null ? "—" : dates(r.mode(), r.validUntil(),
                r.onSiteStart(), r.onSiteEnd()), d == null ? "—" : dates(d.mode(), d.validUntil(), d.onSiteStart(), d.onSiteEnd())));
        out.add(new Line(Messages.get("conflict.field.replyNote"), r == null ? "—" : nz(r.replyNote()),
                d == null ? "—" : nz(d.replyNote())));
        // Who decided when (issue 13), not "版本 90 / 84": the last entry of the request's history beside my save.
        out.add(new Line(Messages.get("conflict.field.decided"), decided(cur, r == null ? null : r.reviewer(),
                r == null ? null : r.reviewDate()), mine(c.mine() == null ? null : c.mine().savedAt())));
        return out;
    }

    /** An attendance record's conflict: the visit on the server beside mine. */
    private static List<Line> attendanceLines(Conflict c) {
        ReadingRequestView cur = c.current();
        org.courtdesk.model.api.OnSiteVisit v = cur == null ? null : cur.visit();
        org.courtdesk.model.api.AttendanceRecord a = c.attendance().record();
        List<Line> out = new ArrayList<>();
        out.add(new Line(Messages.get("conflict.field.status"), cur == null ? "—" : Messages.status(cur.status()), "—"));
        out.add(new Line(Messages.get("detail.attended"), v == null ? "—" : yesNo(v.attended()), yesNo(a.attended())));
        out.add(new Line(Messages.get("detail.borrowedAt"), v == null ? "—" : time(v.borrowedAt()), time(a.borrowedAt())));
        out.add(new Line(Messages.get("detail.returnedAt"), v == null ? "—" : time(v.returnedAt()), time(a.returnedAt())));
        out.add(new Line(Messages.get("conflict.field.decided"), decided(cur, null, null),
                mine(c.attendance() == null ? null : c.attendance().savedAt())));
        return out;
    }

    /** The court's zone: when something happened is said in the court's time. */
    static final java.time.ZoneId ZONE = org.courtdesk.app.sync.SyncConfig.CHINA;
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The server's side: who made the latest change and when (its history), else the reviewer and the review date. */
    static String decided(ReadingRequestView cur, String reviewer, java.time.LocalDate reviewDate) {
        if (cur != null && cur.audit() != null && !cur.audit().isEmpty()) {
            org.courtdesk.model.api.AuditEntry last = cur.audit().stream().filter(e -> e.at() != null)
                    .max(java.util.Comparator.comparing(org.courtdesk.model.api.AuditEntry::at)).orElse(null);
            if (last != null) {
                return Messages.format("conflict.decidedBy", nz(last.actor()), WHEN.format(last.at().atZone(ZONE)),
                        nz(last.action()));
            }
        }
        if (reviewer != null || reviewDate != null) {
            return Messages.format("conflict.decidedOn", nz(reviewer), reviewDate == null ? "—" : RowFormat.date(reviewDate));
        }
        return "—";
    }

    /** My side: saved on this workstation at. */
    static String mine(java.time.Instant savedAt) {
        return Messages.format("conflict.savedByMe", savedAt == null ? "—" : WHEN.format(savedAt.atZone(ZONE)));
    }

    private static String yesNo(Boolean b) {
        return b == null ? "—" : Messages.get(b ? "detail.yes" : "detail.no");
    }

    private static String time(java.time.LocalDateTime t) {
        return t == null ? "—" : RowFormat.DATE.format(t) + " " + AttendanceFormModel.TIME.format(t);
    }

    private static String dates(ReadingMode mode, java.time.LocalDate valid, java.time.LocalDate start, java.time.LocalDate end) {
        if (mode == ReadingMode.ONLINE) {
            return Messages.format("conflict.validUntil", RowFormat.date(valid));
        }
        if (mode == ReadingMode.ON_SITE) {
            return RowFormat.date(start) + " — " + RowFormat.date(end);
        }
        return "—";
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
