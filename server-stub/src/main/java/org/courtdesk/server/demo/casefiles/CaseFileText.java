package org.courtdesk.server.demo.casefiles;

import java.time.LocalDate;
import java.util.Random;

/** Chinese formatting used in court documents: dates, capital amounts, numerals, court fees, invented particulars. */
public final class CaseFileText {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String CAPITAL = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] CAPITAL_UNITS = {"", "拾", "佰", "仟"};
    private static final String[] CAPITAL_SECTIONS = {"", "万", "亿"};

    private static final String[] DISTRICTS = {"天河区", "越秀区", "海珠区", "荔湾区", "白云区", "番禺区", "黄埔区", "花都区"};
    private static final String[] ROADS = {"天河路", "体育东路", "中山大道西", "黄埔大道中", "环市东路", "东风中路", "江南大道中",
            "工业大道北", "广州大道南", "白云大道北", "机场路", "市桥街大北路", "新港东路", "沙太路", "科韵路", "龙口西路"};
    private static final String SURNAMES = "陈林黄李张王吴刘蔡杨郑梁谢何罗冯邓许周钟叶朱";
    private static final String[] GIVEN = {"志强", "晓燕", "建华", "丽娟", "伟明", "秀英", "国平", "美玲", "家豪", "嘉欣",
            "俊杰", "婉婷", "锦荣", "淑芬", "振华", "雅琪"};

    private CaseFileText() {}

    /** 2023年3月15日. */
    public static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** 二〇二三年三月十五日, as a judgment is dated. */
    public static String chineseDate(LocalDate d) {
        StringBuilder b = new StringBuilder();
        for (char c : String.valueOf(d.getYear()).toCharArray()) {
            b.append(DIGITS.charAt(c - '0'));
        }
        return b.append('年').append(numeral(d.getMonthValue())).append('月').append(numeral(d.getDayOfMonth())).append('日')
                .toString();
    }

    /** 1..99 as 一, 十, 十二, 二十三. */
    public static String numeral(int n) {
        if (n <= 0 || n >= 100) {
            return String.valueOf(n);
        }
        int tens = n / 10;
        int ones = n % 10;
        StringBuilder b = new StringBuilder();
        if (tens > 0) {
            if (tens > 1) {
                b.append(DIGITS.charAt(tens));
            }
            b.append('十');
        }
        if (ones > 0) {
            b.append(DIGITS.charAt(ones));
        }
        return b.toString();
    }

    /** 150000 → 壹拾伍万元整; 100500 → 壹拾万零伍佰元整 (write 人民币 before it). */
    public static String capitalAmount(long yuan) {
        if (yuan <= 0) {
            return "零元整";
        }
        java.util.List<Integer> groups = new java.util.ArrayList<>();
        for (long rest = yuan; rest > 0; rest /= 10000) {
            groups.add((int) (rest % 10000));
        }
        StringBuilder out = new StringBuilder();
        boolean pendingZero = false;
        for (int gi = groups.size() - 1; gi >= 0; gi--) {
            int g = groups.get(gi);
            if (g == 0) {
                pendingZero = out.length() > 0;
                continue;
            }
            if (out.length() > 0 && (g < 1000 || pendingZero)) {
                out.append('零');
            }
            pendingZero = false;
            out.append(groupText(g)).append(CAPITAL_SECTIONS[gi]);
        }
        return out + "元整";
    }

    private static String groupText(int g) {
        StringBuilder s = new StringBuilder();
        boolean zero = false;
        for (int i = 3; i >= 0; i--) {
            int d = (g / (int) Math.pow(10, i)) % 10;
            if (d == 0) {
                zero = s.length() > 0;
            } else {
                if (zero) {
                    s.append('零');
                }
                zero = false;
                s.append(CAPITAL.charAt(d)).append(CAPITAL_UNITS[i]);
            }
        }
        return s.toString();
    }

    /** 案件受理费 for a property claim of {@code amount} yuan (《诉讼费用交纳办法》第十三条), rounded to the yuan. */
    public static long courtFee(long amount) {
        long[] bounds = {10_000, 100_000, 200_000, 500_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000, 20_000_000};
        double[] rates = {0, 0.025, 0.02, 0.015, 0.01, 0.009, 0.008, 0.007, 0.006, 0.005};
        if (amount <= bounds[0]) {
            return 50;
        }
        double fee = 50;
        long lower = bounds[0];
        for (int i = 1; i <= bounds.length; i++) {
            long upper = i < bounds.length ? bounds[i] : Long.MAX_VALUE;
            if (amount > lower) {
                fee += (Math.min(amount, upper) - lower) * rates[i];
            }
            lower = upper;
        }
        return Math.round(fee);
    }

    /** 广州市天河区体育东路118号1203房. */
    public static String address(Random r) {
        return "广州市" + DISTRICTS[r.nextInt(DISTRICTS.length)] + ROADS[r.nextInt(ROADS.length)] + (1 + r.nextInt(600)) + "号"
                + (r.nextBoolean() ? (1 + r.nextInt(30)) + "0" + (1 + r.nextInt(8)) + "房" : "");
    }

    /** The five characters after 粤A of a licence plate. */
    public static String plate(Random r) {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            b.append(i == 1 || i == 3 ? letters.charAt(r.nextInt(letters.length())) : (char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    public static String personName(Random r) {
        return SURNAMES.charAt(r.nextInt(SURNAMES.length())) + GIVEN[r.nextInt(GIVEN.length)];
    }

    /** Companies, banks and other organisations (公司, 银行, 中心 …) are described by 住所地 and representative. */
    public static boolean isOrganisation(String name) {
        return name.length() > 5 && (name.contains("公司") || name.contains("银行") || name.contains("中心")
                || name.contains("厂") || name.contains("商行") || name.contains("事务所") || name.contains("委员会"));
    }

    /** A guess from common female given-name characters, good enough for invented particulars. */
    public static boolean looksFemale(String name) {
        String female = "燕娟英玲欣婷芬琪丽芳敏静秀慧霞雪梅兰萍红艳娜颖琳莉倩洁";
        for (int i = 1; i < name.length(); i++) {
            if (female.indexOf(name.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
