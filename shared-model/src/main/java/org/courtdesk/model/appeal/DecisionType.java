package org.courtdesk.model.appeal;

/** What is appealed: a first-instance 判决 (15 days to appeal) or 裁定 (10 days), 民事诉讼法 第171条〔164〕. */
public enum DecisionType {
    JUDGMENT("判决", 15),
    RULING("裁定", 10);

    private final String label;
    private final int appealDays;

    DecisionType(String label, int appealDays) {
        this.label = label;
        this.appealDays = appealDays;
    }

    public String label() {
        return label;
    }

    /** The appeal period in days from service. */
    public int appealDays() {
        return appealDays;
    }
}
