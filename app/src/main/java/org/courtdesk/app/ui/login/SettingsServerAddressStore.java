package org.courtdesk.app.ui.login;

import org.courtdesk.app.settings.Settings;

/** The login screen's memory on top of the app's per-user settings (remembered address, else IT's preset). */
public final class SettingsServerAddressStore implements ServerAddressStore {

    private final Settings settings;

    public SettingsServerAddressStore(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String load() {
        return settings.serverUrl();
    }

    @Override
    public void save(String address) {
        // DefaultLoginService remembers address and user after a successful login; keep the address in step
        // for any other LoginService.
        if (!address.equals(settings.serverUrl())) {
            settings.put(Settings.KEY_SERVER_URL, address);
        }
    }

    @Override
    public String lastUsername() {
        return settings.lastUsername().orElse(null);
    }
}
