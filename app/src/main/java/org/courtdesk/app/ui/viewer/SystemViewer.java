package org.courtdesk.app.ui.viewer;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Opens a file in the program the system associates with it: the judge's way out when a file will not show
 * here. Tests replace the opener ({@link #use}).
 */
public final class SystemViewer {

    private static volatile Consumer<Path> opener = SystemViewer::systemOpen;

    private SystemViewer() {}

    /** Replaces how files are opened (tests); null restores the system's. */
    public static void use(Consumer<Path> replacement) {
        opener = replacement == null ? SystemViewer::systemOpen : replacement;
    }

    static void open(Path file) {
        opener.accept(file);
    }

    private static void systemOpen(Path file) {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(file.toFile());
                return;
            }
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            List<String> cmd = os.startsWith("windows") ? List.of("rundll32", "url.dll,FileProtocolHandler", file.toString())
                    : os.contains("mac") ? List.of("open", file.toString()) : List.of("xdg-open", file.toString());
            new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("no program opens " + file.getFileName(), e);
        }
    }
}
