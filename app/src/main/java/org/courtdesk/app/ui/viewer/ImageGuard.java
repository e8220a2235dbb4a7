package org.courtdesk.app.ui.viewer;

import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The per-document memory bound, checked before anything large is decoded. An embedded image is measured from
 * its dictionary and, for JBIG2 and JPEG 2000, from the sizes its own stream declares (a bomb's dictionary may
 * say 100×100 while its JBIG2 page says 200,000×200,000); an image whose decoded size is over the bound is
 * refused before the decoder allocates anything, and the page says so.
 */
public final class ImageGuard {

    private static final long MB = 1L << 20;

    /** Bytes one image decode or one page image may take for one document. */
    private final long bound;

    public ImageGuard(long bound) {
        this.bound = bound;
    }

    /** A quarter of the heap, between 48 and 256 MB. */
    public static long defaultBound() {
        long max = Runtime.getRuntime().maxMemory();
        return Math.max(48 * MB, Math.min(256 * MB, max / 4));
    }

    public long bound() {
        return bound;
    }

    /** Null when {@code image} may be decoded, else why not (with its declared size). */
    public PageProblem check(PDImage image) {
        long worst = estimate(image);
        if (image instanceof PDImageXObject x) {
            try {
                PDImageXObject smask = x.getSoftMask();
                if (smask != null) {
                    worst = Math.max(worst, estimate(smask));
                }
                PDImageXObject mask = x.getMask();
                if (mask != null) {
                    worst = Math.max(worst, estimate(mask));
                }
            } catch (IOException e) {
                // the mask will fail on its own and be reported as such
            }
        }
        if (worst > bound) {
            return new PageProblem(PageProblem.Kind.IMAGE_TOO_LARGE, lastSize);
        }
        return null;
    }

    private String lastSize = "";

    long estimate(PDImage image) {
        String filter = lastFilter(image.getCOSObject());
        COSDictionary dict = image.getCOSObject();
        long w;
        long h;
        int bpc;
        int comps = 3;
        if ("JPXDecode".equals(filter)) {
            // PDFBox answers a JPEG 2000 image's width, bits and colour space by decoding the whole image (and the
            // render decodes it again): the dictionary and the code stream's own header say enough
            w = Math.max(0, dict.getInt(COSName.WIDTH, 0));
            h = Math.max(0, dict.getInt(COSName.HEIGHT, 0));
            bpc = Math.max(1, dict.getInt(COSName.BITS_PER_COMPONENT, 8));
        } else {
            w = Math.max(0, image.getWidth());
            h = Math.max(0, image.getHeight());
            bpc = Math.max(1, image.getBitsPerComponent());
            try {
                if (image.getColorSpace() != null) {
                    comps = image.getColorSpace().getNumberOfComponents();
                }
            } catch (IOException | RuntimeException e) {
                comps = 3;
            }
        }
        if (image.isStencil()) {
            comps = 1;
        }
        long est;
        if ("JBIG2Decode".equals(filter) && dict instanceof COSStream s) {
            long[] declared = jbig2Size(s);
            w = Math.max(w, declared[0]);
            h = Math.max(h, declared[1]);
            est = w * h / 8 * 2; // the decoder's page bitmap and PDFBox's copy
        } else if ("JPXDecode".equals(filter) && dict instanceof COSStream s) {
            long[] declared = jpxSize(s);
            w = Math.max(w, declared[0]);
            h = Math.max(h, declared[1]);
            comps = (int) Math.max(comps, declared[2]);
            est = w * h * comps * 2;
        } else if ("DCTDecode".equals(filter) || "DCT".equals(filter)) {
            // JPEG is read subsampled to the screen: only absurd sizes are refused
            est = w > 65535 || h > 65535 ? Long.MAX_VALUE : w * h / 16;
        } else {
            est = w * h * comps * bpc / 8;
        }
        lastSize = w + "×" + h;
        return est;
    }

    private static String lastFilter(COSDictionary dict) {
        COSBase f = dict.getDictionaryObject(COSName.FILTER, COSName.F);
        if (f instanceof COSName n) {
            return n.getName();
        }
        if (f instanceof COSArray a && a.size() > 0 && a.getObject(a.size() - 1) instanceof COSName n) {
            return n.getName();
        }
        return "";
    }

    /** The largest page or region width and height in an embedded JBIG2 stream's segment headers. */
    static long[] jbig2Size(COSStream stream) {
        long[] max = {0, 0};
        try (InputStream in = stream.createRawInputStream()) {
            byte[] head = in.readNBytes(1 << 20);
            scanJbig2(head, max);
        } catch (IOException | RuntimeException e) {
            // unreadable headers: the decoder will fail on its own
        }
        return max;
    }

    static void scanJbig2(byte[] b, long[] max) {
        int p = 0;
        for (int segments = 0; segments < 256 && p + 11 <= b.length; segments++) {
            long number = u32(b, p);
            int flags = b[p + 4] & 0xff;
            int type = flags & 0x3f;
            boolean longPage = (flags & 0x40) != 0;
            p += 5;
            int first = b[p] & 0xff;
            int count = first >>> 5;
            if (count == 7) {
                if (p + 4 > b.length) {
                    return;
                }
                count = (int) (u32(b, p) & 0x1fffffff);
                p += 4 + (count + 8) / 8;
            } else {
                p += 1;
            }
            int refSize = number <= 256 ? 1 : number <= 65536 ? 2 : 4;
            p += count * refSize + (longPage ? 4 : 1);
            if (p + 4 > b.length) {
                return;
            }
            long length = u32(b, p);
            p += 4;
            boolean sized = type == 48 || type == 6 || type == 7 || type == 22 || type == 23 || type == 36
                    || type == 38 || type == 39 || type == 40 || type == 42 || type == 43;
            if (sized && p + 8 <= b.length) {
                long w = u32(b, p);
                long h = u32(b, p + 4);
                max[0] = Math.max(max[0], w == 0xffffffffL ? 0 : w);
                max[1] = Math.max(max[1], h == 0xffffffffL ? 0 : h);
            }
            if (length == 0xffffffffL || type == 51) {
                return; // unknown length (immediate generic region) or end of file
            }
            p += (int) Math.min(length, Integer.MAX_VALUE - p);
        }
    }

    /** Width, height and components of a JPEG 2000 code stream's SIZ marker. */
    static long[] jpxSize(COSStream stream) {
        try (InputStream in = stream.createRawInputStream()) {
            byte[] b = in.readNBytes(1 << 16);
            for (int i = 0; i + 40 < b.length; i++) {
                if ((b[i] & 0xff) == 0xff && (b[i + 1] & 0xff) == 0x51) {
                    int p = i + 2 + 2 + 2; // marker, Lsiz, Rsiz
                    long x = u32(b, p) - u32(b, p + 8);
                    long y = u32(b, p + 4) - u32(b, p + 12);
                    int c = ((b[p + 32] & 0xff) << 8) | (b[p + 33] & 0xff);
                    return new long[] {Math.max(0, x), Math.max(0, y), c};
                }
            }
        } catch (IOException | RuntimeException e) {
            // the decoder will fail on its own
        }
        return new long[] {0, 0, 0};
    }

    private static long u32(byte[] b, int p) {
        return ((long) (b[p] & 0xff) << 24) | ((b[p + 1] & 0xff) << 16) | ((b[p + 2] & 0xff) << 8) | (b[p + 3] & 0xff);
    }

    /** The largest scale at which a {@code w}×{@code h} point page stays under the bound (and 40 megapixels). */
    public float maxScale(float w, float h) {
        double pixels = Math.min(bound / 4.0, 40e6);
        return (float) Math.sqrt(pixels / Math.max(1.0, (double) w * h));
    }

}
