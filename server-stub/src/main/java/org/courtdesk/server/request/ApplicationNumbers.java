package org.courtdesk.server.request;

import java.time.LocalDate;

import org.jdbi.v3.core.Handle;

/**
 * 申请编号 of a request of any kind: the kind's prefix + the court-local submission date + a five-digit serial of that
 * day and prefix, e.g. {@code YJ2026112300001} for a 阅卷申请 (prefix {@code YJ}). The demo seeder and live submissions
 * use this one format; numbers are unique across kinds (request.application_no is UNIQUE).
 */
public final class ApplicationNumbers {

    private static final int MAX_SERIAL = 99_999;

    private ApplicationNumbers() {}

    public static String format(String prefix, LocalDate day, int serial) {
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("serial out of range: " + serial);
        }
        return String.format("%s%04d%02d%02d%05d", prefix, day.getYear(), day.getMonthValue(), day.getDayOfMonth(), serial);
    }

    /**
     * The next number of {@code prefix} on {@code day}: one above the highest serial already used. Call it with the
     * feed lock held ({@link org.courtdesk.server.feed.ChangeLog#lock}) so two submissions never compute the same
     * number; should one slip through anyway, application_no is UNIQUE and the second insert fails instead.
     */
    public static String next(Handle h, String prefix, LocalDate day) {
        String dayPrefix = format(prefix, day, 1);
        dayPrefix = dayPrefix.substring(0, dayPrefix.length() - 5);
        int length = dayPrefix.length() + 5;
        String max = h.createQuery("SELECT MAX(application_no) FROM request "
                        + "WHERE application_no LIKE :p AND LENGTH(application_no) = :len")
                .bind("p", dayPrefix + "%").bind("len", length)
                .mapTo(String.class).findOne().orElse(null);
        int serial = 1;
        if (max != null) {
            try {
                serial = Integer.parseInt(max.substring(dayPrefix.length())) + 1;
            } catch (NumberFormatException e) {
                serial = 1; // a foreign number with letters in the serial: start after nothing
            }
        }
        if (serial > MAX_SERIAL) {
            throw new IllegalStateException("more than " + MAX_SERIAL + " " + prefix + " requests on " + day);
        }
        return format(prefix, day, serial);
    }
}
