package org.courtdesk.model.casenumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;

import org.courtdesk.model.casenumber.CaseNumberException.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 案号 as domain.md "Case numbers" describes it: parts, widths, court levels, type codes, refusals. */
class CaseNumberTest {

    @Test
    void parsesTheExamplesOfTheDomainInBothWidths() {
        CaseNumber half = CaseNumber.parse("(2021)粤01民初1号");
        assertThat(half.year()).isEqualTo(2021);
        assertThat(half.courtCode()).isEqualTo("粤01");
        assertThat(half.province()).isEqualTo("粤");
        assertThat(half.typeCode()).isEqualTo("民初");
        assertThat(half.serial()).isEqualTo(1);

        CaseNumber full = CaseNumber.parse("（2023）粤0106民初12345号");
        assertThat(full.year()).isEqualTo(2023);
        assertThat(full.courtCode()).isEqualTo("粤0106");
        assertThat(full.typeCode()).isEqualTo("民初");
        assertThat(full.serial()).isEqualTo(12345);
    }

    @Test
    void fullAndHalfWidthParenthesesGiveTheSameNumber() {
        CaseNumber full = CaseNumber.parse("（2023）粤0106民初12345号");
        assertThat(CaseNumber.parse("(2023)粤0106民初12345号")).isEqualTo(full).hasSameHashCodeAs(full);
        // Mixed widths (a half-typed correction) are read too.
        assertThat(CaseNumber.parse("(2023）粤0106民初12345号")).isEqualTo(full);
        assertThat(CaseNumber.parse("（2023)粤0106民初12345号")).isEqualTo(full);
    }

    @Test
    void printsTheCanonicalFullWidthForm() {
        assertThat(CaseNumber.parse("(2021)粤01民初1号")).hasToString("（2021）粤01民初1号");
        assertThat(CaseNumber.parse(" ( 2021 ) 粤01 民初 1 号 ")).hasToString("（2021）粤01民初1号");
        assertThat(CaseNumber.of(2024, "粤1972", "执恢", 88)).hasToString("（2024）粤1972执恢88号");
    }

    @Test
    void spacesAnywhereAreIgnoredIncludingIdeographicAndNoBreakSpaces() {
        CaseNumber expected = CaseNumber.parse("（2023）粤0106民初12345号");
        assertThat(CaseNumber.parse("（2023）\u3000粤0106\t民初 12345号")).isEqualTo(expected);
        // Copied out of a PDF or a web page, the gaps are often no-break spaces.
        assertThat(CaseNumber.parse("（2023）\u00A0粤0106\u00A0民初\u202F12345号")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "（2023）最高法民申5号, 最高法, SUPREME",
            "（2023）粤民终5号,     粤,     HIGH",
            "（2023）粤01民终5号,   粤01,   INTERMEDIATE",
            "（2023）粤0106民初5号, 粤0106, BASIC",
            "（2023）粤1972民初5号, 粤1972, BASIC",
    })
    void courtLevelIsReadOffTheCourtCode(String text, String courtCode, CourtLevel level) {
        CaseNumber n = CaseNumber.parse(text);
        assertThat(n.courtCode()).isEqualTo(courtCode);
        assertThat(n.courtLevel()).isEqualTo(level);
    }

    @Test
    void theSupremeCourtsCodeHasNoProvince() {
        CaseNumber n = CaseNumber.parse("(2023)最高法民再 12号");
        assertThat(n).hasToString("（2023）最高法民再12号");
        assertThat(n.province()).isEmpty();
        assertThat(n.courtLevel()).isEqualTo(CourtLevel.SUPREME);
        // Only the full 代字: 最高 or 最 alone is no court.
        assertThat(CaseNumber.isValid("（2023）最高民再12号")).isFalse();
        assertThat(CaseNumber.isValid("（2023）最法民再12号")).isFalse();
        assertThat(CaseNumber.isValid("（2023）最高法01民再12号")).isFalse();
    }

    @Test
    void aYearAfterTheCurrentOneIsRefusedForAnExistingCase() {
        assertThat(CaseNumber.parse("（2026）粤0106民初5号", 2026).year()).isEqualTo(2026);
        CaseNumberException e = catchThrowableOfType(CaseNumberException.class,
                () -> CaseNumber.parse("（2027）粤0106民初5号", 2026));
        assertThat(e.part()).isEqualTo(Part.YEAR);
        assertThat(e).hasMessage("收案年度 2027 晚于今年（2026）");
        // Without a current year only the range is checked (demo data, imports).
        assertThat(CaseNumber.isValid("（2027）粤0106民初5号")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"民初", "民终", "民申", "民特", "刑初", "刑终", "行初", "行终", "执", "执恢", "执异", "执保", "财保", "破"})
    void everyTypeCodeOfTheDomainParses(String type) {
        CaseNumber n = CaseNumber.parse("（2022）粤01" + type + "7号");
        assertThat(n.typeCode()).isEqualTo(type);
        assertThat(n.serial()).isEqualTo(7);
        assertThat(CaseNumber.TYPE_CODES).contains(type);
    }

    @Test
    void theLongestTypeCodeWins() {
        assertThat(CaseNumber.parse("（2022）粤01执恢3号").typeCode()).isEqualTo("执恢");
        assertThat(CaseNumber.parse("（2022）粤01执3号").typeCode()).isEqualTo("执");
        assertThat(CaseNumber.parse("（2022）粤01破申3号").typeCode()).isEqualTo("破申");
        assertThat(CaseNumber.parse("（2022）粤01破3号").typeCode()).isEqualTo("破");
    }

    @Test
    void yearAndSerialBoundaries() {
        assertThat(CaseNumber.parse("（1950）粤01民初1号").year()).isEqualTo(CaseNumber.MIN_YEAR);
        assertThat(CaseNumber.parse("（2099）粤01民初999999号").serial()).isEqualTo(999_999);
        assertRefused("（1949）粤01民初1号", Part.YEAR);
        assertRefused("（2100）粤01民初1号", Part.YEAR);
        assertRefused("（2023）粤01民初1000000号", Part.SERIAL);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // the year
            "2023粤01民初1号           | YEAR",
            "[2023]粤01民初1号         | YEAR",
            "（23）粤01民初1号          | YEAR",
            "（20233）粤01民初1号       | YEAR",
            "（二〇二三）粤01民初1号     | YEAR",
            "（2023粤01民初1号          | YEAR",
            "（                       | YEAR",
            "（2023                   | YEAR",
            // the court code
            "（2023）                  | COURT",
            "（2023）01民初1号          | COURT",
            "（2023）广01民初1号        | COURT",
            "（2023）粤1民初1号         | COURT",
            "（2023）粤010民初1号       | COURT",
            "（2023）粤01061民初1号     | COURT",
            // the type code
            "（2023）粤01              | TYPE",
            "（2023）粤01民1号          | TYPE",
            "（2023）粤01商初1号        | TYPE",
            "（2023）粤01号             | TYPE",
            // the serial
            "（2023）粤01民初号         | SERIAL",
            "（2023）粤01民初           | SERIAL",
            "（2023）粤01民初0号        | SERIAL",
            "（2023）粤01民初012号      | SERIAL",
            "（2023）粤01民初1234567号  | SERIAL",
            // the trailing 号
            "（2023）粤01民初1         | SUFFIX",
            "（2023）粤01民初1字       | SUFFIX",
            "（2023）粤01民初1号号      | SUFFIX",
            "（2023）粤01民初1号之一    | SUFFIX",
    })
    void eachRefusalNamesTheWrongPart(String text, Part part) {
        assertRefused(text, part);
    }

    @Test
    void emptyInputIsRefusedAsEmpty() {
        assertRefused(null, Part.EMPTY);
        assertRefused("", Part.EMPTY);
        assertRefused(" \u3000\t", Part.EMPTY);
        assertThat(CaseNumber.isValid(null)).isFalse();
    }

    @Test
    void theMessageSaysWhichPartIsWrongInChinese() {
        assertThat(refusal("（23）粤01民初1号").getMessage()).contains("收案年度");
        assertThat(refusal("（2023）广01民初1号").getMessage()).contains("法院代字").contains("广");
        assertThat(refusal("（2023）粤01商初1号").getMessage()).contains("类型代字");
        assertThat(refusal("（2023）粤01民初号").getMessage()).contains("序号");
        assertThat(refusal("（2023）粤01民初1").getMessage()).contains("号");
        for (Part p : Part.values()) {
            assertThat(p.label()).isNotBlank();
        }
    }

    @Test
    void ofChecksItsPartsLikeParse() {
        assertThat(CaseNumber.of(2023, "粤0106", "民初", 12345)).isEqualTo(CaseNumber.parse("（2023）粤0106民初12345号"));
        assertThatThrownBy(() -> CaseNumber.of(2023, "粤0106", "民初", 0)).isInstanceOf(CaseNumberException.class);
        assertThat(catchThrowableOfType(CaseNumberException.class, () -> CaseNumber.of(1800, "粤01", "民初", 1)).part())
                .isEqualTo(Part.YEAR);
        assertThat(catchThrowableOfType(CaseNumberException.class, () -> CaseNumber.of(2023, "XX", "民初", 1)).part())
                .isEqualTo(Part.COURT);
        assertThat(catchThrowableOfType(CaseNumberException.class, () -> CaseNumber.of(2023, "粤01", "商初", 1)).part())
                .isEqualTo(Part.TYPE);
    }

    @Test
    void isValidAnswersWithoutThrowing() {
        assertThat(CaseNumber.isValid("(2021)粤01民初1号")).isTrue();
        assertThat(CaseNumber.isValid("(2021)粤01民初1")).isFalse();
    }

    @Test
    void ordersByCourtThenYearThenTypeThenSerialNumerically() {
        List<CaseNumber> numbers = new ArrayList<>(List.of(
                CaseNumber.parse("（2023）粤0106民初2号"),
                CaseNumber.parse("（2022）粤0106民初9号"),
                CaseNumber.parse("（2023）粤01民终1号"),
                CaseNumber.parse("（2023）粤0106民初10号"),
                CaseNumber.parse("（2022）粤0106民终1号")));
        numbers.sort(null);
        assertThat(numbers).extracting(CaseNumber::toString).containsExactly(
                "（2023）粤01民终1号", "（2022）粤0106民初9号", "（2022）粤0106民终1号", "（2023）粤0106民初2号",
                "（2023）粤0106民初10号");
        assertThat(CaseNumber.parse("(2023)粤01民终1号")).isEqualByComparingTo(CaseNumber.parse("（2023）粤01民终1号"));
    }

    static void assertRefused(String text, Part part) {
        assertThat(refusal(text).part()).as("part named for %s", text).isEqualTo(part);
        assertThat(CaseNumber.isValid(text)).isFalse();
    }

    static CaseNumberException refusal(String text) {
        CaseNumberException e = catchThrowableOfType(CaseNumberException.class, () -> CaseNumber.parse(text));
        assertThat(e).as("refusal of %s", text).isNotNull();
        assertThat(e.getMessage()).isNotBlank();
        return e;
    }
}
