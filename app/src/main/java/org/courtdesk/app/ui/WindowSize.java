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

    /** Where the window goes: its bounds in JavaFX pixels and whether it is maximised. */
    public record Placement(double x, double y, double width, double height, boolean maximized) {
        String encode() {
            return String.format(java.util.Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width, height, maximized);
        }

        static java.util.Optional<Placement> decode(String s) {
            try {
                String[] p = s.split(",");
                return java.util.Optional.of(new Placement(Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                        Double.parseDouble(p[2]), Double.parseDouble(p[3]), Boolean.parseBoolean(p[4])));
            } catch (RuntimeException e) {
                return java.util.Optional.empty();
            }
        }
    }

    /**
     * The key a screen's remembered bounds are kept under: its size and scale, so a laptop alone and the laptop on its
     * office monitor each get the window where the judge left it there.
     */
    public static String screenKey(Rectangle2D bounds, double scale) {
        return String.format(java.util.Locale.ROOT, "ui.window.%.0fx%.0f@%.2f", bounds.getWidth(), bounds.getHeight(), scale);
    }

    /**
     * The first placement on a screen whose usable area is {@code visual}: the remembered bounds, clamped into the
     * usable area; else maximised when the screen is smaller than the preferred size (1280×800, or 1920×1080 at
     * 150 %: the window uses the whole screen), else the preferred size centred.
     */
    public static Placement place(Rectangle2D visual, java.util.Optional<String> remembered) {
        java.util.Optional<Placement> r = remembered.flatMap(Placement::decode);
        if (r.isPresent()) {
            Placement p = r.get();
            if (p.maximized()) {
                return new Placement(visual.getMinX(), visual.getMinY(), visual.getWidth(), visual.getHeight(), true);
            }
            double w = Math.min(Math.max(p.width(), Math.min(MIN_WIDTH, visual.getWidth())), Math.floor(visual.getWidth()));
            double h = Math.min(Math.max(p.height(), Math.min(MIN_HEIGHT, visual.getHeight())), Math.floor(visual.getHeight()));
            double x = Math.max(visual.getMinX(), Math.min(p.x(), visual.getMaxX() - w));
            double y = Math.max(visual.getMinY(), Math.min(p.y(), visual.getMaxY() - h));
            return new Placement(x, y, w, h, false);
        }
        if (visual.getWidth() < PREFERRED_WIDTH || visual.getHeight() < PREFERRED_HEIGHT) {
            return new Placement(visual.getMinX(), visual.getMinY(), Math.floor(visual.getWidth()),
                    Math.floor(visual.getHeight()), true);
        }
        Size s = fit(visual);
        return new Placement(visual.getMinX() + Math.floor((visual.getWidth() - s.width()) / 2),
                visual.getMinY() + Math.floor((visual.getHeight() - s.height()) / 2), s.width(), s.height(), false);
    }

    /** What to remember of a window on its screen. */
    public static String remember(double x, double y, double width, double height, boolean maximized) {
        return new Placement(x, y, width, height, maximized).encode();
    }
}
