package org.courtdesk.app.workspace;

/**
 * Signs a court user in. Online: the server checks the password, then the user's encrypted cache is opened
 * (or created) with a key derived from the same password. Server unreachable: the cache alone proves the
 * password, and the workspace starts offline. Blocking: call off the FX thread.
 */
public interface LoginService {

    Workspace login(String serverUrl, String username, char[] password) throws LoginException;

    /**
     * {@link #login}, telling {@code progress} (a message key, from the login's thread or the one opening the cache
     * beside it) when a step takes long and the login screen should say so (the cache being compacted before the queue
     * opens: {@link #COMPACTING}).
     */
    default Workspace login(String serverUrl, String username, char[] password,
                            java.util.function.Consumer<String> progress) throws LoginException {
        return login(serverUrl, username, password);
    }

    /** Message key: the local cache is being compacted (once, after it grew) before the queue opens. */
    String COMPACTING = "login.busy.compacting";
}
