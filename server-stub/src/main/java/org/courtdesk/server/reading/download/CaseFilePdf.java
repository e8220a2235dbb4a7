package org.courtdesk.server.reading.download;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.courtdesk.server.pdf.CaseFileAssembler;
import org.courtdesk.server.pdf.CaseFileEncryptor;
import org.courtdesk.server.pdf.PlainPdf;

/**
 * The case file an online approval hands out: a cover page (案号, 案件名称, 承办法院, 申请编号, 阅卷人, 有效截止日期,
 * and the list of volumes with their first pages) followed by every volume (case_document) merged in order, the
 * whole encrypted with AES-256 so it opens only with the 卷宗文档打开密码 of the SMS. Binding (bookmarks per volume)
 * and encryption (printing allowed, changes not; random owner password thrown away) are the shared
 * {@link CaseFileAssembler} and {@link CaseFileEncryptor}; this class adds the cover and the broken-volume guard.
 */
public final class CaseFilePdf {

    /** What the cover page says. */
    public record Cover(String caseNumber, String caseTitle, String courtName, String applicationNo,
                        String applicantName, LocalDate validUntil) {}

    /** One volume: its title and its PDF bytes. */
    public record Volume(String title, byte[] pdf) {}

    private CaseFilePdf() {}

    /**
     * Cover plus volumes, bound with one bookmark per volume ({@link CaseFileAssembler}), then encrypted with
     * {@code openPassword} (AES-256, {@link CaseFileEncryptor}).
     */
    public static byte[] assemble(Cover cover, List<Volume> volumes, String openPassword) {
        List<byte[]> readable = new ArrayList<>();
        List<Integer> pageCounts = new ArrayList<>();
        for (Volume v : volumes) {
            byte[] pdf = readableOrPlaceholder(v);
            readable.add(pdf);
            pageCounts.add(pages(pdf));
        }
        byte[] coverBytes = coverPage(cover, volumes, pageCounts, 1);
        int coverPages = pages(coverBytes);
        if (coverPages > 1) {
            // Many volumes: the table of contents runs over; lay it out again with the right start pages.
            coverBytes = coverPage(cover, volumes, pageCounts, coverPages);
        }
        List<CaseFileAssembler.Part> parts = new ArrayList<>();
        parts.add(new CaseFileAssembler.Part("封面及卷宗目录", coverBytes));
        for (int i = 0; i < volumes.size(); i++) {
            parts.add(new CaseFileAssembler.Part(volumes.get(i).title(), readable.get(i)));
        }
        byte[] bound = CaseFileAssembler.assemble(cover.caseNumber() + " " + cover.caseTitle() + " 卷宗", parts);
        return CaseFileEncryptor.encrypt(bound, openPassword);
    }

    /** A volume that is not a readable PDF is replaced by a page saying so, rather than failing the approval. */
    private static byte[] readableOrPlaceholder(Volume v) {
        try (PDDocument ignored = Loader.loadPDF(v.pdf())) {
            return v.pdf();
        } catch (IOException e) {
            return new PlainPdf()
                    .title("卷宗材料无法读取", 18f)
                    .gap(12f)
                    .line("本卷《" + v.title() + "》的电子文件已损坏，无法合并到卷宗中。如需查阅，请与承办法院联系。", 12f)
                    .toBytes();
        }
    }

    private static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
