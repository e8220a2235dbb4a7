package org.courtdesk.model.casenumber;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.courtdesk.model.casenumber.CaseNumberException.Part;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of 案号 parsing over generated input: valid numbers round-trip, junk is refused cleanly. */
class CaseNumberPropertiesTest {

    /** The parts of a valid number, generated independently. */
    record Parts(int year, String courtCode, String typeCode, int serial) {
        String print(boolean fullWidth) {
            return (fullWidth ? "（" : "(") + year + (fullWidth ? "）" : ")") + courtCode + typeCode + serial + "号";
        }
    }

    @Provide
    Arbitrary<Parts> validParts() {
        Arbitrary<Integer> year = Arbitraries.integers().between(CaseNumber.MIN_YEAR, CaseNumber.MAX_YEAR);
        Arbitrary<String> province = Arbitraries.of(CaseNumber.PROVINCES);
        Arbitrary<String> digits = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().numeric().ofLength(2), Arbitraries.strings().numeric().ofLength(4));
        Arbitrary<String> court = Combinators.combine(province, digits).as(String::concat);
        Arbitrary<String> type = Arbitraries.of(CaseNumber.TYPE_CODES);
        Arbitrary<Integer> serial = Arbitraries.integers().between(1, 999_999);
        return Combinators.combine(year, court, type, serial).as(Parts::new);
    }

    @Property
    void validNumbersRoundTripInBothWidths(@ForAll("validParts") Parts p, @ForAll boolean fullWidth) {
        CaseNumber parsed = CaseNumber.parse(p.print(fullWidth));
        assertThat(parsed.year()).isEqualTo(p.year());
        assertThat(parsed.courtCode()).isEqualTo(p.courtCode());
        assertThat(parsed.typeCode()).isEqualTo(p.typeCode());
        assertThat(parsed.serial()).isEqualTo(p.serial());
        assertThat(parsed.toString()).isEqualTo(p.print(true));
        // parse(print(x)) == x, from the canonical print and from the half-width one.
        assertThat(CaseNumber.parse(parsed.toString())).isEqualTo(parsed);
        assertThat(CaseNumber.parse(parsed.toString().replace('（', '(').replace('）', ')'))).isEqualTo(parsed);
        assertThat(CaseNumber.of(p.year(), p.courtCode(), p.typeCode(), p.serial())).isEqualTo(parsed);
        assertThat(parsed.courtLevel()).isEqualTo(switch (p.courtCode().length()) {
            case 1 -> CourtLevel.HIGH;
            case 3 -> CourtLevel.INTERMEDIATE;
            default -> CourtLevel.BASIC;
        });
    }

    @Property
    void spacesBetweenThePartsDoNotMatter(@ForAll("validParts") Parts p,
                                          @ForAll("spaces") String a, @ForAll("spaces") String b, @ForAll("spaces") String c) {
        String text = a + p.print(false).replace(")", ")" + b).replace("号", c + "号");
        assertThat(CaseNumber.parse(text)).hasToString(p.print(true));
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.strings().withChars(' ', '\t', '\u3000', '\u00A0').ofMaxLength(3);
    }

    /** Anything at all: the only way to fail is a CaseNumberException that names a part. */
    @Property(tries = 3000)
    void arbitraryTextNeverThrowsAnythingElse(@ForAll("junk") String text) {
        checkParseIsClean(text);
    }

    @Provide
    Arbitrary<String> junk() {
        Arbitrary<String> anyBmp = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<String> anyCodePoints = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .filter(Character::isValidCodePoint).list().ofMaxSize(12)
                .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
        // Case-number-ish alphabet, so the parser gets deep before it refuses.
        Arbitrary<String> nearMiss = Arbitraries.strings()
                .withChars("（）()粤京兵01234567899民初终执恢保破申号 \u3000\uD83D")
                .ofMaxLength(25);
        return Arbitraries.oneOf(anyBmp, anyCodePoints, nearMiss);
    }

    /** A valid number with one character deleted, replaced or inserted: refused with a part, or still valid. */
    @Property(tries = 3000)
    void mutatedNumbersAreRefusedCleanly(@ForAll("validParts") Parts p, @ForAll boolean fullWidth,
                                         @ForAll @IntRange(min = 0, max = 40) int position,
                                         @ForAll("mutationChars") char c, @ForAll @IntRange(min = 0, max = 2) int op) {
        StringBuilder s = new StringBuilder(p.print(fullWidth));
        int i = Math.min(position, s.length() - 1);
        switch (op) {
            case 0 -> s.deleteCharAt(i);
            case 1 -> s.setCharAt(i, c);
            default -> s.insert(i, c);
        }
        checkParseIsClean(s.toString());
    }

    @Provide
    Arbitrary<Character> mutationChars() {
        return Arbitraries.oneOf(Arbitraries.chars().with("（）()0123456789粤民初执号x-〇\uFF10"), Arbitraries.chars().all());
    }

    @Property
    void refusingTheTrailingCharacterNamesTheSuffix(@ForAll("validParts") Parts p) {
        String text = p.print(true);
        CaseNumberException e = catchRefusal(text.substring(0, text.length() - 1) + "字");
        assertThat(e.part()).isEqualTo(Part.SUFFIX);
    }

    private static final Set<Part> PARTS = Set.of(Part.values());
    /** The word each part's message must contain. */
    private static final Map<Part, String> KEYWORDS = Map.of(Part.EMPTY, "案号", Part.YEAR, "收案年度",
            Part.COURT, "法院代字", Part.TYPE, "类型代字", Part.SERIAL, "序号", Part.SUFFIX, "号");

    private static void checkParseIsClean(String text) {
        try {
            CaseNumber n = CaseNumber.parse(text);
            // Whatever parses prints to a canonical form that parses to the same number.
            assertThat(CaseNumber.parse(n.toString())).isEqualTo(n);
            assertThat(CaseNumber.isValid(text)).isTrue();
        } catch (CaseNumberException e) {
            assertThat(PARTS).contains(e.part());
            assertThat(e.getMessage()).isNotBlank();
            String keyword = KEYWORDS.get(e.part());
            assertThat(e.getMessage()).as("message of %s names %s", e.part(), keyword).contains(keyword);
            assertThat(CaseNumber.isValid(text)).isFalse();
        }
    }

    private static CaseNumberException catchRefusal(String text) {
        try {
            CaseNumber.parse(text);
        } catch (CaseNumberException e) {
            return e;
        }
        throw new AssertionError("accepted: " + text);
    }
}
