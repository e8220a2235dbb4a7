package org.courtdesk.app.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.courtdesk.model.evidence.CrossExam;
import org.courtdesk.model.evidence.EvidenceDeadlines;
import org.courtdesk.model.evidence.EvidenceExchangeView;
import org.courtdesk.model.evidence.EvidenceItem;
import org.courtdesk.model.evidence.EvidenceProcedure;
import org.courtdesk.model.evidence.EvidenceSide;
import org.courtdesk.model.request.RequestStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 目录下载 made on the workstation (CJK font embedded, Chinese text extracted) and 材料下载 by file name, never path. */
class EvidenceFilesTest {

    static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

    static EvidenceItem item(long id, EvidenceSide side, int seq, String name, String fileName, boolean late, List<CrossExam> x) {
        return new EvidenceItem(id, side, seq, name, "原告持有原件", "双方于 2025 年 3 月订立借款合同", 3, "李文博", AT, late, false,
                fileName, "application/pdf", 1000, "ab".repeat(32), x);
    }

    static EvidenceExchangeView exchange() {
        return new EvidenceExchangeView(7, "ZJ2026120100001", "（2026）粤0106民初1234号", "张某诉李某民间借贷纠纷", "粤0106",
                "广州市天河区人民法院", 1, "陈志明", AT, EvidenceProcedure.ORDINARY,
                new EvidenceDeadlines(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 15), null, LocalDate.of(2026, 12, 25)),
                null, RequestStatus.EVIDENCE_PRODUCING, 3, "陈志明", List.of("张某"), List.of("李某"),
                List.of(item(1, EvidenceSide.PLAINTIFF, 1, "借款合同", "借款合同.pdf", false, List.of(new CrossExam(
                                EvidenceSide.DEFENDANT, "王律师", "认可", "认可", "不认可", true, "利息超过法定上限", AT))),
                        item(2, EvidenceSide.PLAINTIFF, 2, "催款函", "催款函.pdf", true, List.of()),
                        item(3, EvidenceSide.DEFENDANT, 1, "还款收据", "../../etc/还款收据.pdf", false, List.of())),
                List.of(), null, null);
    }

    @Test
    void theCatalogueIsAPdfWithTheChineseNamesAndAnEmbeddedCjkFont() throws Exception {
        byte[] pdf = EvidenceFiles.catalogue(exchange(), ZoneId.of("Asia/Shanghai"));
        Path out = Path.of("target", "screenshots", "evidence-catalogue-app.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).contains("证据目录", "（2026）粤0106民初1234号", "借款合同", "催款函", "还款收据", "【逾期】",
                    "利息超过法定上限", "原告证据", "被告证据", "2026-12-10");
            List<String> embedded = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont f = doc.getPage(0).getResources().getFont(name);
                if (f.isEmbedded()) {
                    embedded.add(f.getName());
                }
            }
            assertThat(embedded).anyMatch(n -> n.contains("DroidSansFallback"));
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 70), "png",
                    Path.of("target", "screenshots", "evidence-catalogue-app.png").toFile());
        }
    }

    @Test
    void aMaterialIsSavedUnderItsFileNameNeverAPath(@TempDir Path dir) throws Exception {
        EvidenceItem evil = exchange().items().get(2);
        Path saved = EvidenceFiles.saveMaterial(evil, "%PDF-1.4".getBytes(), dir);
        assertThat(saved).isEqualTo(dir.resolve("还款收据.pdf"));
        assertThat(Files.readString(saved)).isEqualTo("%PDF-1.4");
        EvidenceItem dots = item(9, EvidenceSide.DEFENDANT, 4, "收条", "..", false, List.of());
        assertThat(EvidenceFiles.fileName(dots)).isEqualTo("被告证据4.pdf");
        assertThat(EvidenceFiles.fileName(item(9, EvidenceSide.PLAINTIFF, 1, "x", "a:b*?.pdf", false, List.of())))
                .isEqualTo("a_b__.pdf");
        assertThatThrownBy(() -> EvidenceFiles.saveMaterial(evil, new byte[0], dir.resolve("missing")))
                .isInstanceOf(java.io.IOException.class);
    }
}
