package org.courtdesk.app.bench;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import org.courtdesk.app.ui.viewer.ImageGuard;
import org.courtdesk.app.ui.viewer.PageSource;
import org.courtdesk.app.ui.viewer.PdfPages;
import org.courtdesk.app.ui.viewer.RenderWorker;
import org.courtdesk.app.ui.viewer.SealedFile;

/**
 * Run by {@link ViewerBench} in its own JVM at {@code -Xmx256m}: pages through 100 pages of a file at 1200 pixels
 * wide and prints the heap in use afterwards. {@code sealed}: the viewer's way (sealed copy on disk, page cache of
 * an eighth of the heap); {@code bytes}: the old way ({@code Loader.loadPDF(byte[])}, every page image kept).
 */
public final class ViewerHeapProbe {

    private ViewerHeapProbe() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path file = Path.of(args[1]);
        Path temp = Path.of(args[2]);
        long peak = 0;
        try {
            if (mode.equals("sealed")) {
                SealedFile sealed;
                try (InputStream in = Files.newInputStream(file)) {
                    sealed = SealedFile.copy(temp, in);
                }
                long budget = Runtime.getRuntime().maxMemory() / 8;
                Map<Integer, BufferedImage> cache = new LinkedHashMap<>(16, 0.75f, true);
                long bytes = 0;
                try (PdfPages pdf = PdfPages.open(sealed.open(), null, new ImageGuard(ImageGuard.defaultBound()))) {
                    for (int p = 0; p < 100; p++) {
                        PageSource.Size s = pdf.pageSize(p);
                        BufferedImage img = pdf.render(p, 1200f / s.width(), RenderWorker.Cancel.none()).image();
                        cache.put(p, img);
                        bytes += (long) img.getWidth() * img.getHeight() * 4;
                        var it = cache.entrySet().iterator();
                        while (bytes > budget && cache.size() > 1) {
                            BufferedImage old = it.next().getValue();
                            bytes -= (long) old.getWidth() * old.getHeight() * 4;
                            it.remove();
                        }
                        peak = Math.max(peak, used());
                    }
                    System.out.println("RESULT ok " + usedAfterGc() / (1 << 20) + " " + peak / (1 << 20));
                } finally {
                    sealed.close();
                }
            } else {
                byte[] all = Files.readAllBytes(file);
                Map<Integer, BufferedImage> kept = new LinkedHashMap<>();
                try (PDDocument doc = Loader.loadPDF(all)) {
                    PDFRenderer r = new PDFRenderer(doc);
                    for (int p = 0; p < 100; p++) {
                        float w = doc.getPage(p).getCropBox().getWidth();
                        kept.put(p, r.renderImage(p, 1200f / w, ImageType.RGB));
                        peak = Math.max(peak, used());
                    }
                    System.out.println("RESULT ok " + usedAfterGc() / (1 << 20) + " " + peak / (1 << 20));
                }
            }
        } catch (OutOfMemoryError e) {
            System.out.println("RESULT oom 0 " + peak / (1 << 20));
        }
        System.exit(0);
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return used();
    }
}
