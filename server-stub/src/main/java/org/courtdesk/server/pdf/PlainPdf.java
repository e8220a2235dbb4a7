package org.courtdesk.server.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A minimal A4 text writer for the case file's cover and notices: lines of text at a size, wrapped to the page,
 * new pages as needed. Chinese runs use the bundled CJK font, everything else (digits, Latin, ASCII punctuation,
 * which that font lacks) Liberation Sans from the pdfbox jar ({@link PdfFonts}, shared with {@link CjkPdfWriter}),
 * both embedded as subsets, so the text round-trips through PDFTextStripper. Deliberately small; richer layout
 * (tables, seals, page footers) is {@link CjkPdfWriter}.
 */
public final class PlainPdf {

    private static final float MARGIN = 64f;
    private static final PDRectangle PAGE = PDRectangle.A4;

    private record Line(String text, float size, boolean centred) {}

    private final List<Line> lines = new ArrayList<>();

    /** A line (wrapped when too long). */
    public PlainPdf line(String text, float size) {
        lines.add(new Line(text == null ? "" : text, size, false));
        return this;
    }

    /** A centred line (a title). */
    public PlainPdf title(String text, float size) {
        lines.add(new Line(text == null ? "" : text, size, true));
        return this;
    }

    /** Empty space of about one line at {@code size}. */
    public PlainPdf gap(float size) {
        lines.add(new Line("", size, false));
        return this;
    }

    /** What this document draws, as text: equal recipes give equal documents (a key for caching them). */
    public String recipe() {
        return lines.toString();
    }

    public byte[] toBytes() {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts.Pair fonts = PdfFonts.load(doc);
            PDType0Font cjk = fonts.cjk();
            PDType0Font latin = fonts.latin();
            float width = PAGE.getWidth() - 2 * MARGIN;
            PDPageContentStream cs = null;
            float y = 0;
            for (Line line : lines) {
                for (String part : wrap(line.text(), line.size(), width, cjk, latin)) {
                    float leading = line.size() * 1.7f;
                    if (cs == null || y - leading < MARGIN) {
                        if (cs != null) {
                            cs.close();
                        }
                        PDPage page = new PDPage(PAGE);
                        doc.addPage(page);
                        cs = new PDPageContentStream(doc, page);
                        y = PAGE.getHeight() - MARGIN;
                    }
                    float x = MARGIN + (line.centred() ? (width - width(part, line.size(), cjk, latin)) / 2 : 0);
                    draw(cs, part, x, y - line.size(), line.size(), cjk, latin);
                    y -= leading;
                }
            }
            if (cs == null) {
                doc.addPage(new PDPage(PAGE));
            } else {
                cs.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isCjk(int cp) {
        return cp > 0x7F && PdfFonts.cjkHas(cp);
    }

    /** Characters neither font has become '?', so a stray symbol never breaks a document. */
    private static String safe(String run, PDType0Font font) {
        StringBuilder sb = new StringBuilder();
        run.codePoints().forEach(cp -> {
            String s = new String(Character.toChars(cp));
            try {
                font.encode(s);
                sb.append(s);
            } catch (IOException | IllegalArgumentException e) {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    private static List<String[]> runs(String text) {
        List<String[]> runs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        Boolean curCjk = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean c = isCjk(cp);
            if (curCjk != null && c != curCjk) {
                runs.add(new String[] {curCjk ? "c" : "l", cur.toString()});
                cur.setLength(0);
            }
            curCjk = c;
            cur.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (cur.length() > 0) {
            runs.add(new String[] {curCjk ? "c" : "l", cur.toString()});
        }
        return runs;
    }

    private static float width(String text, float size, PDType0Font cjk, PDType0Font latin) throws IOException {
        float w = 0;
        for (String[] run : runs(text)) {
            PDType0Font f = run[0].equals("c") ? cjk : latin;
            w += f.getStringWidth(safe(run[1], f)) / 1000f * size;
        }
        return w;
    }

    private static void draw(PDPageContentStream cs, String text, float x, float y, float size, PDType0Font cjk,
                             PDType0Font latin) throws IOException {
        float cx = x;
        for (String[] run : runs(text)) {
            PDType0Font f = run[0].equals("c") ? cjk : latin;
            String s = safe(run[1], f);
            cs.beginText();
            cs.setFont(f, size);
            cs.newLineAtOffset(cx, y);
            cs.showText(s);
            cs.endText();
            cx += f.getStringWidth(s) / 1000f * size;
        }
    }

    private static List<String> wrap(String text, float size, float max, PDType0Font cjk, PDType0Font latin)
            throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            PDType0Font f = isCjk(cp) ? cjk : latin;
            float w = f.getStringWidth(safe(ch, f)) / 1000f * size;
            if (line.length() > 0 && used + w > max) {
                out.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(ch);
            used += w;
            i += Character.charCount(cp);
        }
        out.add(line.toString());
        return out;
    }
}
