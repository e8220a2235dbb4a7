package org.courtdesk.app.ui;

import java.io.InputStream;
import java.net.URL;
import java.util.Locale;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.text.Font;

import org.courtdesk.model.fonts.CjkFont;

/**
 * The look: AtlantaFX PrimerLight plus {@code courtdesk.css}, and a CJK font that renders everywhere.
 * On Windows the system's Microsoft YaHei is used; elsewhere the bundled Droid Sans Fallback is loaded and
 * set as the root font family (a fresh Linux machine has no CJK font at all).
 */
public final class Theme {

    public static final String CSS = "/org/courtdesk/app/css/courtdesk.css";
    public static final String WINDOWS_FAMILY = "Microsoft YaHei";

    private static volatile String family;

    private Theme() {}

    /** Loads the bundled CJK font once and installs the user-agent theme. Call on the FX thread. */
    public static synchronized void init() {
        loadFont();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /** Loads the bundled font (also on Windows, for PDFs and as a fallback); returns the family to use. */
    public static synchronized String loadFont() {
        if (family != null) {
            return family;
        }
        String loaded = null;
        try (InputStream in = Theme.class.getResourceAsStream(CjkFont.RESOURCE)) {
            if (in != null) {
                Font f = Font.loadFont(in, 13);
                loaded = f == null ? null : f.getFamily();
            }
        } catch (Exception e) {
            loaded = null;
        }
        if (isWindows() && Font.getFamilies().contains(WINDOWS_FAMILY)) {
            family = WINDOWS_FAMILY;
        } else {
            family = loaded != null ? loaded : CjkFont.FAMILY;
        }
        return family;
    }

    /** Whether the bundled font could be loaded (checked by the smoke run). */
    public static boolean bundledFontAvailable() {
        loadFont();
        return Font.getFamilies().contains(CjkFont.FAMILY);
    }

    public static String family() {
        return loadFont();
    }

    public static URL stylesheet() {
        return Theme.class.getResource(CSS);
    }

    /** Adds the app's stylesheet and the CJK root font to a scene. */
    public static void apply(Scene scene) {
        URL css = stylesheet();
        if (css != null && !scene.getStylesheets().contains(css.toExternalForm())) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        String fam = family();
        scene.getRoot().setStyle("-fx-font-family: \"" + fam + "\";" + nullToEmpty(scene.getRoot().getStyle()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }
}
