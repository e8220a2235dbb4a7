package org.courtdesk.server.reading.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.courtdesk.server.pdf.PlainPdf;
import org.junit.jupiter.api.Test;

class CaseFilePdfTest {

    static final CaseFilePdf.Cover COVER = new CaseFilePdf.Cover("（2024）粤0106民初1234号", "张某诉李某民间借贷纠纷",
            "广州市天河区人民法院", "YJ20261123ABC", "王律师", LocalDate.of(2026, 12, 8));

    static byte[] volume(String title, int pages) {
        PlainPdf pdf = new PlainPdf();
        for (int i = 0; i < pages * 30; i++) {
            pdf.line(title + " 第" + (i / 30 + 1) + "页 第" + (i % 30 + 1) + "行", 12f); // 35 lines fit a page
        }
        return pdf.toBytes();
    }

    @Test
    void aLongTableOfContentsPushesTheVolumesBackAndTheStartPagesFollow() throws IOException {
        List<CaseFilePdf.Volume> volumes = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            volumes.add(new CaseFilePdf.Volume("证据材料" + i, volume("证据材料" + i, 1)));
        }
        byte[] pdf = CaseFilePdf.assemble(COVER, volumes, "1234567890");
        try (PDDocument doc = Loader.loadPDF(pdf, "1234567890")) {
            int coverPages = doc.getNumberOfPages() - 45;
            assertThat(coverPages).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            String cover = stripper.getText(doc);
            assertThat(cover).contains("1．证据材料1（1 页，第 " + (coverPages + 1) + " 页起）");
            stripper.setStartPage(coverPages + 1);
            stripper.setEndPage(coverPages + 1);
            assertThat(stripper.getText(doc)).contains("证据材料1 第1页");
        }
    }

    @Test
    void aBrokenVolumeBecomesAPageSayingSo() throws IOException {
        byte[] pdf = CaseFilePdf.assemble(COVER, List.of(new CaseFilePdf.Volume("起诉状", volume("起诉状", 2)),
                new CaseFilePdf.Volume("答辩状", "not a pdf".getBytes())), "0000011111");
        try (PDDocument doc = Loader.loadPDF(pdf, "0000011111")) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1 + 2 + 1);
            List<String> bookmarks = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> bookmarks.add(i.getTitle()));
            assertThat(bookmarks).containsExactly("封面及卷宗目录（1页）", "起诉状（2页）", "答辩状（1页）");
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("（2024）粤0106民初1234号").contains("本卷《答辩状》的电子文件已损坏").contains("2026-12-08");
        }
    }
}
