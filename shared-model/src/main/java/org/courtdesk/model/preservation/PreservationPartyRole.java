package org.courtdesk.model.preservation;

/** The two sides of a preservation application: who asks for it and against whom (spec-004 §5 Fields). */
public enum PreservationPartyRole {
    APPLICANT("申请人"),
    RESPONDENT("被申请人");

    private final String label;

    PreservationPartyRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
