package org.courtdesk.app.ui.viewer;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * An open document the viewer pages through: a PDF ({@link PdfPages}) or a scan ({@link ImagePages}: TIFF with
 * several pages, JPEG, PNG). Used from its {@link RenderWorker}'s thread only.
 */
public interface PageSource extends AutoCloseable {

    /** PDF points per screen pixel at 100 %: PDFBox's scale 1 is 72 DPI, screens are 96. */
    float SCREEN_SCALE = 96f / 72f;

    int pageCount();

    /** The page's size in points as shown (after the page's own /Rotate). */
    Size pageSize(int page) throws Exception;

    /** Renders a 0-based page at {@code scale} device pixels per point (already including zoom and HiDPI). */
    Rendered render(int page, float scale, RenderWorker.Cancel cancel) throws Exception;

    /**
     * A first picture of a page that is slow to render (its JPEG 2000 images at a lower resolution level), or the
     * page itself when nothing on it is slow ({@link Rendered#draft()} says which).
     */
    default Rendered renderDraft(int page, float scale, RenderWorker.Cancel cancel) throws Exception {
        return render(page, scale, cancel);
    }

    /** The page's text with its positions (empty for scans). */
    PageText text(int page, RenderWorker.Cancel cancel) throws Exception;

    /** The document's outline (bookmarks), empty if none. */
    List<OutlineItem> outline();

    @Override
    void close();

    record Size(float width, float height) {}

    /**
     * A rendered page. {@code scale} is what was actually used (lower than asked when the bound on pixels cut it);
     * {@code problems} says what on the page could not be shown (a refused image, a missing decoder); {@code draft}:
     * a first picture at reduced resolution, the sharp page still to come.
     */
    record Rendered(BufferedImage image, float scale, List<PageProblem> problems, boolean draft) {
        public Rendered(BufferedImage image, float scale, List<PageProblem> problems) {
            this(image, scale, problems, false);
        }

        public long bytes() {
            return (long) image.getWidth() * image.getHeight() * 4;
        }
    }

    record OutlineItem(String title, int page, int depth) {}
}
