package org.courtdesk.app.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import javafx.scene.control.Button;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.UiTestSupport;

/**
 * 立即同步 in the status bar, focused (issue 13): the focus ring of the theme was a drop shadow of the control, and a
 * flat button has nothing to cast it but its glyphs — its words sat on a dark blue blob. It shows a ring round a light
 * background now, its words readable, in Chinese and English. Snapshots to target/screenshots/status-bar-sync-*.png.
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarFocusTest {

    @Start
    void start(Stage stage) {
        // each check opens its own window
    }

    @Test
    void theFocusedSyncButtonIsARingRoundItsWordsNotADarkBlob() throws Exception {
        check("zh");
        check("en");
    }

    private void check(String lang) throws Exception {
        Messages.use("en".equals(lang) ? Messages.ENGLISH : Messages.CHINESE);
        Stage stage = onFx(Stage::new);
        MainWindow main = onFx(() -> new MainWindow(Samples.workspace(), Samples.CLOCK));
        try {
            onFx(() -> UiTestSupport.show(stage, main, 1280, 800));
            Button sync = onFx(() -> (Button) main.lookup("#status-sync-now"));
            onFx(() -> {
                sync.requestFocus();
                return null;
            });
            waitUntil(sync::isFocused);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(onFx(sync::getEffect)).as("no shadow of the glyphs").isNull();
            WritableImage img = onFx(() -> sync.snapshot(null, null));
            // the middle of the button, where its words are: mostly light, not the ring's blue or darker
            PixelReader px = img.getPixelReader();
            int w = (int) img.getWidth();
            int h = (int) img.getHeight();
            int blue = 0;
            int all = 0;
            for (int y = h * 3 / 10; y < h * 7 / 10; y++) {
                for (int x = w / 5; x < w * 4 / 5; x++) {
                    Color c = px.getColor(x, y);
                    all++;
                    if (c.getBlue() - c.getRed() > 0.35 && c.getBrightness() < 0.9) {
                        blue++;
                    }
                }
            }
            UiTestSupport.snapshot(main.lookup("#status-bar"), "status-bar-sync-focused-" + lang);
            assertThat((double) blue / all).as(lang + ": share of blue pixels under the words").isLessThan(0.1);
        } finally {
            onFx(() -> {
                main.dispose();
                stage.close();
                return null;
            });
            Messages.use(Messages.CHINESE);
        }
    }
}
