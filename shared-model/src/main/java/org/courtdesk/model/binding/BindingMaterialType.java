package org.courtdesk.model.binding;

/** The two papers a binding needs (spec-004 §8 Fields): the party's 授权委托书 and the 律所函 (所函). Both required. */
public enum BindingMaterialType {
    POWER_OF_ATTORNEY("授权委托书"),
    LAW_FIRM_LETTER("律所函");

    private final String label;

    BindingMaterialType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
