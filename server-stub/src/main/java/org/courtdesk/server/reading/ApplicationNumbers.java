package org.courtdesk.server.reading;

import java.time.LocalDate;

import org.jdbi.v3.core.Handle;

/**
 * 申请编号 of a 阅卷申请: {@code YJ} + the court-local submission date + a five-digit serial of that day, e.g.
 * {@code YJ2026112300001}. The demo seeder and live submissions use this one format.
 */
public final class ApplicationNumbers {

    public static final String PREFIX = "YJ";
    private static final int MAX_SERIAL = 99_999;
    private static final int LENGTH = PREFIX.length() + 8 + 5;

    private ApplicationNumbers() {}

    public static String format(LocalDate day, int serial) {
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("serial out of range: " + serial);
        }
        return String.format("%s%04d%02d%02d%05d", PREFIX, day.getYear(), day.getMonthValue(), day.getDayOfMonth(), serial);
    }

    /**
     * The next number of {@code day}: one above the highest serial already used that day. Call it with the feed lock
     * held ({@link org.courtdesk.server.feed.ChangeLog#lock}) so two submissions never compute the same number; should
     * one slip through anyway, application_no is UNIQUE and the second insert fails instead of duplicating it.
     */
    public static String next(Handle h, LocalDate day) {
        String prefix = format(day, 1).substring(0, LENGTH - 5);
        String max = h.createQuery("SELECT MAX(application_no) FROM reading_request "
                        + "WHERE application_no LIKE :p AND LENGTH(application_no) = :len")
                .bind("p", prefix + "%").bind("len", LENGTH)
                .mapTo(String.class).findOne().orElse(null);
        int serial = 1;
        if (max != null) {
            try {
                serial = Integer.parseInt(max.substring(prefix.length())) + 1;
            } catch (NumberFormatException e) {
                serial = 1; // a foreign number with letters in the serial: start after nothing
            }
        }
        if (serial > MAX_SERIAL) {
            throw new IllegalStateException("more than " + MAX_SERIAL + " reading requests on " + day);
        }
        return format(day, serial);
    }
}
