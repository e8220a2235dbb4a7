package org.courtdesk.app.sync;

import java.util.Arrays;

/**
 * Who is signed in, and how the sync service may get a token. The token itself lives only in the
 * {@link org.courtdesk.app.api.ApiClient}. After an offline login the password is held in memory (never on
 * disk) until the server is reachable again and a login with it succeeds, then wiped: that is what lets
 * everything sync by itself when the server returns. Thread-safe.
 */
public final class Session {

    private final String username;
    private char[] heldPassword;
    private boolean expired;

    public Session(String username, char[] heldPassword) {
        this.username = username;
        this.heldPassword = heldPassword == null ? null : heldPassword.clone();
    }

    public String username() {
        return username;
    }

    /** A copy of the held password (caller wipes it), or null. */
    public synchronized char[] heldPassword() {
        return heldPassword == null ? null : heldPassword.clone();
    }

    public synchronized boolean holdsPassword() {
        return heldPassword != null;
    }

    public synchronized void forgetPassword() {
        if (heldPassword != null) {
            Arrays.fill(heldPassword, '\0');
            heldPassword = null;
        }
    }

    public synchronized boolean expired() {
        return expired;
    }

    public synchronized void expire() {
        expired = true;
        forgetPassword();
    }

    public synchronized void renewed() {
        expired = false;
    }
}
