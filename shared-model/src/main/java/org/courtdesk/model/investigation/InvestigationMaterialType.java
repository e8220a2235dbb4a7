package org.courtdesk.model.investigation;

/** The papers of a 调查令 application (spec-004 §6 [P]): the 申请书 and the lawyer's 执业证 always, the rest as held. */
public enum InvestigationMaterialType {
    APPLICATION("调查令申请书"),
    LAWYER_LICENCE("律师执业证"),
    POWER_OF_ATTORNEY("授权委托书"),
    LAW_FIRM_LETTER("律师事务所函");

    private final String label;

    InvestigationMaterialType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
