package org.courtdesk.app.ui.viewer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * An open PDF read from disk ({@link SealedFile}), never held whole in memory: PDFBox reads objects from the file
 * as pages need them and keeps its scratch streams in temporary files. Not thread-safe: used from its
 * {@link RenderWorker}'s thread only.
 */
public final class PdfPages implements PageSource {

    private static final int MAX_OUTLINE = 2000;

    private final PDDocument document;
    private final GuardedRenderer renderer;
    private final ImageGuard guard;
    private List<OutlineItem> outline;

    private PdfPages(PDDocument document, ImageGuard guard) {
        this.document = document;
        // PDFBox keeps decoded images in soft references by default: hundreds of MB after paging a scan, released
        // only under pressure. Images are decoded per render instead; the viewer's page cache has the budget.
        document.setResourceCache(new DefaultResourceCache() {
            @Override
            public void put(COSObject indirect, PDXObject xobject) {
                // not kept
            }
        });
        this.guard = guard;
        this.renderer = new GuardedRenderer(document, guard);
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

    /**
     * Opens {@code source} (closed with the document).
     *
     * @throws org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException when the file needs a (another) password
     */
    public static PdfPages open(RandomAccessRead source, String password, ImageGuard guard) throws IOException {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(source, password == null ? "" : password, null, null,
                    IOUtils.createTempFileOnlyStreamCache());
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
        return new PdfPages(doc, guard);
    }

    @Override
    public int pageCount() {
        return document.getNumberOfPages();
    }

    @Override
    public Size pageSize(int page) {
        PDPage p = document.getPage(page);
        PDRectangle box = p.getCropBox();
        int rotation = ((p.getRotation() % 360) + 360) % 360;
        return rotation == 90 || rotation == 270 ? new Size(box.getHeight(), box.getWidth())
                : new Size(box.getWidth(), box.getHeight());
    }

    @Override
    public Rendered render(int page, float scale, RenderWorker.Cancel cancel) throws IOException {
        return render(page, scale, cancel, false);
    }

    @Override
    public Rendered renderDraft(int page, float scale, RenderWorker.Cancel cancel) throws IOException {
        return render(page, scale, cancel, true);
    }

    private Rendered render(int page, float scale, RenderWorker.Cancel cancel, boolean draft) throws IOException {
        Size size = pageSize(page);
        List<PageProblem> problems = new ArrayList<>();
        float max = guard.maxScale(size.width(), size.height());
        float s = scale;
        if (s > max) {
            s = max;
            problems.add(new PageProblem(PageProblem.Kind.REDUCED, ""));
        }
        BufferedImage img = renderer.render(page, s, cancel, problems, draft);
        return new Rendered(img, s, List.copyOf(problems), draft && renderer.reduced());
    }

    @Override
    public PageText text(int page, RenderWorker.Cancel cancel) throws IOException {
        return PageText.extract(document, page, cancel);
    }

    @Override
    public List<OutlineItem> outline() {
        if (outline == null) {
            List<OutlineItem> items = new ArrayList<>();
            try {
                PDDocumentOutline root = document.getDocumentCatalog().getDocumentOutline();
                if (root != null) {
                    Map<PDPage, Integer> index = new IdentityHashMap<>();
                    int i = 0;
                    for (PDPage p : document.getPages()) {
                        index.put(p, i++);
                    }
                    walk(root, 0, items, index, new IdentityHashMap<>());
                }
            } catch (IOException | RuntimeException e) {
                // a broken outline is no reason not to show the pages
            }
            outline = List.copyOf(items);
        }
        return outline;
    }

    private void walk(PDOutlineNode node, int depth, List<OutlineItem> out, Map<PDPage, Integer> index,
            Map<Object, Boolean> seen) throws IOException {
        if (depth > 8) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            if (out.size() >= MAX_OUTLINE || seen.put(item.getCOSObject(), Boolean.TRUE) != null) {
                return; // cyclic outlines exist
            }
            PDPage target = item.findDestinationPage(document);
            Integer page = target == null ? null : index.get(target);
            if (page == null && target != null) {
                int i = document.getPages().indexOf(target);
                page = i >= 0 ? i : null;
            }
            String title = item.getTitle() == null ? "" : item.getTitle().strip();
            out.add(new OutlineItem(title, page == null ? -1 : page, depth));
            walk(item, depth + 1, out, index, seen);
        }
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
