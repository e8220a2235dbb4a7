package org.courtdesk.server.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * A small typesetter for Chinese A4 documents with PDFBox: titles, justified paragraphs with proper Chinese line
 * breaking (no line starts with ，。、；：？！）》 and none ends with （《“), label/value lines with a hanging indent,
 * ruled tables with wrapped cells, chat bubbles, frames and red seals, and a footer with page numbers
 * ("第 n 页 共 m 页") drawn once the page count is known. Text mixes the CJK font with a Latin font for digits and
 * ASCII, run by run, so case numbers such as （2023）粤0106民初123号 are real text that round-trips through
 * PDFTextStripper.
 *
 * <p>Not thread-safe; one writer per document. Use it and then call {@link #toBytes()} once.
 */
public final class CjkPdfWriter implements AutoCloseable {

    public static final float BODY_SIZE = 12f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN_X = 72f;
    private static final float MARGIN_TOP = 70f;
    private static final float MARGIN_BOTTOM = 72f;
    private static final float LEADING = 1.8f;

    private static final String NO_LINE_START = "，。、；：？！）》」』】〕”’…—％%,.;:?!)]}·";
    private static final String NO_LINE_END = "（《「『【〔“‘([{";

    private final PDDocument doc;
    private final PDType0Font cjk;
    private final PDType0Font latin;
    /** First page index of each section (a section numbers its pages from 1 and has its own footer text). */
    private final List<Integer> sectionStarts = new ArrayList<>(List.of(0));
    private final List<String> sectionFooters = new ArrayList<>();
    private final Map<Integer, Float> cjkWidths = new HashMap<>();
    private final Map<Integer, Float> latinWidths = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream cs;
    private float y;
    private boolean closed;

    /**
     * @param footerLeft small text at the left of every footer (e.g. the case number and the volume), may be null
     */
    public CjkPdfWriter(String footerLeft) {
        this.sectionFooters.add(footerLeft);
        this.doc = new PDDocument();
        try {
            PdfFonts.Pair fonts = PdfFonts.load(doc);
            this.cjk = fonts.cjk();
            this.latin = fonts.latin();
        } catch (IOException e) {
            closeQuietly();
            throw new UncheckedIOException(e);
        }
        newPage();
    }

    /** Document information (title, author/creator shown by viewers). */
    public CjkPdfWriter info(String title, String author) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator("CourtDesk");
        return this;
    }

    public static float contentWidth() {
        return PAGE.getWidth() - 2 * MARGIN_X;
    }

    // ------------------------------------------------------------------ blocks

    /** A centred title, bold-looking (fill and stroke). */
    public CjkPdfWriter title(String text, float size) {
        return centered(text, size, true);
    }

    public CjkPdfWriter centered(String text, float size, boolean bold) {
        for (String line : wrap(text, size, contentWidth(), 0)) {
            ensure(size * LEADING);
            float w = width(line, size);
            drawLine(line, MARGIN_X + (contentWidth() - w) / 2, y - size, size, bold, 0);
            y -= size * LEADING;
        }
        return this;
    }

    public CjkPdfWriter right(String text, float size) {
        ensure(size * LEADING);
        drawLine(text, MARGIN_X + contentWidth() - width(text, size), y - size, size, false, 0);
        y -= size * LEADING;
        return this;
    }

    /** A body paragraph with a two-character first-line indent. */
    public CjkPdfWriter paragraph(String text) {
        return paragraph(text, BODY_SIZE, 2);
    }

    /** A paragraph: justified lines, the last one ragged; {@code indentChars} full-width characters on the first line. */
    public CjkPdfWriter paragraph(String text, float size, float indentChars) {
        float indent = indentChars * size;
        List<String> lines = wrap(text, size, contentWidth(), indent);
        for (int i = 0; i < lines.size(); i++) {
            ensure(size * LEADING);
            float x = MARGIN_X + (i == 0 ? indent : 0);
            float avail = contentWidth() - (i == 0 ? indent : 0);
            drawJustified(lines.get(i), x, y - size, size, avail, i < lines.size() - 1);
            y -= size * LEADING;
        }
        return this;
    }

    /** "原告：陈志明，男，……" with the continuation lines indented under the text, not under the label. */
    public CjkPdfWriter labelled(String label, String text) {
        float size = BODY_SIZE;
        float labelWidth = width(label, size);
        float avail = contentWidth() - labelWidth;
        List<String> lines = wrap(text, size, avail, 0);
        for (int i = 0; i < lines.size(); i++) {
            ensure(size * LEADING);
            if (i == 0) {
                drawLine(label, MARGIN_X, y - size, size, true, 0);
            }
            drawJustified(lines.get(i), MARGIN_X + labelWidth, y - size, size, avail, i < lines.size() - 1);
            y -= size * LEADING;
        }
        return this;
    }

    /** A line at the left margin, not wrapped beyond the content width (wrapped if it must). */
    public CjkPdfWriter line(String text, float size, boolean bold) {
        for (String l : wrap(text, size, contentWidth(), 0)) {
            ensure(size * LEADING);
            drawLine(l, MARGIN_X, y - size, size, bold, 0);
            y -= size * LEADING;
        }
        return this;
    }

    /** Vertical space; a new page when it does not fit. */
    public CjkPdfWriter gap(float points) {
        if (y - points < MARGIN_BOTTOM) {
            newPage();
        } else {
            y -= points;
        }
        return this;
    }

    /** Makes sure {@code points} of height remain on this page, else starts a new one. */
    public CjkPdfWriter keep(float points) {
        ensure(points);
        return this;
    }

    /** Starts a new page (unless the current one is still empty). */
    public CjkPdfWriter pageBreak() {
        if (y < PAGE.getHeight() - MARGIN_TOP - 1) {
            newPage();
        }
        return this;
    }

    /** A ruled table; column widths are fractions of the content width; the first row bold when {@code header}. */
    public CjkPdfWriter table(float[] columns, List<String[]> rows, boolean header) {
        float size = BODY_SIZE - 1.5f;
        float pad = 4f;
        float total = contentWidth();
        float[] widths = new float[columns.length];
        for (int i = 0; i < columns.length; i++) {
            widths[i] = columns[i] * total;
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            List<List<String>> cells = new ArrayList<>();
            int maxLines = 1;
            for (int c = 0; c < widths.length; c++) {
                String cell = c < row.length && row[c] != null ? row[c] : "";
                List<String> wrapped = wrap(cell, size, widths[c] - 2 * pad, 0);
                cells.add(wrapped);
                maxLines = Math.max(maxLines, wrapped.size());
            }
            float rowHeight = maxLines * size * 1.5f + 2 * pad;
            ensure(rowHeight);
            boolean bold = header && r == 0;
            try {
                if (bold) {
                    cs.setNonStrokingColor(0.92f, 0.92f, 0.92f);
                    cs.addRect(MARGIN_X, y - rowHeight, total, rowHeight);
                    cs.fill();
                    cs.setNonStrokingColor(0f, 0f, 0f);
                }
                cs.setLineWidth(0.6f);
                float x = MARGIN_X;
                for (int c = 0; c < widths.length; c++) {
                    cs.addRect(x, y - rowHeight, widths[c], rowHeight);
                    float ty = y - pad - size;
                    for (String l : cells.get(c)) {
                        float tx = bold ? x + (widths[c] - width(l, size)) / 2 : x + pad;
                        drawLine(l, tx, ty, size, bold, 0);
                        ty -= size * 1.5f;
                    }
                    x += widths[c];
                }
                cs.stroke();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            y -= rowHeight;
        }
        y -= BODY_SIZE * 0.8f;
        return this;
    }

    /** One message of a chat screenshot: grey bubbles on the left, green ones on the right. */
    public CjkPdfWriter chat(String who, String text, boolean mine) {
        float size = BODY_SIZE - 1f;
        float maxBubble = contentWidth() * 0.62f;
        List<String> lines = wrap(text, size, maxBubble - 16, 0);
        float textWidth = 0;
        for (String l : lines) {
            textWidth = Math.max(textWidth, width(l, size));
        }
        float bw = textWidth + 16;
        float bh = lines.size() * size * 1.45f + 10;
        float nameSize = size - 2.5f;
        ensure(bh + nameSize * 2 + 8);
        try {
            float x = mine ? MARGIN_X + contentWidth() - bw - 30 : MARGIN_X + 30;
            cs.setNonStrokingColor(0.55f, 0.55f, 0.55f);
            drawLine(who, mine ? MARGIN_X + contentWidth() - 30 - width(who, nameSize) : x, y - nameSize, nameSize, false, 0);
            float top = y - nameSize * 1.6f;
            // avatar
            cs.setNonStrokingColor(mine ? 0.36f : 0.55f, mine ? 0.6f : 0.65f, mine ? 0.85f : 0.7f);
            cs.addRect(mine ? MARGIN_X + contentWidth() - 24 : MARGIN_X, top - 24, 24, 24);
            cs.fill();
            if (mine) {
                cs.setNonStrokingColor(0.62f, 0.91f, 0.44f);
            } else {
                cs.setNonStrokingColor(0.93f, 0.93f, 0.93f);
            }
            roundedRect(x, top - bh, bw, bh, 5);
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
            float ty = top - 5 - size;
            for (String l : lines) {
                drawLine(l, x + 8, ty, size, false, 0);
                ty -= size * 1.45f;
            }
            y = top - bh - 10;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A small grey centred line, e.g. the time stamp in a chat record. */
    public CjkPdfWriter note(String text) {
        float size = BODY_SIZE - 3f;
        ensure(size * 2);
        try {
            cs.setNonStrokingColor(0.5f, 0.5f, 0.5f);
            drawLine(text, MARGIN_X + (contentWidth() - width(text, size)) / 2, y - size, size, false, 0);
            cs.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= size * 2;
        return this;
    }

    /** A thin frame around the page's content area, as on a photocopied exhibit. */
    public CjkPdfWriter frame() {
        try {
            cs.setStrokingColor(0.6f, 0.6f, 0.6f);
            cs.setLineWidth(0.8f);
            cs.addRect(MARGIN_X - 18, MARGIN_BOTTOM - 14, contentWidth() + 36, PAGE.getHeight() - MARGIN_TOP - MARGIN_BOTTOM + 30);
            cs.stroke();
            cs.setStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * A red round seal (公章) with {@code org} set along the upper arc and a star in the middle, centred at
     * {@code dx} points right of the left margin and just above the cursor. Does not move the cursor.
     */
    public CjkPdfWriter seal(String org, float dx) {
        float r = 48f;
        ensure(10);
        float cx = MARGIN_X + dx;
        float cy = y + r * 0.55f;
        try {
            cs.saveGraphicsState();
            cs.setStrokingColor(0.86f, 0.1f, 0.1f);
            cs.setNonStrokingColor(0.86f, 0.1f, 0.1f);
            cs.setLineWidth(2.6f);
            circle(cx, cy, r);
            cs.stroke();
            star(cx, cy, r * 0.3f);
            cs.fill();
            float size = r * 0.3f;
            int n = org.length();
            double span = Math.toRadians(Math.min(250, 26 * n));
            for (int i = 0; i < n; i++) {
                double angle = Math.PI / 2 + span / 2 - (n == 1 ? span / 2 : span * i / (n - 1));
                float tr = r - size - 4;
                float tx = cx + (float) (tr * Math.cos(angle));
                float ty = cy + (float) (tr * Math.sin(angle));
                String ch = org.substring(i, i + 1);
                float w = width(ch, size);
                Matrix m = Matrix.getRotateInstance(angle - Math.PI / 2, tx, ty);
                m.translate(-w / 2, 0);
                cs.beginText();
                cs.setFont(fontFor(ch.codePointAt(0)), size);
                cs.setTextMatrix(m);
                cs.showText(ch);
                cs.endText();
            }
            cs.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A red fingerprint mark (a hand-signed note's 红手印) next to the cursor. Does not move the cursor. */
    public CjkPdfWriter fingerprint(float dx) {
        try {
            cs.saveGraphicsState();
            cs.setStrokingColor(0.8f, 0.15f, 0.15f);
            cs.setLineWidth(0.9f);
            float cx = MARGIN_X + dx;
            float cy = y + 14;
            for (int i = 0; i < 7; i++) {
                float rx = 4 + i * 2.2f;
                float ry = 6 + i * 2.6f;
                ellipse(cx, cy, rx, ry);
                cs.stroke();
            }
            cs.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Starts a new section on a new page: its pages are numbered from 1 with their own total and footer text.
     * Several volumes can so be written into one document (one font embedding) and split afterwards.
     */
    public CjkPdfWriter section(String footer) {
        boolean emptyFirst = pages.size() == 1 && y >= PAGE.getHeight() - MARGIN_TOP - 1 && sectionStarts.size() == 1;
        if (!emptyFirst) {
            newPage();
            sectionStarts.add(pages.size() - 1);
            sectionFooters.add(footer);
        } else {
            sectionFooters.set(0, footer);
        }
        return this;
    }

    // ------------------------------------------------------------------ output

    public int pageCount() {
        return pages.size();
    }

    /** Page counts of the sections, in order. */
    public List<Integer> sectionPageCounts() {
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < sectionStarts.size(); i++) {
            int end = i + 1 < sectionStarts.size() ? sectionStarts.get(i + 1) : pages.size();
            counts.add(end - sectionStarts.get(i));
        }
        return counts;
    }

    /**
     * Splits a saved PDF into consecutive parts of the given page counts (e.g. the sections of one writer). The parts
     * share the already embedded font subset, so this is much cheaper than writing each part on its own.
     */
    public static List<byte[]> split(byte[] pdf, List<Integer> pageCounts) {
        List<byte[]> parts = new ArrayList<>();
        try (PDDocument all = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            int first = 0;
            for (int count : pageCounts) {
                try (PDDocument part = new PDDocument()) {
                    for (int p = first; p < first + count; p++) {
                        part.importPage(all.getPage(p));
                    }
                    PDDocumentInformation info = new PDDocumentInformation();
                    info.setCreator("CourtDesk");
                    part.setDocumentInformation(info);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    part.save(out);
                    parts.add(out.toByteArray());
                }
                first += count;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot split the document", e);
        }
        return parts;
    }

    /** Draws the footers and returns the saved PDF. The writer is closed afterwards. */
    public byte[] toBytes() {
        try {
            finishPage();
            List<Integer> counts = sectionPageCounts();
            for (int i = 0; i < pages.size(); i++) {
                int section = 0;
                while (section + 1 < sectionStarts.size() && sectionStarts.get(section + 1) <= i) {
                    section++;
                }
                int total = counts.get(section);
                int number = i - sectionStarts.get(section) + 1;
                String footerLeft = sectionFooters.get(section);
                try (PDPageContentStream footer = new PDPageContentStream(doc, pages.get(i), AppendMode.APPEND, true, true)) {
                    float size = 9f;
                    float fy = MARGIN_BOTTOM - 34;
                    footer.setStrokingColor(0.55f, 0.55f, 0.55f);
                    footer.setLineWidth(0.5f);
                    footer.moveTo(MARGIN_X, fy + size + 6);
                    footer.lineTo(MARGIN_X + contentWidth(), fy + size + 6);
                    footer.stroke();
                    footer.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                    String pageText = "第 " + number + " 页 共 " + total + " 页";
                    PDPageContentStream saved = cs;
                    cs = footer;
                    if (footerLeft != null && !footerLeft.isBlank()) {
                        drawLine(footerLeft, MARGIN_X, fy, size, false, 0);
                        drawLine(pageText, MARGIN_X + contentWidth() - width(pageText, size), fy, size, false, 0);
                    } else {
                        drawLine(pageText, MARGIN_X + (contentWidth() - width(pageText, size)) / 2, fy, size, false, 0);
                    }
                    cs = saved;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                if (cs != null) {
                    cs.close();
                }
            } catch (IOException | RuntimeException ignored) {
                // closing after a failure
            }
            closeQuietly();
        }
    }

    // ------------------------------------------------------------------ text

    /** The width of {@code text} at {@code size}, font run by font run. */
    public float width(String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += charWidth(cp);
            i += Character.charCount(cp);
        }
        return w * size / 1000f;
    }

    /**
     * Breaks {@code text} into lines no wider than {@code width} ({@code firstIndent} less on the first line).
     * Runs of Latin letters and digits stay together; closing punctuation never starts a line (it hangs into the
     * margin instead) and opening punctuation never ends one. Explicit newlines are kept.
     */
    List<String> wrap(String text, float size, float width, float firstIndent) {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            wrapParagraph(sanitize(para), size, width, firstIndent, lines);
            firstIndent = 0;
        }
        return lines;
    }

    private void wrapParagraph(String text, float size, float width, float firstIndent, List<String> lines) {
        List<String> units = units(text);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float avail = width - firstIndent;
        for (int i = 0; i < units.size(); i++) {
            String unit = units.get(i);
            float uw = width(unit, size);
            if (lineWidth + uw <= avail + 0.01f || line.length() == 0) {
                if (line.length() == 0 && unit.isBlank()) {
                    continue; // no leading spaces on a wrapped line
                }
                if (uw > avail && line.length() == 0 && unit.length() > 1) {
                    // a Latin run longer than a line: cut it
                    int cut = fitting(unit, size, avail);
                    lines.add(unit.substring(0, cut));
                    units.add(i + 1, unit.substring(cut));
                    avail = width;
                    continue;
                }
                line.append(unit);
                lineWidth += uw;
                continue;
            }
            if (NO_LINE_START.indexOf(unit.charAt(0)) >= 0 && uw <= size * 1.01f) {
                // hanging punctuation: keep it on this line
                line.append(unit);
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
                avail = width;
                continue;
            }
            // an opening bracket must not end the line: carry it over
            String carry = "";
            if (line.length() > 1 && NO_LINE_END.indexOf(line.charAt(line.length() - 1)) >= 0) {
                carry = line.substring(line.length() - 1);
                line.setLength(line.length() - 1);
            }
            lines.add(stripTrailing(line.toString()));
            line.setLength(0);
            avail = width;
            if (unit.isBlank()) {
                line.append(carry);
                lineWidth = width(carry, size);
                continue;
            }
            line.append(carry).append(unit);
            lineWidth = width(line.toString(), size);
        }
        if (line.length() > 0 || lines.isEmpty() || text.isEmpty()) {
            lines.add(stripTrailing(line.toString()));
        }
    }

    private int fitting(String unit, float size, float avail) {
        int cut = 1;
        while (cut < unit.length() && width(unit.substring(0, cut + 1), size) <= avail) {
            cut++;
        }
        return cut;
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }

    /** Splits into breakable units: one CJK character each, Latin words/numbers whole, each space alone. */
    private static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (isLatinWordChar(cp)) {
                int j = i + len;
                while (j < text.length()) {
                    int c2 = text.codePointAt(j);
                    if (!isLatinWordChar(c2)) {
                        break;
                    }
                    j += Character.charCount(c2);
                }
                units.add(text.substring(i, j));
                i = j;
            } else {
                units.add(text.substring(i, i + len));
                i += len;
            }
        }
        return units;
    }

    private static boolean isLatinWordChar(int cp) {
        return cp < 0x2E80 && cp != ' ' && !Character.isWhitespace(cp) && cp != '—' && cp != '…'
                && cp != '“' && cp != '”' && cp != '‘' && cp != '’';
    }

    /** Replaces characters neither font has; tabs become spaces. */
    private static String sanitize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                b.append("  ");
            } else if (cp == '\r') {
                // dropped
            } else if (PdfFonts.cjkHas(cp) || PdfFonts.latinHas(cp) || cp == ' ') {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
            }
        }
        return b.toString();
    }

    private float charWidth(int cp) {
        boolean useCjk = PdfFonts.cjkHas(cp);
        Map<Integer, Float> cache = useCjk ? cjkWidths : latinWidths;
        Float w = cache.get(cp);
        if (w == null) {
            try {
                PDType0Font f = useCjk ? cjk : latin;
                w = PdfFonts.latinHas(cp) || useCjk ? f.getStringWidth(new String(Character.toChars(cp))) : 500f;
            } catch (IOException | IllegalArgumentException e) {
                w = 500f;
            }
            cache.put(cp, w);
        }
        return w;
    }

    private PDType0Font fontFor(int cp) {
        return PdfFonts.cjkHas(cp) ? cjk : latin;
    }

    private void drawJustified(String line, float x, float baseline, float size, float avail, boolean justify) {
        float spacing = 0;
        if (justify) {
            int glyphs = line.codePointCount(0, line.length());
            float slack = avail - width(line, size);
            if (glyphs > 1 && slack > 0) {
                spacing = Math.min(slack / (glyphs - 1), size * 0.12f);
            }
        }
        drawLine(line, x, baseline, size, false, spacing);
    }

    /** Draws one line, switching fonts between CJK and Latin runs. */
    private void drawLine(String text, float x, float baseline, float size, boolean bold, float charSpacing) {
        if (text.isEmpty()) {
            return;
        }
        text = sanitize(text);
        try {
            cs.beginText();
            if (bold) {
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
                cs.setLineWidth(size * 0.035f);
            }
            cs.setCharacterSpacing(charSpacing);
            cs.newLineAtOffset(x, baseline);
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                boolean runCjk = PdfFonts.cjkHas(cp);
                int j = i;
                while (j < text.length()) {
                    int c2 = text.codePointAt(j);
                    if (PdfFonts.cjkHas(c2) != runCjk) {
                        break;
                    }
                    j += Character.charCount(c2);
                }
                cs.setFont(runCjk ? cjk : latin, size);
                cs.showText(text.substring(i, j));
                i = j;
            }
            if (bold) {
                cs.setRenderingMode(RenderingMode.FILL);
            }
            cs.setCharacterSpacing(0);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ pages and shapes

    private void ensure(float height) {
        if (y - height < MARGIN_BOTTOM) {
            newPage();
        }
    }

    private void newPage() {
        finishPage();
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        pages.add(page);
        try {
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PAGE.getHeight() - MARGIN_TOP;
    }

    private void finishPage() {
        if (cs != null) {
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cs = null;
        }
    }

    private void circle(float cx, float cy, float r) throws IOException {
        ellipse(cx, cy, r, r);
    }

    private void ellipse(float cx, float cy, float rx, float ry) throws IOException {
        float k = 0.5523f;
        cs.moveTo(cx + rx, cy);
        cs.curveTo(cx + rx, cy + k * ry, cx + k * rx, cy + ry, cx, cy + ry);
        cs.curveTo(cx - k * rx, cy + ry, cx - rx, cy + k * ry, cx - rx, cy);
        cs.curveTo(cx - rx, cy - k * ry, cx - k * rx, cy - ry, cx, cy - ry);
        cs.curveTo(cx + k * rx, cy - ry, cx + rx, cy - k * ry, cx + rx, cy);
        cs.closePath();
    }

    private void star(float cx, float cy, float r) throws IOException {
        for (int i = 0; i < 10; i++) {
            double a = Math.PI / 2 + i * Math.PI / 5;
            float rr = i % 2 == 0 ? r : r * 0.4f;
            float px = cx + (float) (rr * Math.cos(a));
            float py = cy + (float) (rr * Math.sin(a));
            if (i == 0) {
                cs.moveTo(px, py);
            } else {
                cs.lineTo(px, py);
            }
        }
        cs.closePath();
    }

    private void roundedRect(float x, float y0, float w, float h, float r) throws IOException {
        float k = 0.5523f * r;
        cs.moveTo(x + r, y0);
        cs.lineTo(x + w - r, y0);
        cs.curveTo(x + w - r + k, y0, x + w, y0 + r - k, x + w, y0 + r);
        cs.lineTo(x + w, y0 + h - r);
        cs.curveTo(x + w, y0 + h - r + k, x + w - r + k, y0 + h, x + w - r, y0 + h);
        cs.lineTo(x + r, y0 + h);
        cs.curveTo(x + r - k, y0 + h, x, y0 + h - r + k, x, y0 + h - r);
        cs.lineTo(x, y0 + r);
        cs.curveTo(x, y0 + r - k, x + r - k, y0, x + r, y0);
        cs.closePath();
    }

    private void closeQuietly() {
        try {
            doc.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
