package org.courtdesk.server.demo.casefiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.courtdesk.model.casenumber.CaseNumber;
import org.courtdesk.server.demo.casefiles.CaseFileData.PartyRole;
import org.courtdesk.server.pdf.CaseFileAssembler;
import org.courtdesk.server.pdf.CaseFileEncryptor;
import org.junit.jupiter.api.Test;

class CaseFileGeneratorTest {

    static final String NUMBER = CaseNumber.of(2023, "粤0106", "民初", 12345).toString();

    static CaseFileData loanCase() {
        return new CaseFileData(NUMBER, "广州市天河区人民法院", "陈志强诉黄丽娟民间借贷纠纷", "民间借贷纠纷",
                Map.of(PartyRole.PLAINTIFF, List.of("陈志强"), PartyRole.DEFENDANT, List.of("黄丽娟"),
                        PartyRole.THIRD_PARTY, List.of("广州市穗丰贸易有限公司")),
                "陈志明", "王晓琳", LocalDate.of(2023, 3, 1), null, null);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // lines wrap anywhere in Chinese text: compare without the line breaks
            return new PDFTextStripper().getText(doc).replace("\r", "").replace("\n", "");
        }
    }

    @Test
    void everyVolumeRoundTripsChineseTextCaseNumberAndPageCount() throws IOException {
        CaseFileData data = loanCase();
        List<GeneratedVolume> volumes = CaseFileGenerator.generateAll(data);
        assertThat(volumes).extracting(GeneratedVolume::title)
                .containsExactly("起诉状", "答辩状", "证据目录及证据", "庭审笔录", "判决书");
        for (GeneratedVolume v : volumes) {
            String text = text(v.pdf());
            try (PDDocument doc = Loader.loadPDF(v.pdf())) {
                assertThat(doc.getNumberOfPages()).as(v.title()).isEqualTo(v.pages());
            }
            assertThat(text).as(v.title()).contains(NUMBER).contains("陈志强").contains("黄丽娟")
                    .contains("第 1 页 共 " + v.pages() + " 页").doesNotContain("?");
        }
        assertThat(text(volumes.get(0).pdf())).contains("民事起诉状", "诉讼请求", "此致", "广州市天河区人民法院");
        assertThat(text(volumes.get(2).pdf())).contains("证据目录", "借条", "银行转账凭证");
        assertThat(text(volumes.get(3).pdf())).contains("庭 审 笔 录", "审判员：", "陈志明");
        String judgment = text(volumes.get(4).pdf());
        assertThat(judgment).contains("民 事 判 决 书", "判决如下", "二〇二三年", "上诉于广东省广州市中级人民法院");
        assertThat(volumes.get(2).pages()).as("evidence: list plus one page per exhibit").isGreaterThanOrEqualTo(5);
        assertThat(volumes.get(3).pages()).as("transcript").isGreaterThanOrEqualTo(3);
        assertThat(volumes.stream().mapToInt(GeneratedVolume::pages).sum()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void sameCaseGivesSameFileText() throws IOException {
        assertThat(text(CaseFileGenerator.generate(loanCase(), CaseVolume.JUDGMENT).pdf()))
                .isEqualTo(text(CaseFileGenerator.generate(loanCase(), CaseVolume.JUDGMENT).pdf()));
    }

    @Test
    void everyKnownCauseAndAnAppealAndAnUnknownCauseGenerate() throws IOException {
        List<String> causes = new ArrayList<>(CauseTexts.knownCauses());
        causes.add("确认合同无效纠纷");
        for (String cause : causes) {
            boolean appeal = cause.equals("买卖合同纠纷");
            String number = CaseNumber.of(2024, appeal ? "粤01" : "粤0105", appeal ? "民终" : "民初", 881).toString();
            CaseFileData data = new CaseFileData(number, appeal ? "广州市中级人民法院" : "广州市海珠区人民法院",
                    "广州市恒达建材有限公司诉林晓燕" + cause, cause,
                    Map.of(PartyRole.PLAINTIFF, List.of("广州市恒达建材有限公司"), PartyRole.DEFENDANT, List.of("林晓燕")),
                    "郑国平", null, LocalDate.of(2024, 5, 6), null, null);
            for (GeneratedVolume v : CaseFileGenerator.generateAll(data)) {
                String text = text(v.pdf());
                assertThat(text).as(cause + " " + v.title()).contains(number).contains("林晓燕").doesNotContain("?")
                        .doesNotContain("{");
            }
            if (appeal) {
                String judgment = text(CaseFileGenerator.generate(data, CaseVolume.JUDGMENT).pdf());
                assertThat(judgment).contains("上诉人", "被上诉人", "驳回上诉，维持原判", "本判决为终审判决");
                assertThat(CaseFileGenerator.generate(data, CaseVolume.COMPLAINT).title()).isEqualTo("上诉状");
            }
        }
    }

    @Test
    void capitalAmountsAndDates() {
        assertThat(CaseFileText.capitalAmount(150000)).isEqualTo("壹拾伍万元整");
        assertThat(CaseFileText.capitalAmount(100500)).isEqualTo("壹拾万零伍佰元整");
        assertThat(CaseFileText.capitalAmount(1001)).isEqualTo("壹仟零壹元整");
        assertThat(CaseFileText.capitalAmount(1_000_001)).isEqualTo("壹佰万零壹元整");
        assertThat(CaseFileText.capitalAmount(23_450)).isEqualTo("贰万叁仟肆佰伍拾元整");
        assertThat(CaseFileText.chineseDate(LocalDate.of(2023, 6, 12))).isEqualTo("二〇二三年六月十二日");
        assertThat(CaseFileText.chineseDate(LocalDate.of(2020, 10, 30))).isEqualTo("二〇二〇年十月三十日");
        assertThat(CaseFileText.courtFee(8000)).isEqualTo(50);
        assertThat(CaseFileText.courtFee(150000)).isEqualTo(3300);
    }

    @Test
    void assembledFileHasOneBookmarkPerVolume() throws IOException {
        List<GeneratedVolume> volumes = CaseFileGenerator.generateAll(loanCase());
        byte[] bound = CaseFileAssembler.assemble(NUMBER, volumes.stream().map(GeneratedVolume::asPart).toList());
        try (PDDocument doc = Loader.loadPDF(bound)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(volumes.stream().mapToInt(GeneratedVolume::pages).sum());
            List<String> titles = new ArrayList<>();
            List<Integer> firstPages = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                firstPages.add(doc.getPages().indexOf(item.findDestinationPage(doc)));
            }
            assertThat(titles).hasSize(volumes.size());
            for (int i = 0; i < volumes.size(); i++) {
                assertThat(titles.get(i)).startsWith(volumes.get(i).title());
            }
            int expected = 0;
            for (int i = 0; i < volumes.size(); i++) {
                assertThat(firstPages.get(i)).isEqualTo(expected);
                expected += volumes.get(i).pages();
            }
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("民事起诉状", "民 事 判 决 书", NUMBER);
        }
    }

    @Test
    void encryptedFileOpensOnlyWithItsPassword() throws IOException {
        byte[] plain = CaseFileGenerator.generateBound(loanCase());
        byte[] encrypted = CaseFileEncryptor.encrypt(plain, "Kx7-29qp");
        assertThatThrownBy(() -> Loader.loadPDF(encrypted).close()).isInstanceOf(InvalidPasswordException.class);
        assertThatThrownBy(() -> Loader.loadPDF(encrypted, "wrong").close()).isInstanceOf(InvalidPasswordException.class);
        try (PDDocument doc = Loader.loadPDF(encrypted, "Kx7-29qp")) {
            assertThat(doc.isEncrypted()).isTrue();
            assertThat(doc.getEncryption().getLength()).isEqualTo(256);
            assertThat(doc.getCurrentAccessPermission().canPrint()).isTrue();
            assertThat(doc.getCurrentAccessPermission().canModify()).isFalse();
            doc.setAllSecurityToBeRemoved(false);
            assertThat(new PDFTextStripper().getText(doc)).contains(NUMBER, "陈志强", "民间借贷纠纷");
        }
        assertThat(new String(encrypted, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/AESV3");
    }

    @Test
    void firstPageRendersToPng() throws IOException {
        GeneratedVolume judgment = CaseFileGenerator.generate(loanCase(), CaseVolume.JUDGMENT);
        GeneratedVolume evidence = CaseFileGenerator.generate(loanCase(), CaseVolume.EVIDENCE);
        try (PDDocument doc = Loader.loadPDF(judgment.pdf()); PDDocument ev = Loader.loadPDF(evidence.pdf())) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 96);
            Path out = Path.of(System.getProperty("java.io.tmpdir"), "courtdesk-casefile-page1.png");
            ImageIO.write(image, "png", out.toFile());
            assertThat(Files.size(out)).isGreaterThan(10_000);
            // also the last judgment page (seal) and two exhibit pages, for a human to look at
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, 96), "png",
                    Path.of(System.getProperty("java.io.tmpdir"), "courtdesk-casefile-judgment-last.png").toFile());
            ImageIO.write(new PDFRenderer(ev).renderImageWithDPI(1, 96), "png",
                    Path.of(System.getProperty("java.io.tmpdir"), "courtdesk-casefile-exhibit1.png").toFile());
            ImageIO.write(new PDFRenderer(ev).renderImageWithDPI(3, 96), "png",
                    Path.of(System.getProperty("java.io.tmpdir"), "courtdesk-casefile-exhibit3.png").toFile());
        }
    }
}
