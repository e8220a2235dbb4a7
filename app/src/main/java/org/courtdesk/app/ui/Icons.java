package org.courtdesk.app.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Material Design icons as nodes. */
public final class Icons {

    private Icons() {}

    public static FontIcon of(Ikon ikon) {
        return of(ikon, 16);
    }

    public static FontIcon of(Ikon ikon, int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        return icon;
    }

    public static FontIcon of(Ikon ikon, int size, String styleClass) {
        FontIcon icon = of(ikon, size);
        icon.getStyleClass().add(styleClass);
        return icon;
    }
}
