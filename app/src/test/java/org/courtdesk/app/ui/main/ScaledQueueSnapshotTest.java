package org.courtdesk.app.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Tab;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.courtdesk.app.i18n.Messages;
import org.courtdesk.app.ui.Samples;
import org.courtdesk.app.ui.UiTestSupport;
import org.courtdesk.app.ui.queue.KindQueueView;
import org.courtdesk.model.request.RequestKind;

/**
 * The 阅卷, 延期开庭 and 网上立案 queues with a request open, in Chinese and English, at 150 % on a 1920×1080 screen: a
 * window of 1280×720 JavaFX pixels rendered at scale 1.5 (target/screenshots/scaled-*.png, 1920×1080 pixels, as the
 * judge's screen shows it); nothing cut, no prompt wider than its field, the detail whole in the window.
 */
@ExtendWith(ApplicationExtension.class)
class ScaledQueueSnapshotTest {

    private static final List<RequestKind> KINDS = List.of(RequestKind.CASE_FILE_READING, RequestKind.ADJOURNMENT,
            RequestKind.ONLINE_FILING);

    @Start
    void start(Stage stage) {
        // each language opens its own window
    }

    static Path snapshot(javafx.scene.Node node, String name, double scale) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage img = onFx(() -> {
            SnapshotParameters p = new SnapshotParameters();
            p.setTransform(Transform.scale(scale, scale));
            return node.snapshot(p, null);
        });
        BufferedImage b = SwingFXUtils.fromFXImage(img, null);
        Path dir = UiTestSupport.SCREENSHOTS;
        Files.createDirectories(dir);
        Path out = dir.resolve(name + ".png");
        ImageIO.write(b, "png", out.toFile());
        return out;
    }

    @Test
    void readingAdjournmentAndFilingAt150PercentCutNothing() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            Messages.use("en".equals(lang) ? Messages.ENGLISH : Messages.CHINESE);
            Stage stage = onFx(Stage::new);
            MainWindow main = onFx(() -> new MainWindow(EveryKind.withFiling(), Samples.CLOCK));
            try {
                onFx(() -> {
                    UiTestSupport.show(stage, main, 1280, 720);
                    return null;
                });
                waitUntil(() -> main.reading().model().settled());
                for (RequestKind k : KINDS) {
                    Tab t = main.queueTab(k).orElseThrow();
                    onFx(() -> {
                        main.tabs().getSelectionModel().select(t);
                        return null;
                    });
                    KindQueueView<?, ?, ?> kind = (KindQueueView<?, ?, ?>) onFx(t::getContent);
                    waitUntil(() -> kind.model().settled() && !kind.table().getItems().isEmpty());
                    onFx(() -> {
                        kind.table().getSelectionModel().clearAndSelect(0);
                        return null;
                    });
                    List<String> left = QueueFit.settled(() -> {
                        List<String> found = new ArrayList<>(QueueFit.cut(main));
                        found.addAll(QueueFit.cutPrompts(main));
                        found.addAll(QueueFit.cutCells(kind));
                        found.addAll(QueueFit.offScreen(main));
                        found.addAll(QueueFit.brokenWords(kind));
                        return found;
                    });
                    problems.addAll(left.stream().map(p -> lang + " " + t.getId() + ": " + p).toList());
                    Path png = snapshot(main, "scaled-150-" + lang + "-" + t.getId(), 1.5);
                    BufferedImage img = ImageIO.read(png.toFile());
                    assertThat(img.getWidth()).isEqualTo(1920);
                    assertThat(img.getHeight()).isEqualTo(1080);
                }
            } finally {
                onFx(() -> {
                    main.dispose();
                    stage.close();
                    return null;
                });
                Messages.use(Messages.CHINESE);
            }
        }
        assertThat(problems).isEmpty();
    }
}
