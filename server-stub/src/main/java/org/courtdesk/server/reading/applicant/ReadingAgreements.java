package org.courtdesk.server.reading.applicant;

import java.time.Instant;
import java.util.Optional;

import org.courtdesk.model.reading.ReadingAgreement;
import org.jdbi.v3.core.Handle;

/**
 * The 阅卷须知 in force at a court (table reading_agreement): the court's own newest version, else the newest default
 * ({@code court_code = '*'}). A new text is a new row with the next version, so what an application was ticked on
 * stays readable.
 */
public final class ReadingAgreements {

    static final String DEFAULT = "*";

    private ReadingAgreements() {}

    /** The agreement in force at {@code courtCode} (the default when the court has none of its own). */
    public static ReadingAgreement current(Handle h, String courtCode) {
        return newest(h, courtCode).orElseGet(() -> newest(h, DEFAULT)
                .orElseThrow(() -> new IllegalStateException("no default 阅卷须知 (migration V9)")));
    }

    private static Optional<ReadingAgreement> newest(Handle h, String code) {
        return h.createQuery("SELECT court_code, version, title, body, published_at FROM reading_agreement "
                        + "WHERE court_code = :c ORDER BY version DESC LIMIT 1")
                .bind("c", code)
                .map((rs, ctx) -> new ReadingAgreement(DEFAULT.equals(rs.getString(1)) ? null : rs.getString(1),
                        rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, java.time.OffsetDateTime.class).toInstant()))
                .findOne();
    }

    /** Publishes a new version of a court's own text (court IT, tests); returns it. */
    public static ReadingAgreement publish(Handle h, String courtCode, String title, String text, Instant at) {
        int next = h.createQuery("SELECT COALESCE(MAX(version), 0) + 1 FROM reading_agreement WHERE court_code = :c")
                .bind("c", courtCode).mapTo(Integer.class).one();
        h.createUpdate("INSERT INTO reading_agreement (court_code, version, title, body, published_at) "
                        + "VALUES (:c, :v, :t, :b, :at)")
                .bind("c", courtCode).bind("v", next).bind("t", title).bind("b", text)
                .bind("at", java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)).execute();
        return new ReadingAgreement(courtCode, next, title, text, at);
    }
}
