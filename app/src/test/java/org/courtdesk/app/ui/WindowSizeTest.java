package org.courtdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.Test;

/** The first window fits the screen's usable area (issue 13: 1280×800, and 1920×1080 at 150 % = 1280×720). */
class WindowSizeTest {

    @Test
    void preferredWhereThereIsRoomElseTheUsableArea() {
        assertThat(WindowSize.fit(new Rectangle2D(0, 0, 1920, 1040)))
                .isEqualTo(new WindowSize.Size(1360, 860, 960, 600));
        // 1280×800 with a 40 px task bar
        assertThat(WindowSize.fit(new Rectangle2D(0, 0, 1280, 760)))
                .isEqualTo(new WindowSize.Size(1280, 760, 960, 600));
        // 1920×1080 at 150 %: 1280×720 JavaFX pixels, minus the task bar
        WindowSize.Size scaled = WindowSize.fit(new Rectangle2D(0, 0, 1280, 693.3));
        assertThat(scaled.height()).isEqualTo(693);
        assertThat(scaled.minHeight()).isEqualTo(600);
        // A tiny screen: the minimum gives way too
        assertThat(WindowSize.fit(new Rectangle2D(0, 0, 900, 560))).isEqualTo(new WindowSize.Size(900, 560, 900, 560));
    }

    @Test
    void maximisedOnASmallScreenAtAnyScaleElsePreferredCentred() {
        // 1280×800 with a task bar, and 1920×1080 at 150 % (1280×720 JavaFX pixels): maximised into the usable area
        assertThat(WindowSize.place(new Rectangle2D(0, 0, 1280, 760), java.util.Optional.empty()))
                .isEqualTo(new WindowSize.Placement(0, 0, 1280, 760, true));
        assertThat(WindowSize.place(new Rectangle2D(0, 0, 1280, 693.3), java.util.Optional.empty()))
                .isEqualTo(new WindowSize.Placement(0, 0, 1280, 693, true));
        // room to spare: the preferred size, centred
        assertThat(WindowSize.place(new Rectangle2D(0, 0, 1920, 1040), java.util.Optional.empty()))
                .isEqualTo(new WindowSize.Placement(280, 90, 1360, 860, false));
    }

    @Test
    void rememberedBoundsPerScreenComeBackClampedIntoTheUsableArea() {
        Rectangle2D office = new Rectangle2D(0, 0, 2560, 1400);
        String kept = WindowSize.remember(100, 50, 1500, 900, false);
        assertThat(WindowSize.place(office, java.util.Optional.of(kept)))
                .isEqualTo(new WindowSize.Placement(100, 50, 1500, 900, false));
        // the same bounds on a smaller screen: clamped, never off screen
        Rectangle2D laptop = new Rectangle2D(0, 0, 1280, 760);
        assertThat(WindowSize.place(laptop, java.util.Optional.of(WindowSize.remember(900, 600, 1500, 900, false))))
                .isEqualTo(new WindowSize.Placement(0, 0, 1280, 760, false));
        // maximised stays maximised; unreadable falls back
        assertThat(WindowSize.place(laptop, java.util.Optional.of(WindowSize.remember(5, 5, 10, 10, true))).maximized()).isTrue();
        assertThat(WindowSize.place(office, java.util.Optional.of("rubbish"))).isEqualTo(
                WindowSize.place(office, java.util.Optional.empty()));
        // one key per screen size and scale
        assertThat(WindowSize.screenKey(new Rectangle2D(0, 0, 1920, 1080), 1.5))
                .isNotEqualTo(WindowSize.screenKey(new Rectangle2D(0, 0, 1920, 1080), 1.0));
    }
}
