package org.courtdesk.server.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.courtdesk.server.db.Database;
import org.courtdesk.server.http.RouteModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Health for the court's IT, load balancers and the run script.
 * <ul>
 *   <li>{@code /health/live}: the process serves HTTP (restart it when this fails);</li>
 *   <li>{@code /health/ready} (and {@code /health}): the database answers AND takes a write: a heartbeat row is
 *       written and committed, so a database that went read-only (a full disk, a store that refused a write) is
 *       reported DOWN instead of UP while every login fails. The write is done at most once per
 *       {@link #PROBE_INTERVAL}; answers in between reuse the last result.</li>
 * </ul>
 */
public final class HealthRoutes implements RouteModule {

    private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);
    static final Duration PROBE_INTERVAL = Duration.ofSeconds(2);

    private final Database database;
    private final Clock clock;
    /** This process's name in {@code server_heartbeat}; asked at each probe (the port is known only once bound). */
    private final java.util.function.Supplier<String> instance;
    private Instant lastProbe;
    private Probe last;

    /** What the last probe found. */
    record Probe(boolean readable, boolean writable, String error) {}

    public HealthRoutes(Database database, Clock clock, String instance) {
        this(database, clock, () -> instance);
    }

    public HealthRoutes(Database database, Clock clock, java.util.function.Supplier<String> instance) {
        this.database = database;
        this.clock = clock;
        this.instance = instance;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/health/live", this::live);
        routes.get("/health/ready", this::ready);
        routes.get("/health", this::ready);
        routes.get("/api/v1/health", this::ready);
    }

    private void live(Context ctx) {
        ctx.json(Map.of("status", "UP"));
    }

    private void ready(Context ctx) {
        Probe p = probe();
        boolean up = p.readable() && p.writable();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("database", p.readable() ? (p.writable() ? "UP" : "READ_ONLY") : "DOWN");
        if (p.error() != null) {
            body.put("error", p.error());
        }
        ctx.status(up ? 200 : 503).json(body);
    }

    private synchronized Probe probe() {
        Instant now = Instant.now();
        if (last != null && lastProbe != null && now.isBefore(lastProbe.plus(PROBE_INTERVAL))) {
            return last;
        }
        Probe p;
        if (!database.healthy()) {
            p = new Probe(false, false, "the database does not answer");
        } else {
            try {
                database.jdbi().useTransaction(h -> {
                    int updated = h.createUpdate("UPDATE server_heartbeat SET beat_at = :at WHERE instance = :i")
                            .bind("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                            .bind("i", instance.get()).execute();
                    if (updated == 0) {
                        h.createUpdate("INSERT INTO server_heartbeat (instance, beat_at) VALUES (:i, :at)")
                                .bind("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                                .bind("i", instance.get()).execute();
                    }
                });
                p = new Probe(true, true, null);
            } catch (RuntimeException e) {
                LOG.error("health: the database answers but refuses a write", e);
                p = new Probe(true, false, "the database refuses writes: " + rootMessage(e));
            }
        }
        last = p;
        lastProbe = now;
        return p;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String m = String.valueOf(t.getMessage());
        return m.length() > 200 ? m.substring(0, 200) : m;
    }
}
