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
}
