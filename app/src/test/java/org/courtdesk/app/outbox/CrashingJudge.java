package org.courtdesk.app.outbox;

import java.nio.file.Path;

import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.cache.KdfParams;
import org.courtdesk.app.cache.LocalCache;
import org.courtdesk.app.cache.RequestStore;
import org.courtdesk.app.sync.Session;
import org.courtdesk.app.sync.SyncConfig;
import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.testing.MutableClock;
import org.courtdesk.app.workspace.PendingDecision;
import org.courtdesk.app.workspace.local.LocalWorkspace;

/**
 * Run in a child JVM by {@link OutboxTest}: saves one decision and kills its own process the moment
 * {@code saveDecision} returns: no close(), no shutdown hooks, nothing flushed afterwards.
 */
public final class CrashingJudge {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        MutableClock clock = MutableClock.courtMorning();
        LocalCache cache = LocalCache.create(dir, args[1].toCharArray(), new KdfParams(1024, 1, 1), clock);
        cache.write(h -> RequestStore.upsert(h, Fixtures.request(1, 3), 1, clock.instant()));
        LocalWorkspace ws = new LocalWorkspace(Fixtures.JUDGE, cache, new ApiClient("http://127.0.0.1:9"),
                new Session("wangfg", null), clock, SyncConfig.DEFAULT, false);
        PendingDecision saved = ws.saveDecision(1, Fixtures.agreeOnline());
        String key = ws.cache().read(h -> Outbox.forRequest(h, RequestStore.ref(1))).orElseThrow().idempotencyKey().toString();
        System.out.println("SAVED " + key + " " + saved.savedAt());
        System.out.flush();
        Runtime.getRuntime().halt(3);
    }
}
