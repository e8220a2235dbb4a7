package org.courtdesk.server.reading.casefile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * The case file an online approval hands out: a cover page (案号, 案件名称, 承办法院, 申请编号, 阅卷人, 有效截止日期,
 * and the list of volumes with their first pages) followed by every volume (case_document) merged in order, the
 * whole encrypted with AES-256 so it opens only with the 卷宗文档打开密码 of the SMS. Printing and copying text are
 * allowed (the seeds let the applicant print); changing the document is not. The owner password is random and
 * thrown away: nobody, the court included, edits a handed-out copy.
 */
public final class CaseFilePdf {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the cover page says. */
    public record Cover(String caseNumber, String caseTitle, String courtName, String applicationNo,
                        String applicantName, LocalDate validUntil) {}

    /** One volume: its title and its PDF bytes. */
    public record Volume(String title, byte[] pdf) {}

    private CaseFilePdf() {}

    /** Cover plus volumes, merged, then encrypted with {@code openPassword} (AES-256). */
    public static byte[] assemble(Cover cover, List<Volume> volumes, String openPassword) {
        List<PDDocument> sources = new ArrayList<>();
        try {
            List<Integer> pageCounts = new ArrayList<>();
            for (Volume v : volumes) {
                PDDocument src = load(v);
                sources.add(src);
                pageCounts.add(src.getNumberOfPages());
            }
            byte[] coverBytes = coverPage(cover, volumes, pageCounts, 1);
            // The cover may run over one page when there are many volumes: lay it out again with the right offset.
            try (PDDocument probe = Loader.loadPDF(coverBytes)) {
                if (probe.getNumberOfPages() > 1) {
                    coverBytes = coverPage(cover, volumes, pageCounts, probe.getNumberOfPages());
                }
            }
            try (PDDocument result = Loader.loadPDF(coverBytes)) {
                PDFMergerUtility merger = new PDFMergerUtility();
                for (PDDocument src : sources) {
                    merger.appendDocument(result, src);
                }
                PDDocumentInformation info = result.getDocumentInformation();
                info.setTitle(cover.caseNumber() + " 卷宗");
                info.setSubject("阅卷申请 " + cover.applicationNo());
                info.setCreator("CourtDesk");
                info.setAuthor(cover.courtName());

                AccessPermission permissions = new AccessPermission();
                permissions.setCanModify(false);
                permissions.setCanAssembleDocument(false);
                permissions.setCanFillInForm(false);
                permissions.setCanModifyAnnotations(false);
                permissions.setCanPrint(true);
                permissions.setCanPrintFaithful(true);
                permissions.setCanExtractContent(true);
                permissions.setCanExtractForAccessibility(true);
                byte[] owner = new byte[32];
                RANDOM.nextBytes(owner);
                StandardProtectionPolicy policy = new StandardProtectionPolicy(HexFormat.of().formatHex(owner),
                        openPassword, permissions);
                policy.setEncryptionKeyLength(256);
                result.protect(policy);
                ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
                result.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot assemble the case file", e);
        } finally {
            for (PDDocument d : sources) {
                try {
                    d.close();
                } catch (IOException ignored) {
                    // nothing to do
                }
            }
        }
    }

    /** A volume that is not a readable PDF is replaced by a page saying so, rather than failing the approval. */
    private static PDDocument load(Volume v) throws IOException {
        try {
            return Loader.loadPDF(v.pdf());
        } catch (IOException e) {
            byte[] placeholder = new PlainPdf()
                    .title("卷宗材料无法读取", 18f)
                    .gap(12f)
                    .line("本卷《" + v.title() + "》的电子文件已损坏，无法合并到卷宗中。如需查阅，请与承办法院联系。", 12f)
                    .toBytes();
            return Loader.loadPDF(placeholder);
        }
    }

    private static byte[] coverPage(Cover c, List<Volume> volumes, List<Integer> pageCounts, int coverPages) {
        PlainPdf w = new PlainPdf();
        w.gap(20f).title(c.courtName(), 20f).title("卷　宗", 28f).gap(16f);
        w.line("案　　号：" + c.caseNumber(), 13f);
        w.line("案件名称：" + c.caseTitle(), 13f);
        w.line("承办法院：" + c.courtName(), 13f);
        w.line("申请编号：" + c.applicationNo(), 13f);
        w.line("阅 卷 人：" + c.applicantName(), 13f);
        w.line("有效截止日期：" + c.validUntil(), 13f);
        w.gap(10f).line("卷宗目录", 15f);
        int page = coverPages + 1;
        for (int i = 0; i < volumes.size(); i++) {
            w.line((i + 1) + "．" + volumes.get(i).title() + "（" + pageCounts.get(i) + " 页，第 " + page + " 页起）", 12f);
            page += pageCounts.get(i);
        }
        w.gap(10f).line("本卷宗仅供申请人在有效截止日期前阅卷使用。卷宗下载密码和卷宗文档打开密码请勿泄漏，"
                + "卷宗内容不得擅自传播或用于诉讼以外的用途。", 10.5f);
        return w.toBytes();
    }
}
