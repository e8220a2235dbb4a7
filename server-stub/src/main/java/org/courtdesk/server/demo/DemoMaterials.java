package org.courtdesk.server.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.courtdesk.model.fonts.CjkFont;
import org.courtdesk.server.demo.casefiles.CaseFileText;
import org.courtdesk.server.pdf.CjkPdfWriter;

/**
 * The small files applicants "upload" in the demo: PNG photos of an ID card and a lawyer's licence (drawn with
 * Java2D), and one-page PDFs of a law firm's letter and a power of attorney (written with {@link CjkPdfWriter}).
 */
final class DemoMaterials {

    private static final Font CJK;
    private static final Font LATIN = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static {
        try (InputStream in = DemoMaterials.class.getResourceAsStream(CjkFont.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + CjkFont.RESOURCE);
            }
            CJK = Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private DemoMaterials() {}

    /** A 居民身份证 photo (front), with a partly masked number as applicants are told to upload. */
    static byte[] idCardPng(String name, boolean female, String idNumber, String address) {
        return DemoFileCache.get(String.join("\u0000", "idCardPng", name, String.valueOf(female), idNumber, address),
                () -> drawIdCard(name, female, idNumber, address));
    }

    private static byte[] drawIdCard(String name, boolean female, String idNumber, String address) {
        BufferedImage img = new BufferedImage(428, 270, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setColor(new Color(0xE2EEF4));
        g.fill(new RoundRectangle2D.Float(4, 4, 420, 262, 18, 18));
        g.setColor(new Color(0x9FB8C8));
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new RoundRectangle2D.Float(4, 4, 420, 262, 18, 18));
        g.setColor(new Color(0x55656F));
        text(g, "姓名", 24, 46, 13f);
        text(g, "性别", 24, 78, 13f);
        text(g, "民族", 110, 78, 13f);
        text(g, "出生", 24, 110, 13f);
        text(g, "住址", 24, 142, 13f);
        text(g, "公民身份号码", 24, 236, 13f);
        g.setColor(Color.BLACK);
        text(g, name, 66, 46, 17f);
        text(g, female ? "女" : "男", 66, 78, 15f);
        text(g, "汉", 152, 78, 15f);
        String birth = idNumber.length() >= 14 ? idNumber.substring(6, 10) + "年" + Integer.parseInt(idNumber.substring(10, 12))
                + "月" + Integer.parseInt(idNumber.substring(12, 14)) + "日" : "";
        text(g, birth, 66, 110, 15f);
        String addr = address.length() > 13 ? address.substring(0, 13) : address;
        text(g, addr, 66, 142, 14f);
        if (address.length() > 13) {
            text(g, address.substring(13), 66, 164, 14f);
        }
        String masked = idNumber.length() == 18 ? idNumber.substring(0, 6) + "********" + idNumber.substring(14) : idNumber;
        text(g, masked, 130, 236, 18f);
        // photo
        g.setColor(new Color(0xC9D3DA));
        g.fillRect(300, 34, 100, 124);
        g.setColor(new Color(0x8A99A4));
        g.fill(new Ellipse2D.Float(326, 52, 48, 56));
        g.fill(new RoundRectangle2D.Float(310, 112, 80, 60, 40, 40));
        g.setColor(new Color(200, 40, 40, 70));
        text(g, "仅供阅卷申请使用", 150, 196, 20f);
        g.dispose();
        return png(img);
    }

    /** A 律师执业证 photo (inside page). */
    static byte[] lawyerLicencePng(String name, String firm, String licenceNo) {
        return DemoFileCache.get(String.join("\u0000", "lawyerLicencePng", name, firm, licenceNo),
                () -> drawLawyerLicence(name, firm, licenceNo));
    }

    private static byte[] drawLawyerLicence(String name, String firm, String licenceNo) {
        BufferedImage img = new BufferedImage(420, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setColor(new Color(0xFBF8EF));
        g.fillRect(0, 0, 420, 300);
        g.setColor(new Color(0x8B1A1A));
        g.setStroke(new BasicStroke(3f));
        g.drawRect(8, 8, 404, 284);
        text(g, "中华人民共和国律师执业证", 86, 44, 19f);
        g.setColor(Color.BLACK);
        text(g, "持证人：" + name, 30, 96, 15f);
        text(g, "执业机构：" + firm, 30, 128, 14f);
        text(g, "执业证号：" + licenceNo, 30, 160, 15f);
        text(g, "发证机关：广东省司法厅", 30, 192, 14f);
        g.setColor(new Color(0xC9D3DA));
        g.fillRect(310, 200, 80, 80);
        g.setColor(new Color(200, 30, 30, 170));
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new Ellipse2D.Float(215, 205, 76, 76));
        text(g, "广东省司法厅", 222, 248, 10.5f);
        g.dispose();
        return png(img);
    }

    /**
     * A lawyer's two papers for one request, written as two sections of one document (one font embedding) and
     * split: [0] the law firm's letter, [1] the power of attorney.
     */
    static List<byte[]> lawyerPapersPdf(String firm, String lawyer, String licenceNo, String court, String caseNumber,
                                        String party, String cause, LocalDate letterDate, LocalDate attorneyDate) {
        return DemoFileCache.getAll(String.join("\u0000", "lawyerPapersPdf", firm, lawyer, licenceNo, court, caseNumber,
                party, cause, String.valueOf(letterDate), String.valueOf(attorneyDate)), 2,
                () -> drawLawyerPapers(firm, lawyer, licenceNo, court, caseNumber, party, cause, letterDate, attorneyDate));
    }

    private static List<byte[]> drawLawyerPapers(String firm, String lawyer, String licenceNo, String court,
                                                 String caseNumber, String party, String cause, LocalDate letterDate,
                                                 LocalDate attorneyDate) {
        try (CjkPdfWriter w = new CjkPdfWriter(firm + " 所函")) {
            letter(w, firm, lawyer, licenceNo, court, caseNumber, party, letterDate);
            w.section(caseNumber + " 授权委托书");
            powerOfAttorney(w, party, lawyer, firm, court, caseNumber, cause, attorneyDate);
            List<Integer> counts = w.sectionPageCounts();
            return CjkPdfWriter.split(w.toBytes(), counts);
        }
    }

    /** 律师事务所函 (所函): the firm sends its lawyer to read the file of one case. */
    private static void letter(CjkPdfWriter w, String firm, String lawyer, String licenceNo, String court,
                               String caseNumber, String party, LocalDate date) {
        w.info("律师事务所函", firm);
        w.title(firm, 18).gap(4).title("律 师 事 务 所 函", 20).gap(4);
        w.right("〔" + date.getYear() + "〕穗诚函字第" + (100 + Math.abs((caseNumber + lawyer).hashCode()) % 900) + "号", 11);
        w.gap(6).line(court + "：", CjkPdfWriter.BODY_SIZE, false);
        w.paragraph("本所接受" + party + "的委托，指派" + lawyer + "律师（执业证号：" + licenceNo + "）担任其在" + caseNumber
                + "案件中的委托代理人，现申请查阅、复制该案卷宗材料，请予接洽。");
        w.paragraph("特此函告。").gap(30);
        w.right(firm, CjkPdfWriter.BODY_SIZE);
        w.seal(firm.length() > 12 ? firm.substring(0, 12) : firm, CjkPdfWriter.contentWidth() - 60);
        w.right(CaseFileText.date(date), CjkPdfWriter.BODY_SIZE);
    }

    /** 授权委托书: the party authorises the lawyer, special authority including reading the file. */
    private static void powerOfAttorney(CjkPdfWriter w, String party, String lawyer, String firm, String court,
                                        String caseNumber, String cause, LocalDate date) {
        w.title("授 权 委 托 书", 20).gap(8);
        w.labelled("委托人：", party);
        w.labelled("受托人：", lawyer + "，" + firm + "律师");
        w.gap(4).paragraph("现委托上列受托人在委托人与对方当事人" + cause + "一案（案号：" + caseNumber + "）中，作为委托人的诉讼代理人。");
        w.paragraph("代理权限为：一般代理，并特别授权代为查阅、复制本案卷宗材料，代为签收法律文书。");
        w.paragraph("受托人在代理权限内所为的行为，委托人均予以承认。").gap(30);
        w.right("委托人（签名或盖章）：" + party, CjkPdfWriter.BODY_SIZE);
        w.right(CaseFileText.date(date), CjkPdfWriter.BODY_SIZE).gap(12);
        w.line("致：" + court, CjkPdfWriter.BODY_SIZE, false);
    }

    /** 营业执照 (copy) for a company party's identity proof. */
    static byte[] businessLicencePng(String company, String creditCode, String representative) {
        return DemoFileCache.get(String.join("\u0000", "businessLicencePng", company, creditCode, representative),
                () -> drawBusinessLicence(company, creditCode, representative));
    }

    private static byte[] drawBusinessLicence(String company, String creditCode, String representative) {
        BufferedImage img = new BufferedImage(420, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setColor(new Color(0xFFFDF6));
        g.fillRect(0, 0, 420, 300);
        g.setColor(new Color(0xB8860B));
        g.setStroke(new BasicStroke(4f));
        g.drawRect(10, 10, 400, 280);
        g.setColor(new Color(0xA01010));
        text(g, "营 业 执 照", 150, 54, 24f);
        g.setColor(Color.BLACK);
        text(g, "统一社会信用代码：" + creditCode, 30, 100, 13f);
        String name = company.length() > 16 ? company.substring(0, 16) : company;
        text(g, "名称：" + name, 30, 132, 13f);
        if (company.length() > 16) {
            text(g, company.substring(16), 72, 152, 13f);
        }
        text(g, "法定代表人：" + representative, 30, 182, 13f);
        text(g, "登记机关：广州市市场监督管理局", 30, 214, 13f);
        g.setColor(new Color(200, 30, 30, 170));
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new Ellipse2D.Float(300, 196, 80, 80));
        g.dispose();
        return png(img);
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        return g;
    }

    /** Draws text run by run: CJK characters in the bundled font, the rest (digits, Latin) in the JDK's sans serif. */
    private static void text(Graphics2D g, String s, float x, float y, float size) {
        Font cjk = CJK.deriveFont(size);
        Font latin = LATIN.deriveFont(size);
        int i = 0;
        while (i < s.length()) {
            boolean useCjk = cjk.canDisplay(s.codePointAt(i)) && s.codePointAt(i) > 0x2E7F;
            int j = i;
            while (j < s.length()) {
                int cp = s.codePointAt(j);
                if ((cjk.canDisplay(cp) && cp > 0x2E7F) != useCjk) {
                    break;
                }
                j += Character.charCount(cp);
            }
            String run = s.substring(i, j);
            Font f = useCjk ? cjk : latin;
            g.setFont(f);
            g.drawString(run, x, y);
            x += g.getFontMetrics(f).stringWidth(run);
            i = j;
        }
    }

    private static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
