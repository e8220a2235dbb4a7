package org.courtdesk.model.evidence;

/**
 * Who produced an item of evidence (spec-004 §7 提交方): the 原告 catalogue is the exchange's left pane, the 被告 and
 * 第三人 catalogues its right pane. The names match {@code case_party.party_role}.
 */
public enum EvidenceSide {
    PLAINTIFF("原告"),
    DEFENDANT("被告"),
    THIRD_PARTY("第三人");

    private final String label;

    EvidenceSide(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The pane the side's catalogue is in: the plaintiff left, everyone else right. */
    public boolean left() {
        return this == PLAINTIFF;
    }

    /** Whether a party of this side cross-examines evidence of {@code other} (it never examines its own side's). */
    public boolean opposes(EvidenceSide other) {
        return other != this;
    }
}
