package org.courtdesk.app.cache;

import org.courtdesk.app.i18n.LocalizedException;
import org.courtdesk.app.i18n.Text;

/** The cache could not be opened or created. */
public class CacheException extends LocalizedException {

    public enum Kind {
        /** The password does not decrypt this cache (offline login: wrong password). */
        WRONG_PASSWORD,
        /** Another workstation window (or process) has this cache open. */
        IN_USE,
        /** The key file is missing or damaged, or the database file cannot be read. */
        DAMAGED,
        /** Disk full, folder not writable, ... */
        IO
    }

    private final Kind kind;

    public CacheException(Kind kind, Text message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
