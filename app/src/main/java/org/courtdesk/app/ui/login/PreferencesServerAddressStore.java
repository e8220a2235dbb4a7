package org.courtdesk.app.ui.login;

import java.util.prefs.Preferences;

/** Remembers the server address in the user's Java preferences (per user, not in the install folder). */
public final class PreferencesServerAddressStore implements ServerAddressStore {

    private static final String KEY = "serverAddress";
    private final Preferences prefs = Preferences.userRoot().node("org/courtdesk/app");

    @Override
    public String load() {
        try {
            return prefs.get(KEY, null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void save(String address) {
        try {
            prefs.put(KEY, address);
            prefs.flush();
        } catch (Exception e) {
            // remembering is a convenience; never block a login on it
        }
    }
}
