package org.courtdesk.server.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.courtdesk.model.fonts.CjkFont;

/**
 * The two fonts every generated PDF embeds (as subsets): the bundled CJK font ({@link CjkFont#RESOURCE}, Droid Sans
 * Fallback, which has no Latin letters, digits or ASCII punctuation) and, for those, Liberation Sans, which PDFBox
 * itself carries. The font files are read once per JVM; each document gets its own {@link PDType0Font}.
 */
final class PdfFonts {

    /** Liberation Sans (SIL OFL), shipped inside the pdfbox jar. */
    static final String LATIN_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final byte[] CJK_BYTES = read(CjkFont.RESOURCE);
    private static final byte[] LATIN_BYTES = read(LATIN_RESOURCE);
    /** Read-only after class initialisation, so shared by all threads. */
    private static final CmapLookup CJK_CMAP = cmap(CJK_BYTES);
    private static final CmapLookup LATIN_CMAP = cmap(LATIN_BYTES);

    private PdfFonts() {}

    /** The pair of fonts loaded into one document. */
    record Pair(PDType0Font cjk, PDType0Font latin) {}

    /**
     * Parsed fonts, one pair per thread: parsing the 4 MB CJK font (cmap of 49,000 glyphs, GSUB) is most of the fixed
     * cost of a document, and a {@link TrueTypeFont} may be reused by later documents but not shared between threads.
     */
    private static final ThreadLocal<TrueTypeFont[]> PARSED = ThreadLocal.withInitial(() -> new TrueTypeFont[] {
            parse(CJK_BYTES), parse(LATIN_BYTES)});

    static Pair load(PDDocument doc) throws IOException {
        if (STREAM_MODE) {
            return new Pair(PDType0Font.load(doc, new ByteArrayInputStream(CJK_BYTES), true),
                    PDType0Font.load(doc, new ByteArrayInputStream(LATIN_BYTES), true));
        }
        TrueTypeFont[] fonts = PARSED.get();
        return new Pair(PDType0Font.load(doc, fonts[0], true), PDType0Font.load(doc, fonts[1], true));
    }

    /** -Dcourtdesk.pdf.fontPerDocument=true parses the font bytes again for every document (PDFBox's stream loading). */
    private static final boolean STREAM_MODE = Boolean.getBoolean("courtdesk.pdf.fontPerDocument");

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            // No glyph substitution: the documents are horizontal Chinese without ligatures, and PDFBox's GSUB
            // pass over every shown string (Droid Sans Fallback's table is taken for Latin) was 40 % of the time.
            ttf.setEnableGsub(false);
            return ttf;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse font", e);
        }
    }

    static boolean cjkHas(int codePoint) {
        return CJK_CMAP.getGlyphId(codePoint) != 0;
    }

    static boolean latinHas(int codePoint) {
        return LATIN_CMAP.getGlyphId(codePoint) != 0;
    }

    /** Forces the font files to be read (e.g. before timing something). */
    static void warmUp() {
        // class initialisation does the work
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing from the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }

    private static CmapLookup cmap(byte[] bytes) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            CmapLookup lookup = ttf.getUnicodeCmapLookup();
            lookup.getGlyphId('A'); // make sure the subtable is read now, not lazily by several threads
            return lookup;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse font", e);
        }
    }
}
