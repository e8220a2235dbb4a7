package org.courtdesk.app.ui.viewer;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadUpdateListener;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.stream.ImageInputStream;

/**
 * A scan as pages: every image of a TIFF (multi-page scans, through the TwelveMonkeys plugin), or one JPEG/PNG.
 * Pages are read subsampled to the size on screen, so a 600 DPI scan costs the memory of what is shown; sizes are
 * checked before decoding. 100 % shows one image pixel per screen pixel.
 */
public final class ImagePages implements PageSource {

    /** Points per image pixel, so that {@link PageSource#SCREEN_SCALE} maps one pixel to one screen pixel. */
    private static final float POINTS_PER_PIXEL = 72f / 96f;
    private static final long MAX_PIXELS = 1L << 30;

    private final ImageInputStream input;
    private final ImageReader reader;
    private final ImageGuard guard;
    private final int pages;

    private ImagePages(ImageInputStream input, ImageReader reader, ImageGuard guard, int pages) {
        this.input = input;
        this.reader = reader;
        this.guard = guard;
        this.pages = pages;
    }

    /** Null when no installed ImageIO reader knows the format. */
    public static ImagePages open(ImageInputStream input, ImageGuard guard) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        if (!readers.hasNext()) {
            input.close();
            return null;
        }
        ImageReader reader = readers.next();
        reader.setInput(input, false, true);
        int n;
        try {
            n = reader.getNumImages(true);
        } catch (IOException | RuntimeException e) {
            reader.dispose();
            input.close();
            throw e instanceof IOException io ? io : new IOException(e);
        }
        if (n <= 0) {
            reader.dispose();
            input.close();
            throw new IOException("no image in file");
        }
        return new ImagePages(input, reader, guard, n);
    }

    /** The format's name as the reader gives it (e.g. "tif", "JPEG"). */
    public String format() {
        try {
            return reader.getFormatName();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public int pageCount() {
        return pages;
    }

    @Override
    public Size pageSize(int page) throws IOException {
        return new Size(reader.getWidth(page) * POINTS_PER_PIXEL, reader.getHeight(page) * POINTS_PER_PIXEL);
    }

    @Override
    public Rendered render(int page, float scale, RenderWorker.Cancel cancel) throws Exception {
        int w = reader.getWidth(page);
        int h = reader.getHeight(page);
        List<PageProblem> problems = new ArrayList<>();
        if ((long) w * h > MAX_PIXELS || w <= 0 || h <= 0) {
            throw new ViewerException("viewer.error.pageTooLarge", null, w + "×" + h);
        }
        Size size = pageSize(page);
        float s = Math.min(scale, guard.maxScale(size.width(), size.height()));
        if (s < scale) {
            problems.add(new PageProblem(PageProblem.Kind.REDUCED, ""));
        }
        int tw = Math.max(1, Math.round(size.width() * s));
        int th = Math.max(1, Math.round(size.height() * s));
        int sub = Math.max(1, Math.min(w / tw, h / th));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(sub, sub, 0, 0);
        IIOReadUpdateListener abort = new IIOReadUpdateListener() {
            private void poll() {
                if (cancel.stopped()) {
                    reader.abort();
                }
            }

            @Override public void passStarted(javax.imageio.ImageReader r, BufferedImage i, int p, int minP, int maxP,
                    int minX, int minY, int px, int py, int[] bands) { poll(); }
            @Override public void imageUpdate(javax.imageio.ImageReader r, BufferedImage i, int minX, int minY, int w2,
                    int h2, int px, int py, int[] bands) { poll(); }
            @Override public void passComplete(javax.imageio.ImageReader r, BufferedImage i) { poll(); }
            @Override public void thumbnailPassStarted(javax.imageio.ImageReader r, BufferedImage i, int p, int minP,
                    int maxP, int minX, int minY, int px, int py, int[] bands) { }
            @Override public void thumbnailUpdate(javax.imageio.ImageReader r, BufferedImage i, int minX, int minY,
                    int w2, int h2, int px, int py, int[] bands) { }
            @Override public void thumbnailPassComplete(javax.imageio.ImageReader r, BufferedImage i) { }
        };
        IIOReadProgressListener progress = new IIOReadProgressListener() {
            @Override public void sequenceStarted(ImageReader r, int i) { }
            @Override public void sequenceComplete(ImageReader r) { }
            @Override public void imageStarted(ImageReader r, int i) { }
            @Override public void imageProgress(ImageReader r, float p) {
                if (cancel.stopped()) {
                    r.abort();
                }
            }
            @Override public void imageComplete(ImageReader r) { }
            @Override public void thumbnailStarted(ImageReader r, int i, int t) { }
            @Override public void thumbnailProgress(ImageReader r, float p) { }
            @Override public void thumbnailComplete(ImageReader r) { }
            @Override public void readAborted(ImageReader r) { }
        };
        reader.addIIOReadUpdateListener(abort);
        reader.addIIOReadProgressListener(progress);
        BufferedImage raw;
        try {
            cancel.check();
            raw = reader.read(page, param);
        } finally {
            reader.removeIIOReadUpdateListener(abort);
            reader.removeIIOReadProgressListener(progress);
        }
        cancel.check();
        BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, tw, th);
        g.drawImage(raw, 0, 0, tw, th, null);
        g.dispose();
        return new Rendered(out, s, List.copyOf(problems));
    }

    @Override
    public PageText text(int page, RenderWorker.Cancel cancel) {
        return PageText.EMPTY;
    }

    @Override
    public List<OutlineItem> outline() {
        return List.of();
    }

    @Override
    public void close() {
        reader.dispose();
        try {
            input.close();
        } catch (IOException ignored) {
            // nothing left to do
        }
    }
}
