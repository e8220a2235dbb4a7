package org.courtdesk.model.binding;

/** The side of the party the lawyer acts for, as the case's 当事人 table names it (case_party.party_role). */
public enum BindingPartyRole {
    PLAINTIFF("原告"),
    DEFENDANT("被告"),
    THIRD_PARTY("第三人");

    private final String label;

    BindingPartyRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
