package org.courtdesk.app.ui.viewer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** Stress files for the viewer's tests and bench, built here with PDFBox and ImageIO (no binaries in the repo). */
public final class TestFiles {

    private TestFiles() {}

    private static PDType1Font helvetica() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    private static void text(PDPageContentStream cs, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(helvetica(), size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** {@code pages} text pages ("Page N"), an outline with one entry per 10 pages. */
    public static byte[] textPdf(int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentOutline outline = new PDDocumentOutline();
            doc.getDocumentCatalog().setDocumentOutline(outline);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    text(cs, 28, 72, 760, "Page " + i);
                    text(cs, 12, 72, 720, "The court hereby orders the exhibit number " + i + " to be admitted.");
                    text(cs, 12, 72, 700, "Evidence catalogue entry " + i + " witness statement");
                    cs.addRect(72, 400, 300, 200);
                    cs.stroke();
                }
                if (i % 10 == 1) {
                    PDOutlineItem item = new PDOutlineItem();
                    item.setTitle("Section " + (i / 10 + 1));
                    item.setDestination(page);
                    outline.addLast(item);
                }
            }
            return save(doc);
        }
    }

    /**
     * Page 1 ordinary, page 2 "endless" (nested forms: 10^5 copies of 200 fills, hours of work), page 3 ordinary:
     * the page that must time out without taking the others with it.
     */
    public static byte[] slowPagePdf() throws IOException {
        return slowPagePdf(2);
    }

    /** Three pages; page {@code slow} (1-based) draws 200 rectangles through five levels of ten nested forms. */
    public static byte[] slowPagePdf(int slow) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 1; i <= 3; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    text(cs, 28, 72, 760, "Page " + i);
                    if (i == slow) {
                        PDFormXObject form = new PDFormXObject(doc);
                        form.setBBox(PDRectangle.A4);
                        form.setResources(new org.apache.pdfbox.pdmodel.PDResources());
                        try (var f = new org.apache.pdfbox.pdmodel.PDFormContentStream(form)) {
                            Random r = new Random(1);
                            for (int k = 0; k < 200; k++) {
                                f.setNonStrokingColor(new Color(r.nextInt(255), r.nextInt(255), r.nextInt(255)));
                                f.addRect(r.nextInt(500), r.nextInt(700), 40, 40);
                                f.fill();
                            }
                        }
                        for (int level = 0; level < 5; level++) {
                            PDFormXObject outer = new PDFormXObject(doc);
                            outer.setBBox(PDRectangle.A4);
                            outer.setResources(new org.apache.pdfbox.pdmodel.PDResources());
                            try (var f = new org.apache.pdfbox.pdmodel.PDFormContentStream(outer)) {
                                for (int k = 0; k < 10; k++) {
                                    f.drawForm(form);
                                }
                            }
                            form = outer;
                        }
                        cs.drawForm(form);
                    }
                }
            }
            return save(doc);
        }
    }

    /** One page whose image dictionary says 100×100 but whose JBIG2 page says 200,000×200,000 (a bomb). */
    public static byte[] jbig2BombPdf() throws IOException {
        byte[] jbig2 = {
            0, 0, 0, 0, 0x30, 0x00, 0x01, 0, 0, 0, 19, // segment 0: page information, 19 bytes
            0x00, 0x03, 0x0D, 0x40, 0x00, 0x03, 0x0D, 0x40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 1, 0x31, 0x00, 0x01, 0, 0, 0, 0 // segment 1: end of page
        };
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject img = new PDImageXObject(new PDStream(doc, new ByteArrayInputStream(jbig2)), null);
            img.getCOSObject().setItem(COSName.FILTER, COSName.JBIG2_DECODE);
            img.setWidth(100);
            img.setHeight(100);
            img.setBitsPerComponent(1);
            img.setColorSpace(PDDeviceGray.INSTANCE);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, 28, 72, 760, "Scanned exhibit");
                cs.drawImage(img, 72, 300, 300, 300);
            }
            return save(doc);
        }
    }

    /** One page with an image whose JPEG 2000 data is damaged: the page must be flagged, not shown white. */
    public static byte[] brokenImagePdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            byte[] junk = new byte[600];
            new Random(3).nextBytes(junk);
            PDImageXObject img = new PDImageXObject(new PDStream(doc, new ByteArrayInputStream(junk)), null);
            img.getCOSObject().setItem(COSName.FILTER, COSName.JPX_DECODE);
            img.setWidth(200);
            img.setHeight(200);
            img.setBitsPerComponent(8);
            img.setColorSpace(org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB.INSTANCE);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, 28, 72, 760, "Exhibit with a broken scan");
                cs.drawImage(img, 72, 300, 300, 300);
            }
            return save(doc);
        }
    }

    /** {@code pages} text pages protected by user password {@code password}. */
    public static byte[] encryptedPdf(int pages, String password) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(textPdf(pages))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        }
    }

    /** A scan: {@code pages} pages, each one full-page JPEG of {@code w}×{@code h} pixels. */
    public static byte[] scanPdf(int pages, int w, int h) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject img = JPEGFactory.createFromImage(doc, scanImage(w, h, i), 0.6f);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(img, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            return save(doc);
        }
    }

    /**
     * One page drawing {@code count} small form XObjects, each its own object in the file, each with a few hundred
     * vector lines: rendering it reads object after object from the file for a second or more (a viewer replaced
     * meanwhile is replaced mid-render, in the middle of reading).
     */
    public static byte[] manyObjectsPdf(int count) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            Random random = new Random(3);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int i = 0; i < count; i++) {
                    PDFormXObject form = new PDFormXObject(doc);
                    form.setBBox(new PDRectangle(0, 0, 60, 60));
                    StringBuilder ops = new StringBuilder();
                    for (int k = 0; k < 200; k++) {
                        ops.append(random.nextInt(60)).append(' ').append(random.nextInt(60)).append(" m ")
                                .append(random.nextInt(60)).append(' ').append(random.nextInt(60)).append(" l S\n");
                    }
                    try (java.io.OutputStream out = form.getContentStream().createOutputStream()) {
                        out.write(ops.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    }
                    cs.saveGraphicsState();
                    cs.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(30 + (i % 8) * 65, 40 + (i / 8 % 11) * 65));
                    cs.drawForm(form);
                    cs.restoreGraphicsState();
                }
            }
            return save(doc);
        }
    }

    /** A page the size of a construction plan (5 m × 5 m) full of vector lines. */
    public static byte[] hugeVectorPdf() throws IOException {
        return vectorPdf(14000, 14000, 20000);
    }

    /** An A0 drawing of {@code lines} vector lines (a site plan attached as evidence). */
    public static byte[] a0DrawingPdf(int lines) throws IOException {
        return vectorPdf(2384, 3370, lines);
    }

    private static byte[] vectorPdf(float w, float h, int lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                Random r = new Random(5);
                for (int k = 0; k < lines; k++) {
                    cs.moveTo(r.nextFloat() * w, r.nextFloat() * h);
                    cs.lineTo(r.nextFloat() * w, r.nextFloat() * h);
                }
                cs.stroke();
            }
            return save(doc);
        }
    }

    static BufferedImage scanImage(int w, int h, int n) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(250, 248, 240));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.DARK_GRAY);
        g.setFont(g.getFont().deriveFont(Math.max(12f, w / 20f)));
        g.drawString("Scanned page " + n, w / 10, h / 8);
        Random r = new Random(n);
        for (int y = h / 5; y < h * 9 / 10; y += Math.max(4, h / 60)) {
            g.fillRect(w / 10, y, w / 2 + r.nextInt(w / 3), Math.max(1, h / 200));
        }
        g.dispose();
        return img;
    }

    /** A multi-page TIFF scan. */
    public static byte[] tiff(int pages, int w, int h) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.prepareWriteSequence(null);
            for (int i = 1; i <= pages; i++) {
                writer.writeToSequence(new IIOImage(scanImage(w, h, i), null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A scan of {@code pages} pages written straight to {@code out} (a 200 MB file is never whole in memory). */
    public static long bigScan(Path out, int pages, int w, int h) throws IOException {
        byte[][] jpegs = new byte[4][];
        Random r = new Random(9);
        for (int v = 0; v < jpegs.length; v++) {
            BufferedImage img = scanImage(w, h, v + 1);
            for (int y = 0; y < h; y += 1) { // paper grain: what makes real scans big
                for (int x = 0; x < w; x += 1) {
                    if (r.nextInt(40) == 0) { // paper grain; 500 pages ≈ 200–350 MB
                        int g = 200 + r.nextInt(56);
                        img.setRGB(x, y, (g << 16) | (g << 8) | g);
                    }
                }
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            ImageIO.write(img, "jpg", b);
            jpegs[v] = b.toByteArray();
        }
        try (PDDocument doc = new PDDocument(org.apache.pdfbox.io.IOUtils.createTempFileOnlyStreamCache())) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject img = JPEGFactory.createFromByteArray(doc, jpegs[i % jpegs.length]);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(img, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                    text(cs, 10, 20, 20, "page " + (i + 1));
                }
            }
            doc.save(out.toFile());
        }
        return java.nio.file.Files.size(out);
    }

    /** A page whose scan is a real JPEG 2000 stream (JPXDecode), written by the JPEG 2000 plugin. */
    public static byte[] jpxPdf() throws IOException {
        BufferedImage img = scanImage(1240, 1754, 7);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg2000").next();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(b)) {
            writer.setOutput(ios);
            writer.write(img);
        } finally {
            writer.dispose();
        }
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject x = new PDImageXObject(new PDStream(doc, new ByteArrayInputStream(b.toByteArray())), null);
            x.getCOSObject().setItem(COSName.FILTER, COSName.JPX_DECODE);
            x.setWidth(img.getWidth());
            x.setHeight(img.getHeight());
            x.setBitsPerComponent(8);
            x.setColorSpace(org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB.INSTANCE);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            return save(doc);
        }
    }

    /** Chinese text in a CJK font that is named, not embedded (STSong-Light, UniGB-UCS2-H): 法院判决书. */
    public static byte[] cjkNotEmbeddedPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            org.apache.pdfbox.cos.COSDictionary cid = new org.apache.pdfbox.cos.COSDictionary();
            cid.setName(COSName.TYPE, "Font");
            cid.setName(COSName.SUBTYPE, "CIDFontType0");
            cid.setName(COSName.BASE_FONT, "STSong-Light");
            org.apache.pdfbox.cos.COSDictionary info = new org.apache.pdfbox.cos.COSDictionary();
            info.setString(COSName.REGISTRY, "Adobe");
            info.setString(COSName.ORDERING, "GB1");
            info.setInt(COSName.SUPPLEMENT, 2);
            cid.setItem(COSName.CIDSYSTEMINFO, info);
            org.apache.pdfbox.cos.COSDictionary fd = new org.apache.pdfbox.cos.COSDictionary();
            fd.setName(COSName.TYPE, "FontDescriptor");
            fd.setName(COSName.FONT_NAME, "STSong-Light");
            fd.setInt(COSName.FLAGS, 4);
            fd.setItem(COSName.FONT_BBOX, new PDRectangle(-25, -254, 1000, 1134).getCOSArray());
            fd.setInt(COSName.ITALIC_ANGLE, 0);
            fd.setInt(COSName.ASCENT, 880);
            fd.setInt(COSName.DESCENT, -120);
            fd.setInt(COSName.CAP_HEIGHT, 880);
            fd.setInt(COSName.STEM_V, 80);
            cid.setItem(COSName.FONT_DESC, fd);
            org.apache.pdfbox.cos.COSDictionary font = new org.apache.pdfbox.cos.COSDictionary();
            font.setName(COSName.TYPE, "Font");
            font.setName(COSName.SUBTYPE, "Type0");
            font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
            font.setName(COSName.ENCODING, "UniGB-UCS2-H");
            org.apache.pdfbox.cos.COSArray desc = new org.apache.pdfbox.cos.COSArray();
            desc.add(cid);
            font.setItem(COSName.DESCENDANT_FONTS, desc);
            org.apache.pdfbox.pdmodel.PDResources res = new org.apache.pdfbox.pdmodel.PDResources();
            org.apache.pdfbox.cos.COSDictionary fonts = new org.apache.pdfbox.cos.COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), font);
            res.getCOSObject().setItem(COSName.FONT, fonts);
            page.setResources(res);
            String content = "BT /F1 36 Tf 72 700 Td <6CD59662522451B34E66> Tj ET\n"
                    + "BT /F1 14 Tf 72 650 Td <672C96624F9D6CD55BA17406> Tj ET\n";
            page.setContents(new PDStream(doc, new ByteArrayInputStream(content.getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
            return save(doc);
        }
    }

    /** A text PDF whose cross-reference offsets are wrong (PDFBox and poppler both rebuild them). */
    public static byte[] brokenXrefPdf() throws IOException {
        byte[] b = textPdf(5);
        String s = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = s.lastIndexOf("startxref");
        String fixed = s.substring(0, at) + "startxref\n123\n%%EOF\n";
        return fixed.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
