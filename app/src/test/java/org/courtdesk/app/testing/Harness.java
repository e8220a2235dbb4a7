package org.courtdesk.app.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.cache.CachedRequest;
import org.courtdesk.app.cache.FeedCursor;
import org.courtdesk.app.cache.KdfParams;
import org.courtdesk.app.cache.RequestStore;
import org.courtdesk.app.outbox.Outbox;
import org.courtdesk.app.outbox.OutboxEntry;
import org.courtdesk.app.settings.Settings;
import org.courtdesk.app.sync.SyncConfig;
import org.courtdesk.app.workspace.local.DefaultLoginService;
import org.courtdesk.app.workspace.local.LocalWorkspace;

/** A fake server, a mutable clock, an app-data folder and a login service that does not start sync by itself. */
public final class Harness implements AutoCloseable {

    public static final String USER = "wangfg";
    public static final String PASSWORD = "Judge#2026";
    public static final KdfParams CHEAP = new KdfParams(1024, 1, 1);
    public static final ApiClient.Timeouts FAST = new ApiClient.Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(3),
            Duration.ofSeconds(3));

    public final MutableClock clock = MutableClock.courtMorning();
    public final FakeCourtServer server;
    public final Path home;
    public SyncConfig config = SyncConfig.DEFAULT.withPrefetch(false).withPageLimit(2);
    private LocalWorkspace ws;

    public Harness(Path home) throws Exception {
        this.home = home;
        this.server = new FakeCourtServer().clock(clock);
        server.account(USER, PASSWORD, Fixtures.JUDGE);
        server.account("lilawyer", "Lawyer#1", Fixtures.LAWYER);
    }

    public DefaultLoginService loginService() {
        return new DefaultLoginService(Settings.load(home, null), clock, CHEAP, config, FAST, false);
    }

    public LocalWorkspace login() throws Exception {
        ws = loginService().loginLocal(server.url(), USER, PASSWORD.toCharArray());
        return ws;
    }

    public LocalWorkspace ws() {
        return ws;
    }

    public void use(LocalWorkspace w) {
        this.ws = w;
    }

    public long cursor() {
        return ws.cache().read(FeedCursor::get);
    }

    public List<OutboxEntry> outbox() {
        return ws.cache().read(Outbox::all);
    }

    public Optional<CachedRequest> cached(long id) {
        return ws.cache().read(h -> RequestStore.find(h, id));
    }

    @Override
    public void close() throws Exception {
        if (ws != null) {
            ws.close();
        }
        server.close();
    }
}
