package org.courtdesk.model.adjournment;

/**
 * The procedure a case is heard under, which decides how often its hearing may be adjourned (延期开庭规定 第3条, see
 * {@link AdjournmentRules#maxAdjournments}). 小额诉讼 is heard under the simplified procedure's limit.
 */
public enum HearingProcedure {
    ORDINARY("普通程序"),
    SIMPLIFIED("简易程序");

    private final String label;

    HearingProcedure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
