package org.courtdesk.server.db;

import java.util.Locale;

/**
 * The databases the server runs on, told apart by the JDBC URL. Migrations live in {@code db/migration} (portable
 * SQL, shared) and, where the two must differ (V1's BLOB/CLOB against BYTEA/TEXT), in {@code db/vendor/<vendor>}.
 */
public enum Vendor {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String folder;

    Vendor(String folder) {
        this.folder = folder;
    }

    /** The vendor of a JDBC URL; anything but {@code jdbc:postgresql:} is refused except H2. */
    public static Vendor of(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database (H2 or PostgreSQL only): " + jdbcUrl);
    }

    /** Flyway locations for this vendor: the shared migrations and its own. */
    public String[] migrationLocations() {
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + folder};
    }

    /** Flyway locations for the database of {@code jdbcUrl}. */
    public static String[] migrationLocations(String jdbcUrl) {
        return of(jdbcUrl).migrationLocations();
    }
}
