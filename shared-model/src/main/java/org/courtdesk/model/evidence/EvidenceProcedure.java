package org.courtdesk.model.evidence;

/**
 * The procedure a case is tried under, which bounds the 举证期限 the court fixes ([L] 民诉法解释 第99条, 证据规定 第51条;
 * spec-004 §7): first instance ordinary ≥ 15 days, second instance with new evidence ≥ 10 days, simplified ≤ 15 days,
 * small claims normally ≤ 7 days. {@link #defaultDays} is what the 新增 form proposes.
 */
public enum EvidenceProcedure {
    ORDINARY("普通程序", 15, 15, Integer.MAX_VALUE),
    SIMPLIFIED("简易程序", 15, 1, 15),
    SMALL_CLAIMS("小额诉讼程序", 7, 1, 7),
    SECOND_INSTANCE("第二审程序", 10, 10, Integer.MAX_VALUE);

    private final String label;
    private final int defaultDays;
    private final int minDays;
    private final int maxDays;

    EvidenceProcedure(String label, int defaultDays, int minDays, int maxDays) {
        this.label = label;
        this.defaultDays = defaultDays;
        this.minDays = minDays;
        this.maxDays = maxDays;
    }

    public String label() {
        return label;
    }

    public int defaultDays() {
        return defaultDays;
    }

    public int minDays() {
        return minDays;
    }

    public int maxDays() {
        return maxDays;
    }
}
