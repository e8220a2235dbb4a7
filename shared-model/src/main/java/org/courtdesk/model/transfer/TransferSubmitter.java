package org.courtdesk.model.transfer;

/** Who sent the material: a party of the case, or a lawyer representing one (spec-004 §10 Fields: 提交人 and role). */
public enum TransferSubmitter {
    PARTY("当事人"),
    LAWYER("代理律师");

    private final String label;

    TransferSubmitter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
