package org.courtdesk.app.cache;

import java.util.Optional;

import org.jdbi.v3.core.Handle;

/** Small named facts kept inside the encrypted cache (the signed-in user, the server, the last sync). */
public final class CacheMeta {

    public static final String USER = "user";
    public static final String SERVER_URL = "server.url";
    public static final String LAST_SYNC = "last.sync";
    /** The server's upload limits as it last told them ({@code GET /api/v1/limits}, JSON {@code ServerLimits}). */
    public static final String SERVER_LIMITS = "server.limits";

    private CacheMeta() {}

    public static Optional<String> get(Handle h, String key) {
        return h.createQuery("SELECT meta_value FROM cache_meta WHERE meta_key = :k")
                .bind("k", key).mapTo(String.class).findOne();
    }

    public static void put(Handle h, String key, String value) {
        h.createUpdate("MERGE INTO cache_meta (meta_key, meta_value) KEY (meta_key) VALUES (:k, :v)")
                .bind("k", key).bind("v", value).execute();
    }
}
