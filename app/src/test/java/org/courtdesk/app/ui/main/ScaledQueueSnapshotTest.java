package org.courtdesk.app.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtdesk.app.ui.UiTestSupport.onFx;
import static org.courtdesk.app.ui.UiTestSupport.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

    /**
     * Labels (outside the tables) whose width cannot hold one of their words: a wrapping label breaks inside the word
     * ("2022-05 / -12", "Digitise / d" in 阅卷's detail at 150 %, English), another cuts it. Words are what stands
     * between spaces and Chinese characters (a Chinese sentence may break anywhere); measured in the label's font
     * against its width less insets, padding and graphic.
     */
    static List<String> brokenWords(javafx.scene.Parent root) {
        List<String> out = new ArrayList<>();
        for (javafx.scene.Node n : root.lookupAll("*")) {
            if (!(n instanceof javafx.scene.control.Label l) || l.getText() == null || l.getText().isBlank()
                    || !LayoutSnapshotTest.treeVisible(l) || LayoutSnapshotTest.insideRow(l) || l.getScene() == null
                    || l.getWidth() <= 0 || insideTableHeader(l)) {
                continue;
            }
            double room = l.getWidth() - l.snappedLeftInset() - l.snappedRightInset() - l.getLabelPadding().getLeft()
                    - l.getLabelPadding().getRight();
            javafx.scene.Node g = l.getGraphic();
            if (g != null && (l.getContentDisplay() == javafx.scene.control.ContentDisplay.LEFT
                    || l.getContentDisplay() == javafx.scene.control.ContentDisplay.RIGHT)) {
                room -= g.prefWidth(-1) + l.getGraphicTextGap();
            }
            for (String word : l.getText().split("[\\s\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]+")) {
                double need = org.courtdesk.app.ui.TableColumns.textWidth(word, l.getFont());
                if (!word.isEmpty() && need > room + 0.5) {
                    out.add("Label[" + l.getId() + "] \"" + l.getText() + "\": \"" + word + "\" needs "
                            + Math.round(need) + " px, has " + Math.round(room));
                }
            }
        }
        return out;
    }

    private static boolean insideTableHeader(javafx.scene.Node n) {
        for (javafx.scene.Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("column-header") || p.getStyleClass().contains("table-view")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void readingAdjournmentAndFilingAt150PercentCutNothing() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            Messages.use("en".equals(lang) ? Messages.ENGLISH : Messages.CHINESE);
            Stage stage = onFx(Stage::new);
            MainWindow main = onFx(() -> new MainWindow(QueueFormFitTest.workspace(), Samples.CLOCK));
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
                    List<String> left = List.of();
                    for (int i = 0; i < 20; i++) {
                        WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS);
                        WaitForAsyncUtils.waitForFxEvents();
                        left = onFx(() -> {
                            List<String> found = new ArrayList<>(LayoutSnapshotTest.cut(main));
                            found.addAll(LayoutSnapshotTest.cutPrompts(main));
                            found.addAll(LayoutSnapshotTest.cutCells(kind));
                            found.addAll(LayoutSnapshotTest.offScreen(main));
                            found.addAll(brokenWords(kind));
                            return found;
                        });
                        if (left.isEmpty()) {
                            break;
                        }
                    }
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
