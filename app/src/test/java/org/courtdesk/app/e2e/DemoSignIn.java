package org.courtdesk.app.e2e;

import java.nio.file.Path;
import java.time.Clock;

import org.courtdesk.app.settings.Settings;
import org.courtdesk.app.workspace.LoginException;
import org.courtdesk.app.workspace.local.DefaultLoginService;
import org.courtdesk.app.workspace.local.LocalWorkspace;
import org.courtdesk.server.demo.DemoAccounts;

/**
 * How the data-layer end-to-end tests sign in to a {@link DemoCourt} (no window): the app's real
 * {@link DefaultLoginService} with {@link E2eLoginService}'s test-sized costs, no prefetch of materials and no
 * background sync (the test runs each sync cycle itself), its settings and caches in the app-data folder given — the
 * same folder again is the same workstation started again.
 */
public final class DemoSignIn {

    private DemoSignIn() {}

    /** The login service of a workstation whose app-data folder is {@code appData}. */
    public static DefaultLoginService service(Path appData) {
        return new DefaultLoginService(Settings.load(appData, null), Clock.systemUTC(), E2eLoginService.CHEAP,
                E2eLoginService.SYNC.withPrefetch(false), E2eLoginService.TIMEOUTS, false);
    }

    /** judge.chen signed in at {@code serverUrl} (the court's, or a proxy's in front of it); offline from the cache. */
    public static LocalWorkspace judgeChen(Path appData, String serverUrl) throws LoginException {
        return service(appData).loginLocal(serverUrl, DemoAccounts.JUDGE_CHEN, DemoAccounts.PASSWORD.toCharArray());
    }
}
