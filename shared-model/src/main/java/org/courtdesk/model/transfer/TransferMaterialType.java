package org.courtdesk.model.transfer;

/**
 * What kind of paper a party sends the judge through 材料转接 (spec-004 §10 Fields [I]: 材料类型). The seed names no
 * values; these are the papers parties most often hand in between hearings.
 */
public enum TransferMaterialType {
    EVIDENCE("证据材料"),
    PLEADING("起诉状、答辩状等诉讼文书"),
    OPINION("代理词、质证意见"),
    APPLICATION("各类申请书"),
    IDENTITY("身份及授权材料"),
    OTHER("其他材料");

    private final String label;

    TransferMaterialType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
