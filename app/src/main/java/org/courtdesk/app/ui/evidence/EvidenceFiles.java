package org.courtdesk.app.ui.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.courtdesk.model.evidence.CrossExam;
import org.courtdesk.model.evidence.EvidenceExchangeView;
import org.courtdesk.model.evidence.EvidenceItem;
import org.courtdesk.model.evidence.EvidenceSide;
import org.courtdesk.model.fonts.CjkFont;

/**
 * The files the judge takes away from an exchange, made on the workstation so they work offline too: 目录下载 (the
 * catalogue of both sides as an A4 PDF with the CJK font embedded, from the cached view) and 材料下载 (an item's bytes
 * saved under its file name — the last segment only, never a path the submitter chose).
 */
public final class EvidenceFiles {

    private static final float MARGIN = 50f;
    private static final float SIZE = 10.5f;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private EvidenceFiles() {}

    /** A safe file name for an item: its name's last segment without control or reserved characters. */
    public static String fileName(EvidenceItem item) {
        String name = item.fileName() == null ? "" : item.fileName();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = item.side().label() + "证据" + item.seq() + (("image/jpeg".equals(item.contentType())) ? ".jpg"
                    : "image/png".equals(item.contentType()) ? ".png" : ".pdf");
        }
        return name;
    }

    /** 材料下载: writes the bytes to {@code dir}/{@link #fileName}; returns the file. */
    public static Path saveMaterial(EvidenceItem item, byte[] bytes, Path dir) throws IOException {
        Path target = dir.resolve(fileName(item)).normalize();
        if (!target.getParent().equals(dir.normalize())) {
            throw new IOException("not a plain file name: " + item.fileName());
        }
        Files.write(target, bytes);
        return target;
    }

    /** 目录下载: the catalogue PDF. */
    public static byte[] catalogue(EvidenceExchangeView v, ZoneId zone) {
        try (PDDocument doc = new PDDocument(); InputStream font = EvidenceFiles.class.getResourceAsStream(CjkFont.RESOURCE)) {
            Fonts cjk = new Fonts(PDType0Font.load(doc, font, true));
            List<String[]> lines = new ArrayList<>();
            lines.add(new String[] {"T", v.courtName() + "  证据目录"});
            lines.add(new String[] {"", "案号：" + v.caseNumber() + "    " + (v.caseTitle() == null ? "" : v.caseTitle())});
            lines.add(new String[] {"", "证据交换：" + v.applicationNo() + "（" + v.procedure().label() + "，承办法官 " + v.judgeName()
                    + "，状态 " + v.status().label() + "）"});
            lines.add(new String[] {"", "举证期限：原告 " + v.deadlines().plaintiff() + "；被告 " + v.deadlines().defendant()
                    + (v.deadlines().thirdParty() != null ? "；第三人 " + v.deadlines().thirdParty() : "") + "；质证期限 "
                    + v.deadlines().crossExamination()});
            for (EvidenceSide side : EvidenceSide.values()) {
                List<EvidenceItem> items = v.items().stream().filter(i -> i.side() == side).toList();
                if (items.isEmpty() && side == EvidenceSide.THIRD_PARTY) {
                    continue;
                }
                lines.add(new String[] {"H", side.label() + "证据"});
                if (items.isEmpty()) {
                    lines.add(new String[] {"", "（未提交证据）"});
                }
                for (EvidenceItem i : items) {
                    lines.add(new String[] {"B", i.seq() + ". " + i.name() + "（" + i.pages() + " 页）" + (i.late() ? " 【逾期】" : "")
                            + (i.paper() ? " 【纸质代传】" : "")});
                    lines.add(new String[] {"", "证据来源：" + i.source() + "；证明对象：" + i.proves()});
                    lines.add(new String[] {"", "提交：" + i.submitterName() + " " + DAY.format(i.submittedAt().atZone(zone))});
                    if (i.crossExams().isEmpty()) {
                        lines.add(new String[] {"", "质证：未质证"});
                    }
                    for (CrossExam x : i.crossExams()) {
                        lines.add(new String[] {"", x.side().label() + "质证：真实性" + x.authenticity() + "；合法性" + x.legality()
                                + "；关联性" + x.relevance() + (x.objection() ? "；有异议：" + x.objectionReason() : "；无异议")});
                    }
                }
            }
            write(doc, cjk, lines);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.getDocumentInformation().setTitle("证据目录 " + v.caseNumber());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The embedded CJK font for Chinese, and Helvetica for what it has no glyph of (Droid Sans Fallback lacks the ASCII
     * digits and letters), run by run, so 案号 and dates are real text.
     */
    private static final class Fonts {
        final PDType0Font cjk;
        final org.apache.pdfbox.pdmodel.font.PDFont latin =
                new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
        private final java.util.Map<Integer, Boolean> inCjk = new java.util.HashMap<>();

        Fonts(PDType0Font cjk) {
            this.cjk = cjk;
        }

        org.apache.pdfbox.pdmodel.font.PDFont fontOf(int cp) {
            return inCjk.computeIfAbsent(cp, c -> {
                try {
                    cjk.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            }) ? cjk : latin;
        }

        /** The text as runs of one font each; a character neither font has becomes '?'. */
        List<java.util.Map.Entry<org.apache.pdfbox.pdmodel.font.PDFont, String>> runs(String text) {
            List<java.util.Map.Entry<org.apache.pdfbox.pdmodel.font.PDFont, String>> out = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            org.apache.pdfbox.pdmodel.font.PDFont current = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                org.apache.pdfbox.pdmodel.font.PDFont f = fontOf(cp);
                String ch = new String(Character.toChars(cp));
                if (f == latin && (cp > 0xFF || Character.isISOControl(cp))) {
                    ch = "?";
                }
                if (f != current && run.length() > 0) {
                    out.add(java.util.Map.entry(current, run.toString()));
                    run.setLength(0);
                }
                current = f;
                run.append(ch);
            }
            if (run.length() > 0) {
                out.add(java.util.Map.entry(current, run.toString()));
            }
            return out;
        }

        float width(String text, float size) throws IOException {
            float w = 0;
            for (var r : runs(text)) {
                w += r.getKey().getStringWidth(r.getValue()) / 1000 * size;
            }
            return w;
        }
    }

    private static void write(PDDocument doc, Fonts font, List<String[]> lines) throws IOException {
        PDRectangle a4 = PDRectangle.A4;
        float width = a4.getWidth() - 2 * MARGIN;
        PDPageContentStream cs = null;
        float y = 0;
        for (String[] line : lines) {
            float size = switch (line[0]) {
                case "T" -> 18f;
                case "H" -> 14f;
                case "B" -> 12f;
                default -> SIZE;
            };
            for (String part : wrap(font, line[1], size, width - ("".equals(line[0]) ? 14 : 0))) {
                if (cs == null || y < MARGIN + size) {
                    if (cs != null) {
                        cs.close();
                    }
                    PDPage page = new PDPage(a4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    y = a4.getHeight() - MARGIN;
                }
                y -= size * 1.6f + ("H".equals(line[0]) ? 8 : 0);
                cs.beginText();
                cs.newLineAtOffset(MARGIN + ("".equals(line[0]) ? 14 : 0), y);
                for (var run : font.runs(part)) {
                    cs.setFont(run.getKey(), size);
                    cs.showText(run.getValue());
                }
                cs.endText();
            }
        }
        if (cs != null) {
            cs.close();
        }
    }

    private static List<String> wrap(Fonts font, String text, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (font.width(line + ch, size) > width && line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(ch);
            i += Character.charCount(cp);
        }
        out.add(line.toString());
        return out;
    }
}
