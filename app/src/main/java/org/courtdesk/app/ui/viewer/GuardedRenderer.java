package org.courtdesk.app.ui.viewer;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.MissingResourceException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.filter.MissingImageReaderException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * PDFBox's renderer with the checks a judge's files need: the job's {@link RenderWorker.Cancel} flag is checked
 * before every content-stream operator and annotation (an abandoned render stops within one operator and frees its
 * CPU), every image is measured by the {@link ImageGuard} before it is decoded (a bomb is skipped and the page
 * flagged), and an image PDFBox could not decode — a missing JPEG 2000/JBIG2 decoder, damaged data — is recorded
 * as a {@link PageProblem} instead of leaving a silent white hole.
 */
final class GuardedRenderer extends PDFRenderer {

    private final ImageGuard guard;
    private RenderWorker.Cancel cancel = RenderWorker.Cancel.none();
    private List<PageProblem> problems = new ArrayList<>();

    GuardedRenderer(PDDocument document, ImageGuard guard) {
        super(document);
        this.guard = guard;
        setSubsamplingAllowed(true);
        // PDFBox's default for images is bicubic: a scan drawn at screen size spent most of its page-1 time in
        // Java2D's bicubic transform (profiled: ~60 % of a 1654×2339 JPEG page). Subsampling already brings an image
        // within 2× of its drawn size, where bilinear looks the same on screen at a fraction of the cost.
        RenderingHints hints = new RenderingHints(null);
        hints.put(RenderingHints.KEY_INTERPOLATION, Boolean.getBoolean("courtdesk.viewer.bicubic")
                ? RenderingHints.VALUE_INTERPOLATION_BICUBIC : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        hints.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        hints.put(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        setRenderingHints(hints);
    }

    /** Renders one page; the problems met on it are added to {@code found}. */
    BufferedImage render(int page, float scale, RenderWorker.Cancel cancel, List<PageProblem> found) throws IOException {
        return render(page, scale, cancel, found, false);
    }

    private boolean draft;
    private boolean reduced;
    private float scale;

    /**
     * Renders one page; with {@code draft}, JPEG 2000 images are decoded at a lower resolution level of their own
     * (a wavelet image holds its half and quarter sizes: decoding one skips most of the work, ~4× faster) — a first
     * picture of a slow page to show while the sharp one renders. {@link #reduced()} says whether anything was.
     */
    BufferedImage render(int page, float scale, RenderWorker.Cancel cancel, List<PageProblem> found, boolean draft)
            throws IOException {
        this.cancel = cancel;
        this.problems = found;
        this.draft = draft;
        this.reduced = false;
        this.scale = scale;
        try {
            return renderImage(page, scale, ImageType.RGB);
        } finally {
            this.cancel = RenderWorker.Cancel.none();
            this.problems = new ArrayList<>();
            this.draft = false;
        }
    }

    /** Whether the last render drew an image at a reduced resolution (a draft to be refined). */
    boolean reduced() {
        return reduced;
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new Drawer(parameters);
    }

    private final class Drawer extends PageDrawer {

        Drawer(PageDrawerParameters parameters) throws IOException {
            super(parameters);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            cancel.check();
            super.processOperator(operator, operands);
        }

        @Override
        public void showAnnotation(PDAnnotation annotation) throws IOException {
            cancel.check();
            super.showAnnotation(annotation);
        }

        @Override
        public void drawImage(PDImage image) throws IOException {
            cancel.check();
            PageProblem refused = guard.check(image);
            if (refused != null) {
                problems.add(refused);
                return;
            }
            if (image instanceof PDImageXObject x) {
                JpxDraft.Decoded d = JpxDraft.decode(x, drawnWidth(), cancel, draft);
                if (d != null) { // a plain JPEG 2000 image: decoded once, at the level needed
                    reduced |= d.reduced();
                    super.drawImage(new JpxDraft.Image(x, d));
                    return;
                }
            }
            super.drawImage(image);
        }

        /** Device pixels across the image being drawn. */
        private double drawnWidth() {
            var m = getGraphicsState().getCurrentTransformationMatrix();
            return Math.hypot(m.getScaleX(), m.getShearY()) * scale;
        }

        @Override
        protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
            if (e instanceof MissingImageReaderException) {
                problems.add(new PageProblem(PageProblem.Kind.DECODER_MISSING, decoderName(e)));
            } else if (!(e instanceof MissingResourceException) && (OperatorName.DRAW_OBJECT.equals(operator.getName())
                    || OperatorName.BEGIN_INLINE_IMAGE.equals(operator.getName()))) {
                problems.add(new PageProblem(PageProblem.Kind.IMAGE_FAILED, ""));
            }
            super.operatorException(operator, operands, e);
        }
    }

    static String decoderName(Throwable e) {
        String m = String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT);
        if (m.contains("JPEG2000") || m.contains("JPX") || m.contains("JPEG 2000")) {
            return "JPEG 2000";
        }
        if (m.contains("JBIG2")) {
            return "JBIG2";
        }
        if (m.contains("TIFF") || m.contains("CCITT")) {
            return "TIFF";
        }
        return "";
    }
}
