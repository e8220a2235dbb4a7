package org.courtdesk.app.workspace;

/**
 * Signs a court user in. Online: the server checks the password, then the user's encrypted cache is opened
 * (or created) with a key derived from the same password. Server unreachable: the cache alone proves the
 * password, and the workspace starts offline. Blocking: call off the FX thread.
 */
public interface LoginService {

    Workspace login(String serverUrl, String username, char[] password) throws LoginException;
}
