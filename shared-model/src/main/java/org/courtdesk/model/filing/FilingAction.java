package org.courtdesk.model.filing;

/** What a reviewer may press on a filing row (spec-004 §2 screens 1-5); which are offered when is in FilingRules. */
public enum FilingAction {
    /** 审查: save the opinion, then the conclusion 符 / 退. */
    REVIEW("审查"),
    /** 收案: hand a 符 filing to the trial system. */
    TAKE_IN("收案"),
    /** 留言 to the applicant. */
    MESSAGE("留言");

    private final String label;

    FilingAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
