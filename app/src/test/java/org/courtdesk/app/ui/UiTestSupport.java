package org.courtdesk.app.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Scenes styled like the app's, waiting, and PNG snapshots to app/target/screenshots. */
public final class UiTestSupport {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private UiTestSupport() {}

    public static Scene show(Stage stage, Parent root, double w, double h) {
        Theme.init();
        Scene scene = new Scene(root, w, h);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setWidth(w);
        stage.setHeight(h);
        stage.show();
        return scene;
    }

    /** The longest a condition may take: an upper bound for a loaded CI machine, not a speed target (those live in benches). */
    static final int PATIENCE_SECONDS = 60;

    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + PATIENCE_SECONDS + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static <T> T onFx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static Path snapshot(Node node, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage img = onFx(() -> node.snapshot(null, null));
        BufferedImage b = SwingFXUtils.fromFXImage(img, null);
        Files.createDirectories(SCREENSHOTS);
        Path out = SCREENSHOTS.resolve(name + ".png");
        ImageIO.write(b, "png", out.toFile());
        return out;
    }
}
