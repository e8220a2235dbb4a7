package org.courtdesk.app.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.courtdesk.app.ui.viewer.ImageGuard;
import org.courtdesk.app.ui.viewer.PageSource;
import org.courtdesk.app.ui.viewer.PdfPages;
import org.courtdesk.app.ui.viewer.RenderWorker;
import org.courtdesk.app.ui.viewer.SealedFile;

/**
 * Page 1 of one file, opened and rendered at 96 DPI again and again, with the time of each phase: run under a
 * profiler (JFR) to see where the viewer's page-1 time goes. {@code java -cp … PageOneProfile file.pdf [rounds]}.
 */
public final class PageOneProfile {

    private PageOneProfile() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        SealedFile sealed;
        try (InputStream in = Files.newInputStream(file)) {
            sealed = SealedFile.copy(Path.of("target", "profile-temp"), in);
        }
        ImageGuard guard = new ImageGuard(ImageGuard.defaultBound());
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            try (PdfPages p = PdfPages.open(sealed.open(), null, guard)) {
                long t1 = System.nanoTime();
                PageSource.Rendered d = p.renderDraft(0, 96f / 72f, RenderWorker.Cancel.none());
                long t2 = System.nanoTime();
                PageSource.Rendered r = d.draft() ? p.render(0, 96f / 72f, RenderWorker.Cancel.none()) : d;
                long t3 = System.nanoTime();
                System.out.printf("open %.0f ms, first picture %.0f ms%s, %d×%d %s%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6,
                        d.draft() ? String.format(" (reduced; sharp %.0f ms)", (t3 - t2) / 1e6) : "",
                        r.image().getWidth(), r.image().getHeight(), r.problems());
                if (args.length > 2 && i == rounds - 1) {
                    javax.imageio.ImageIO.write(d.image(), "png", Path.of(args[2] + "-first.png").toFile());
                    javax.imageio.ImageIO.write(r.image(), "png", Path.of(args[2] + "-sharp.png").toFile());
                }
            }
        }
        sealed.close();
    }
}
