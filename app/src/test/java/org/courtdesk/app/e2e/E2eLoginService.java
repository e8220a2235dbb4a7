package org.courtdesk.app.e2e;

import java.time.Clock;
import java.time.Duration;

import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.cache.KdfParams;
import org.courtdesk.app.settings.Settings;
import org.courtdesk.app.sync.SyncConfig;
import org.courtdesk.app.ui.login.LoginServices;
import org.courtdesk.app.workspace.LoginException;
import org.courtdesk.app.workspace.LoginService;
import org.courtdesk.app.workspace.Workspace;
import org.courtdesk.app.workspace.local.DefaultLoginService;
import org.courtdesk.app.workspace.local.LocalWorkspace;

/**
 * The app's real {@link DefaultLoginService} (real cache, outbox and background sync in the app-data folder named by
 * {@code courtdesk.home}), with test-sized costs: a cheap cache KDF, retries after 0.5–2 s instead of 5–60 s, and a
 * long period so no pull happens behind a test's back (pulls run at login, after a decision and on 同步). Installed
 * with the {@link LoginServices#PROPERTY} seam; remembers the last workspace so tests can read its outbox.
 */
public final class E2eLoginService implements LoginService {

    static final KdfParams CHEAP = new KdfParams(1024, 1, 1);
    static final SyncConfig SYNC = SyncConfig.DEFAULT.withPeriod(Duration.ofMinutes(10), Duration.ofMillis(500),
            Duration.ofSeconds(2));
    static final ApiClient.Timeouts TIMEOUTS = new ApiClient.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(20),
            Duration.ofSeconds(20));

    static volatile LocalWorkspace last;

    private final DefaultLoginService delegate = new DefaultLoginService(Settings.load(), Clock.systemUTC(), CHEAP, SYNC,
            TIMEOUTS, true);

    @Override
    public Workspace login(String serverUrl, String username, char[] password) throws LoginException {
        LocalWorkspace ws = delegate.loginLocal(serverUrl, username, password);
        last = ws;
        return ws;
    }
}
