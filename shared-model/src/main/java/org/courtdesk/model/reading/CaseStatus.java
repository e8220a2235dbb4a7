package org.courtdesk.model.reading;

/** Where a case stands: only archived cases may be applied for (seed 000 §3.2). */
public enum CaseStatus {
    IN_TRIAL("审理中"),
    ARCHIVED("已归档");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
