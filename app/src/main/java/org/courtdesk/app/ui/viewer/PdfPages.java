package org.courtdesk.app.ui.viewer;

import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** An open PDF and its page renderer (PDFBox). Not thread-safe: use from one worker thread. */
public final class PdfPages implements AutoCloseable {

    /** PDFBox's scale 1 is 72 DPI; screens are 96. */
    public static final float SCREEN_SCALE = 96f / 72f;

    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    public static boolean looksLikePdf(byte[] bytes) {
        if (bytes == null || bytes.length < 5) {
            return false;
        }
        int limit = Math.min(bytes.length - 4, 1024);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    /** @throws org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException when the file needs a password */
    public static PdfPages open(byte[] bytes) throws IOException {
        return new PdfPages(Loader.loadPDF(bytes));
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** Renders a 0-based page at {@code zoom} × screen resolution. */
    public BufferedImage render(int page, double zoom) throws IOException {
        return renderer.renderImage(page, (float) (SCREEN_SCALE * zoom), ImageType.RGB);
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException ignored) {
            // nothing left to do
        }
    }
}
