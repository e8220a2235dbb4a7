package org.courtdesk.model.filing;

/** 诉讼地位 of a party named in an online filing (spec-004 §2 Fields: 原告/被告/第三人). */
public enum PartyRole {
    PLAINTIFF("原告"),
    DEFENDANT("被告"),
    THIRD_PARTY("第三人");

    private final String label;

    PartyRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
