package org.courtdesk.model.account;

/** Who a user is. Judges, clerks and centre reviewers work in the workstation; lawyers and parties apply online. */
public enum Role {
    JUDGE("承办法官"),
    CLERK("书记员"),
    CENTRE_REVIEWER("中心审核员"),
    LAWYER("律师"),
    PARTY("当事人");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Court staff use the workstation and the judge API; everyone else is an applicant. */
    public boolean isCourtStaff() {
        return this == JUDGE || this == CLERK || this == CENTRE_REVIEWER;
    }

    public boolean isApplicant() {
        return this == LAWYER || this == PARTY;
    }
}
