package org.courtdesk.app.ui.viewer;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A page's text in reading order with a box (in points, origin top-left of the shown page) for every character:
 * what search highlights and what a drag selects and Ctrl+C copies. Line and word breaks have no box.
 */
public final class PageText {

    public static final PageText EMPTY = new PageText("", new float[0][]);

    private final String text;
    private final float[][] boxes; // x, y, w, h per char; null for separators
    private final String compact; // lower-case, whitespace removed, for search
    private final int[] compactIndex; // compact position -> text position

    PageText(String text, float[][] boxes) {
        this.text = text;
        this.boxes = boxes;
        StringBuilder c = new StringBuilder(text.length());
        int[] idx = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!Character.isWhitespace(ch)) {
                c.append(Character.toLowerCase(ch));
                idx[n++] = i;
            }
        }
        this.compact = c.toString();
        this.compactIndex = java.util.Arrays.copyOf(idx, n);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The box of char {@code i} (x, y, w, h in points) or null for a separator. */
    public float[] box(int i) {
        return boxes[i];
    }

    /** The text between two char positions (inclusive start, exclusive end), for copying. */
    public String slice(int start, int end) {
        int s = Math.max(0, Math.min(start, end));
        int e = Math.min(text.length(), Math.max(start, end));
        return text.substring(s, e).strip();
    }

    /** The char whose box is nearest to (x, y) in points, or -1 without text. */
    public int nearest(double x, double y) {
        int best = -1;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < boxes.length; i++) {
            float[] b = boxes[i];
            if (b == null) {
                continue;
            }
            double dx = x < b[0] ? b[0] - x : x > b[0] + b[2] ? x - b[0] - b[2] : 0;
            double dy = y < b[1] ? b[1] - y : y > b[1] + b[3] ? y - b[1] - b[3] : 0;
            double d = dx * dx + dy * dy * 4; // lines matter more than columns
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** Every occurrence of {@code query} (case and whitespace ignored) as [start, end) char ranges. */
    public List<int[]> find(String query) {
        List<int[]> hits = new ArrayList<>();
        StringBuilder q = new StringBuilder();
        for (char ch : query.toCharArray()) {
            if (!Character.isWhitespace(ch)) {
                q.append(Character.toLowerCase(ch));
            }
        }
        if (q.length() == 0) {
            return hits;
        }
        String needle = q.toString().toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int at = compact.indexOf(needle, from);
            if (at < 0) {
                break;
            }
            int start = compactIndex[at];
            int end = compactIndex[at + needle.length() - 1] + 1;
            hits.add(new int[] {start, end});
            from = at + needle.length();
        }
        return hits;
    }

    /** Extracts page {@code page} (0-based), checking {@code cancel} per operator. */
    static PageText extract(PDDocument document, int page, RenderWorker.Cancel cancel) throws IOException {
        Collector c = new Collector(cancel);
        c.setSortByPosition(true);
        c.setStartPage(page + 1);
        c.setEndPage(page + 1);
        c.writeText(document, new StringWriter());
        return new PageText(c.text.toString(), c.boxes.toArray(new float[0][]));
    }

    private static final class Collector extends PDFTextStripper {
        private final RenderWorker.Cancel cancel;
        final StringBuilder text = new StringBuilder();
        final List<float[]> boxes = new ArrayList<>();

        Collector(RenderWorker.Cancel cancel) {
            this.cancel = cancel;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            cancel.check();
            super.processOperator(operator, operands);
        }

        @Override
        protected void writeString(String s, List<TextPosition> positions) {
            for (TextPosition tp : positions) {
                String u = tp.getUnicode();
                if (u == null || u.isEmpty()) {
                    continue;
                }
                float fs = Math.max(tp.getFontSizeInPt(), tp.getHeight());
                float[] box = {tp.getX(), tp.getY() - fs * 0.85f, Math.max(tp.getWidth(), 1f), fs * 1.1f};
                for (int i = 0; i < u.length(); i++) {
                    text.append(u.charAt(i));
                    boxes.add(box);
                }
            }
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
            boxes.add(null);
        }

        @Override
        protected void writeLineSeparator() {
            text.append('\n');
            boxes.add(null);
        }
    }
}
