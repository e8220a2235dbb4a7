package org.courtdesk.app.ui.viewer;

import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.github.jaiimageio.jpeg2000.J2KImageReadParam;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A JPEG 2000 image decoded once, at the resolution level of its own wavelet pyramid that the page needs (PDFBox
 * decodes it twice, the first time only to learn its size), or one level lower for a page's first picture: the
 * decoder then skips the entropy decoding and the last synthesis of the finest level, most of its work. Only
 * for plain images (a lone JPXDecode filter, device RGB or grey or the stream's own colour, no mask, no decode
 * array, no optional content); anything else is drawn the normal way. The sharp render follows.
 */
final class JpxDraft {

    private JpxDraft() {}

    /** A decoded image; {@code reduced}: below the resolution the page needs (a draft). */
    record Decoded(BufferedImage image, boolean reduced, int width, int height) {}

    /**
     * A plain JPEG 2000 image decoded once, at the smallest level of its pyramid at least as wide as it is drawn
     * (with {@code draft}: at least half as wide), or null when it is not plain (PDFBox then draws it its own way,
     * which decodes it twice: once to learn its size, once to draw it).
     */
    static Decoded decode(PDImageXObject x, double drawnWidth, RenderWorker.Cancel cancel, boolean draft) {
        try {
            COSStream s = x.getCOSObject();
            if (!lonelyJpx(s) || x.isStencil() || x.getOptionalContent() != null
                    || s.getDictionaryObject(COSName.SMASK) != null || s.getDictionaryObject(COSName.MASK) != null
                    || s.getDictionaryObject(COSName.DECODE) != null
                    || s.getDictionaryObject(COSName.getPDFName("SMaskInData")) != null) {
                return null;
            }
            COSBase cs = s.getDictionaryObject(COSName.COLORSPACE);
            if (cs != null && !COSName.DEVICERGB.equals(cs) && !COSName.DEVICEGRAY.equals(cs)) {
                return null;
            }
            long[] siz = ImageGuard.jpxSize(s); // never x.getWidth(): PDFBox decodes the whole image to answer it
            int w = (int) siz[0];
            int h = (int) siz[1];
            int levels = levels(s);
            if (w <= 0 || h <= 0 || levels <= 0) {
                return null;
            }
            int sharp = reduction(w, drawnWidth, levels);
            int r = draft ? reduction(w, drawnWidth / 2, levels) : sharp;
            cancel.check();
            ImageReader reader = null;
            for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName("jpeg2000"); it.hasNext(); ) {
                ImageReader candidate = it.next();
                if (candidate.getDefaultReadParam() instanceof J2KImageReadParam) {
                    reader = candidate;
                    break;
                }
            }
            if (reader == null) {
                return null;
            }
            try (InputStream raw = s.createRawInputStream(); ImageInputStream iis = new MemoryCacheImageInputStream(raw)) {
                reader.setInput(iis, true, true);
                J2KImageReadParam p = (J2KImageReadParam) reader.getDefaultReadParam();
                p.setResolution(levels - r);
                BufferedImage img = reader.read(0, p);
                int bands = img.getRaster().getNumBands();
                return bands == 1 || bands == 3 ? new Decoded(img, r > sharp, w, h) : null;
            } finally {
                reader.dispose();
            }
        } catch (RenderWorker.Aborted a) {
            throw a;
        } catch (Exception | OutOfMemoryError e) {
            return null; // the normal decode will say what is wrong
        }
    }

    /** How many halvings keep an image of width {@code w} at least {@code needed} pixels wide. */
    private static int reduction(int w, double needed, int levels) {
        int r = 0;
        while (r < levels && (w >> (r + 1)) >= needed && (w >> (r + 1)) > 0) {
            r++;
        }
        return r;
    }

    private static boolean lonelyJpx(COSDictionary d) {
        COSBase f = d.getDictionaryObject(COSName.FILTER, COSName.F);
        if (f instanceof COSName n) {
            return COSName.JPX_DECODE.equals(n);
        }
        return f instanceof COSArray a && a.size() == 1 && COSName.JPX_DECODE.equals(a.getObject(0));
    }

    /** The number of wavelet decomposition levels in the stream's COD marker (0 if not found). */
    static int levels(COSStream s) {
        try (InputStream in = s.createRawInputStream()) {
            byte[] b = in.readNBytes(1 << 16);
            for (int i = 0; i + 10 < b.length; i++) {
                if ((b[i] & 0xff) == 0xff && (b[i + 1] & 0xff) == 0x52) {
                    int lcod = ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
                    int levels = b[i + 9] & 0xff;
                    if (lcod >= 12 && levels <= 32) {
                        return levels;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // not found
        }
        return 0;
    }

    /** The image as PDFBox's drawer sees it: the original's properties with the small picture as its pixels. */
    static final class Image implements PDImage {
        private final PDImageXObject x;
        private final BufferedImage small;
        private final int width;
        private final int height;

        Image(PDImageXObject x, Decoded d) {
            this.x = x;
            this.small = d.image();
            this.width = d.width();
            this.height = d.height();
        }

        @Override
        public BufferedImage getImage() {
            return small;
        }

        @Override
        public WritableRaster getRawRaster() {
            return small.getRaster();
        }

        @Override
        public BufferedImage getRawImage() {
            return small;
        }

        @Override
        public BufferedImage getImage(Rectangle region, int subsampling) {
            return small;
        }

        @Override
        public BufferedImage getStencilImage(Paint paint) throws IOException {
            return x.getStencilImage(paint);
        }

        @Override
        public InputStream createInputStream() throws IOException {
            return x.createInputStream();
        }

        @Override
        public InputStream createInputStream(List<String> stopFilters) throws IOException {
            return x.createInputStream(stopFilters);
        }

        @Override
        public InputStream createInputStream(DecodeOptions options) throws IOException {
            return x.createInputStream(options);
        }

        @Override
        public boolean isEmpty() {
            return x.isEmpty();
        }

        @Override
        public boolean isStencil() {
            return false;
        }

        @Override
        public void setStencil(boolean isStencil) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getBitsPerComponent() {
            return small.getColorModel().getComponentSize(0);
        }

        @Override
        public void setBitsPerComponent(int bitsPerComponent) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PDColorSpace getColorSpace() throws IOException {
            if (x.getCOSObject().getDictionaryObject(COSName.COLORSPACE) != null) {
                return x.getColorSpace();
            }
            // PDFBox would decode the whole image to learn it: the decoded picture says it
            return small.getRaster().getNumBands() == 1 ? PDDeviceGray.INSTANCE : PDDeviceRGB.INSTANCE;
        }

        @Override
        public void setColorSpace(PDColorSpace colorSpace) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getHeight() {
            return height;
        }

        @Override
        public void setHeight(int height) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getWidth() {
            return width;
        }

        @Override
        public void setWidth(int width) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setDecode(COSArray decode) {
            throw new UnsupportedOperationException();
        }

        @Override
        public COSArray getDecode() {
            return null;
        }

        @Override
        public boolean getInterpolate() {
            return true; // the small picture is drawn larger: smoothly, not in blocks
        }

        @Override
        public void setInterpolate(boolean value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getSuffix() {
            return x.getSuffix();
        }

        @Override
        public COSDictionary getCOSObject() {
            return x.getCOSObject();
        }
    }
}
