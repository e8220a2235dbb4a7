package org.courtdesk.server.filing.trial;

import java.util.stream.Stream;

import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.model.casenumber.CaseNumberException;
import org.courtdesk.model.reading.CaseStatus;
import org.courtdesk.server.feed.ChangeLog;
import org.jdbi.v3.core.Handle;

/**
 * The default trial system: registers the case in this server's own case table (court_case) with the court's next
 * 案号 of the year, e.g. （2026）粤0106民初1234号. The serial counts per court, year and type over the case table and the
 * 案号 already given to filings, so no number is given twice; the feed lock is taken first so two 收案 (also on another
 * server instance on the same database) number one after the other. Every online filing is a civil first-instance
 * complaint here, type 民初 [I: the form names no case type; 民事起诉 is what 诉讼服务网 网上立案 takes].
 */
public final class LocalCaseRegister implements TrialSystem {

    public static final String TYPE = "民初";
    private static final int MAX_TITLE = 200;
    private static final int MAX_CAUSE = 64;

    @Override
    public CaseNumber register(Handle h, Registration r) {
        ChangeLog.lock(h);
        int year = r.filedOn().getYear();
        CaseNumber number = CaseNumber.of(year, r.courtCode(), TYPE, lastSerial(h, r.courtCode(), year) + 1);
        long judge = r.judgeId() != null ? r.judgeId() : r.actingStaffId();
        h.createUpdate("INSERT INTO court_case (case_number, court_code, title, cause, status, digitised, judge_id, filed_on) "
                        + "VALUES (:n, :c, :t, :cause, :s, FALSE, :j, :f)")
                .bind("n", number.toString()).bind("c", r.courtCode()).bind("t", cut(r.title(), MAX_TITLE))
                .bind("cause", cut(r.causeOfAction(), MAX_CAUSE)).bind("s", CaseStatus.IN_TRIAL.name())
                .bind("j", judge).bind("f", r.filedOn()).execute();
        return number;
    }

    /** The highest serial of this court, year and type among registered cases and filed filings; 0 for none. */
    static int lastSerial(Handle h, String courtCode, int year) {
        String prefix = CaseNumber.of(year, courtCode, TYPE, 1).toString();
        prefix = prefix.substring(0, prefix.length() - 2); // without "1号"
        Stream<String> cases = h.createQuery("SELECT case_number FROM court_case WHERE court_code = :c AND case_number LIKE :p")
                .bind("c", courtCode).bind("p", prefix + "%").mapTo(String.class).list().stream();
        Stream<String> filings = h.createQuery("SELECT case_number FROM filing_request WHERE case_number LIKE :p")
                .bind("p", prefix + "%").mapTo(String.class).list().stream();
        return Stream.concat(cases, filings).mapToInt(n -> serialOf(n, courtCode, year)).max().orElse(0);
    }

    private static int serialOf(String text, String courtCode, int year) {
        try {
            CaseNumber n = CaseNumber.parse(text);
            return n.year() == year && n.courtCode().equals(courtCode) && n.typeCode().equals(TYPE) ? n.serial() : 0;
        } catch (CaseNumberException e) {
            return 0; // a hand-typed number of another shape does not count
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
