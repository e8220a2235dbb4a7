package org.courtdesk.server.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The typesetter's Chinese line breaking (its documents are tested with the demo's case-file generator). */
class CjkPdfWriterTest {

    @Test
    void chineseLinesNeverStartWithClosingPunctuationNorEndWithOpening() {
        try (CjkPdfWriter w = new CjkPdfWriter(null)) {
            String text = "原告陈志强与被告黄丽娟民间借贷纠纷一案，本院于2023年3月1日立案后，依法适用简易程序，公开开庭进行了审理。"
                    + "《中华人民共和国民法典》第六百六十七条、第六百七十五条规定，（2023）粤0106民初12345号，借款150000元。"
                    .repeat(6);
            for (float width : new float[] {120, 200, 333, CjkPdfWriter.contentWidth()}) {
                List<String> lines = w.wrap(text, 12, width, 24);
                assertThat(String.join("", lines)).isEqualTo(text);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    assertThat("，。、；：？！）》").as("line %d starts with %s", i, line).doesNotContain(line.substring(0, 1));
                    if (i < lines.size() - 1) {
                        assertThat("（《").as("line %d ends with %s", i, line).doesNotContain(line.substring(line.length() - 1));
                    }
                    // overhang of one punctuation mark at most
                    assertThat(w.width(line, 12)).isLessThanOrEqualTo(width + 12.5f);
                }
                assertThat(lines).noneMatch(l -> l.contains("2023") && !l.contains("2023年") && l.endsWith("202"));
            }
        }
    }
}
