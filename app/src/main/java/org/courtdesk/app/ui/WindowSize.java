package org.courtdesk.app.ui;

import javafx.geometry.Rectangle2D;

/**
 * The workstation window's first size: 1360×860 where the screen has room, else what the screen's usable area (without
 * the task bar) allows, so the menu and the status bar are never off screen (issue 13: at 1280×800, and at 150 %
 * scaling where a 1920×1080 screen is 1280×720 in JavaFX pixels).
 */
public final class WindowSize {

    public static final double PREFERRED_WIDTH = 1360;
    public static final double PREFERRED_HEIGHT = 860;
    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 600;

    /** Width, height, and the minimum width and height, in JavaFX pixels. */
    public record Size(double width, double height, double minWidth, double minHeight) {}

    private WindowSize() {}

    /** For a screen whose usable area is {@code visual} (Screen.getVisualBounds(), already scaled). */
    public static Size fit(Rectangle2D visual) {
        double w = Math.min(PREFERRED_WIDTH, Math.floor(visual.getWidth()));
        double h = Math.min(PREFERRED_HEIGHT, Math.floor(visual.getHeight()));
        return new Size(w, h, Math.min(MIN_WIDTH, w), Math.min(MIN_HEIGHT, h));
    }
}
