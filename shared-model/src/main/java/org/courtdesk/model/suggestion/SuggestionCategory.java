package org.courtdesk.model.suggestion;

/**
 * The 类别 of an 意见建议 (spec-004 §12: a query condition; its values are not named in the seed [I], taken from the
 * headings courts' 意见建议 boxes commonly use).
 */
public enum SuggestionCategory {
    TRIAL("审判执行"),
    SERVICE("诉讼服务"),
    CONDUCT("司法作风"),
    OPENNESS("司法公开"),
    OTHER("其他");

    private final String label;

    SuggestionCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
