package org.courtdesk.model.casenumber;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.courtdesk.model.casenumber.CaseNumberException.Part;

/**
 * A case number (案号) such as （2023）粤0106民初12345号: year in parentheses (full- or half-width), court code
 * (province abbreviation + 0, 2 or 4 digits, or 最高法 for the Supreme People's Court), type code, serial number,
 * and 号. {@link #toString()} prints
 * the canonical full-width form, which is also how case numbers are stored and compared.
 */
public final class CaseNumber implements Comparable<CaseNumber> {

    public static final int MIN_YEAR = 1950;
    public static final int MAX_YEAR = 2099;
    public static final int MAX_SERIAL_DIGITS = 6;

    /** Province-level abbreviations used as the first character of a court code (兵 is the XPCC courts). */
    public static final Set<String> PROVINCES = Set.of(
            "京", "津", "冀", "晋", "蒙", "辽", "吉", "黑", "沪", "苏", "浙", "皖", "闽", "赣", "鲁", "豫", "鄂",
            "湘", "粤", "桂", "琼", "渝", "川", "贵", "云", "藏", "陕", "甘", "青", "宁", "新", "兵");

    /** Type codes (类型代字) this court system uses; the longest match wins (执恢 before 执). */
    public static final List<String> TYPE_CODES = List.of(
            "民初", "民终", "民申", "民特", "民再", "民辖", "民监", "民催",
            "刑初", "刑终", "刑申", "刑再", "刑更",
            "行初", "行终", "行申", "行再", "行审",
            "执恢", "执异", "执复", "执保", "执监", "执",
            "财保", "行保", "证保", "破申", "破", "司救", "司惩");

    /** The Supreme People's Court's 法院代字, as in （2023）最高法民申1234号. */
    public static final String SUPREME_COURT = "最高法";

    /** ASCII white space plus every horizontal space (U+00A0, U+2000-U+200A, U+202F, U+3000 ...). */
    private static final Pattern SPACES = Pattern.compile("[\\s\\h]");

    private static final List<String> TYPES_LONGEST_FIRST = TYPE_CODES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private final int year;
    private final String courtCode;
    private final String typeCode;
    private final int serial;

    private CaseNumber(int year, String courtCode, String typeCode, int serial) {
        this.year = year;
        this.courtCode = courtCode;
        this.typeCode = typeCode;
        this.serial = serial;
    }

    /** Builds a case number from its parts, checking each as {@link #parse} does. */
    public static CaseNumber of(int year, String courtCode, String typeCode, int serial) {
        return parse("（" + year + "）" + courtCode + typeCode + serial + "号");
    }

    /**
     * Parses a case number typed for a case that exists: as {@link #parse(String)}, and its 收案年度 may not be after
     * {@code currentYear} (the court's current year) — a case cannot have been received next year.
     */
    public static CaseNumber parse(String text, int currentYear) {
        CaseNumber n = parse(text);
        if (n.year > currentYear) {
            throw new CaseNumberException(Part.YEAR, "收案年度 " + n.year + " 晚于今年（" + currentYear + "）");
        }
        return n;
    }

    /**
     * Parses a case number. Spaces anywhere are ignored (also the ideographic space and the no-break spaces that
     * text copied from a PDF or a web page carries); both parenthesis widths are accepted.
     *
     * @throws CaseNumberException naming the wrong part
     */
    public static CaseNumber parse(String text) {
        if (text == null) {
            throw new CaseNumberException(Part.EMPTY, "案号不能为空");
        }
        String s = SPACES.matcher(text).replaceAll("");
        if (s.isEmpty()) {
            throw new CaseNumberException(Part.EMPTY, "案号不能为空");
        }
        int i = 0;
        char open = s.charAt(0);
        if (open != '（' && open != '(') {
            throw new CaseNumberException(Part.YEAR, "案号须以括号括起的收案年度开头，例如（2023）");
        }
        i++;
        int yearStart = i;
        while (i < s.length() && isAsciiDigit(s.charAt(i))) {
            i++;
        }
        if (i - yearStart != 4) {
            throw new CaseNumberException(Part.YEAR, "收案年度须为四位数字");
        }
        int year = Integer.parseInt(s.substring(yearStart, i));
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new CaseNumberException(Part.YEAR, "收案年度 " + year + " 不在 " + MIN_YEAR + "—" + MAX_YEAR + " 之间");
        }
        if (i >= s.length() || (s.charAt(i) != '）' && s.charAt(i) != ')')) {
            throw new CaseNumberException(Part.YEAR, "收案年度后缺少右括号");
        }
        i++;
        if (i >= s.length()) {
            throw new CaseNumberException(Part.COURT, "缺少法院代字");
        }
        if (s.startsWith(SUPREME_COURT, i)) {
            i += SUPREME_COURT.length();
            return finishAfterCourt(s, i, year, SUPREME_COURT);
        }
        String province = s.substring(i, i + 1);
        if (!PROVINCES.contains(province)) {
            throw new CaseNumberException(Part.COURT, "法院代字须以省份简称开头，「" + province + "」不是省份简称");
        }
        i++;
        int digitsStart = i;
        while (i < s.length() && isAsciiDigit(s.charAt(i))) {
            i++;
        }
        int digits = i - digitsStart;
        if (digits != 0 && digits != 2 && digits != 4) {
            throw new CaseNumberException(Part.COURT, "法院代字的数字部分须为两位（中级法院）或四位（基层法院）");
        }
        return finishAfterCourt(s, i, year, s.substring(digitsStart - 1, i));
    }

    /** Type code, serial and 号, read from {@code i} on. */
    private static CaseNumber finishAfterCourt(String s, int i, int year, String courtCode) {
        String rest = s.substring(i);
        String type = TYPES_LONGEST_FIRST.stream().filter(rest::startsWith).findFirst()
                .orElseThrow(() -> new CaseNumberException(Part.TYPE, rest.isEmpty() ? "缺少类型代字"
                        : "不认识的类型代字，常见的有民初、民终、刑初、执等"));
        i += type.length();
        int serialStart = i;
        while (i < s.length() && isAsciiDigit(s.charAt(i))) {
            i++;
        }
        int serialDigits = i - serialStart;
        if (serialDigits == 0) {
            throw new CaseNumberException(Part.SERIAL, "缺少序号");
        }
        if (serialDigits > MAX_SERIAL_DIGITS) {
            throw new CaseNumberException(Part.SERIAL, "序号过长（至多 " + MAX_SERIAL_DIGITS + " 位）");
        }
        if (s.charAt(serialStart) == '0') {
            throw new CaseNumberException(Part.SERIAL, "序号不能以 0 开头");
        }
        int serial = Integer.parseInt(s.substring(serialStart, i));
        if (i >= s.length() || s.charAt(i) != '号') {
            throw new CaseNumberException(Part.SUFFIX, "案号须以“号”结尾");
        }
        i++;
        if (i != s.length()) {
            throw new CaseNumberException(Part.SUFFIX, "“号”字之后不能再有其他内容");
        }
        return new CaseNumber(year, courtCode, type, serial);
    }

    /** Whether {@code text} parses. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (CaseNumberException e) {
            return false;
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public int year() {
        return year;
    }

    /** The court code, e.g. 粤0106. */
    public String courtCode() {
        return courtCode;
    }

    /** The province abbreviation; empty for the Supreme People's Court, which has none. */
    public String province() {
        return courtCode.equals(SUPREME_COURT) ? "" : courtCode.substring(0, 1);
    }

    public CourtLevel courtLevel() {
        if (courtCode.equals(SUPREME_COURT)) {
            return CourtLevel.SUPREME;
        }
        return switch (courtCode.length()) {
            case 1 -> CourtLevel.HIGH;
            case 3 -> CourtLevel.INTERMEDIATE;
            default -> CourtLevel.BASIC;
        };
    }

    /** The type code, e.g. 民初. */
    public String typeCode() {
        return typeCode;
    }

    public int serial() {
        return serial;
    }

    /** The canonical full-width form, e.g. （2023）粤0106民初12345号. */
    @Override
    public String toString() {
        return "（" + year + "）" + courtCode + typeCode + serial + "号";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseNumber c && c.year == year && c.serial == serial
                && c.courtCode.equals(courtCode) && c.typeCode.equals(typeCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, courtCode, typeCode, serial);
    }

    /** Court, then year, then type, then serial: the order a registry keeps. */
    @Override
    public int compareTo(CaseNumber o) {
        return Comparator.comparing(CaseNumber::courtCode).thenComparingInt(CaseNumber::year)
                .thenComparing(CaseNumber::typeCode).thenComparingInt(CaseNumber::serial).compare(this, o);
    }
}
