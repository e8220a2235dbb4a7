package org.courtdesk.model.reading;

/** 审查意见. */
public enum ReviewOpinion {
    AGREE("同意"),
    DISAGREE("不同意");

    private final String label;

    ReviewOpinion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
