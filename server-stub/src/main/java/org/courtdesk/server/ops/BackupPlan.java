package org.courtdesk.server.ops;

import java.nio.file.Path;

/**
 * The nightly backup: where it goes, at which hour of the court's day it runs, and how many it keeps.
 *
 * @param dir  the backup directory; null = no nightly backup
 * @param hour hour of the court's local day (0-23) at which the backup runs
 * @param keep how many backups are kept (older ones are deleted after a successful backup)
 */
public record BackupPlan(Path dir, int hour, int keep) {

    public static final int DEFAULT_HOUR = 2;
    public static final int DEFAULT_KEEP = 14;

    public BackupPlan {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("backup hour must be 0-23: " + hour);
        }
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup: " + keep);
        }
    }

    /** No nightly backup (tests; a PostgreSQL install whose IT backs up the database itself). */
    public static BackupPlan none() {
        return new BackupPlan(null, DEFAULT_HOUR, DEFAULT_KEEP);
    }

    public boolean enabled() {
        return dir != null;
    }
}
