package org.courtdesk.model.casenumber;

/** The level of a court, read off its code: 最高法 (supreme), 粤 (high), 粤01 (intermediate), 粤0106 (basic). */
public enum CourtLevel {
    SUPREME("最高人民法院"),
    HIGH("高级人民法院"),
    INTERMEDIATE("中级人民法院"),
    BASIC("基层人民法院");

    private final String label;

    CourtLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
