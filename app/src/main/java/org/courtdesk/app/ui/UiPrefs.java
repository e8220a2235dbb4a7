package org.courtdesk.app.ui;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.courtdesk.app.settings.Settings;

/**
 * What the screens remember between runs (divider positions, column widths, window bounds per screen): a view asks
 * for a value by key and writes it back; the app keeps them in the user's {@link Settings}, a test in memory.
 */
public interface UiPrefs {

    Optional<String> get(String key);

    void put(String key, String value);

    default double getDouble(String key, double fallback) {
        try {
            return get(key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Kept in memory only (tests, the smoke check). */
    static UiPrefs memory() {
        Map<String, String> values = new ConcurrentHashMap<>();
        return new UiPrefs() {
            @Override public Optional<String> get(String key) { return Optional.ofNullable(values.get(key)); }
            @Override public void put(String key, String value) {
                if (value == null) {
                    values.remove(key);
                } else {
                    values.put(key, value);
                }
            }
        };
    }

    /** Kept in the user's settings file. */
    static UiPrefs of(Settings settings) {
        return new UiPrefs() {
            @Override public Optional<String> get(String key) { return settings.get(key); }
            @Override public void put(String key, String value) { settings.put(key, value); }
        };
    }
}
