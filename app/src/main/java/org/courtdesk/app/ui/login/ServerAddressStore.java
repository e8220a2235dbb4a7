package org.courtdesk.app.ui.login;

/**
 * Where the login screen remembers the server address. A tiny adapter: the app's settings class
 * is {@link SettingsServerAddressStore}, over org.courtdesk.app.settings.Settings.
 */
public interface ServerAddressStore {

    /** The remembered address, or null. */
    String load();

    void save(String address);

    /** The user name of the last successful login on this computer, or null. */
    default String lastUsername() {
        return null;
    }

    /** For tests and the smoke run: remembers in memory only. */
    static ServerAddressStore inMemory(String initial) {
        return new ServerAddressStore() {
            private volatile String value = initial;

            @Override
            public String load() {
                return value;
            }

            @Override
            public void save(String address) {
                value = address;
            }
        };
    }
}
