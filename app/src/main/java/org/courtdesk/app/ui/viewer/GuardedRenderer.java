package org.courtdesk.app.ui.viewer;

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
    }

    /** Renders one page; the problems met on it are added to {@code found}. */
    BufferedImage render(int page, float scale, RenderWorker.Cancel cancel, List<PageProblem> found) throws IOException {
        this.cancel = cancel;
        this.problems = found;
        try {
            return renderImage(page, scale, ImageType.RGB);
        } finally {
            this.cancel = RenderWorker.Cancel.none();
            this.problems = new ArrayList<>();
        }
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
            super.drawImage(image);
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
