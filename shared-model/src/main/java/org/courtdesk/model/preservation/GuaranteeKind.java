package org.courtdesk.model.preservation;

/**
 * The form of the 担保 (财产保全规定 第5-9条): cash, an insurer's 保函 (诉讼财产保全责任险), a bank's or a guarantee
 * company's 保函, property of the applicant or a third party. NONE: only in litigation and not for 诉前 (第104条:
 * 申请人应当提供担保，不提供担保的，裁定驳回申请).
 */
public enum GuaranteeKind {
    NONE("不提供担保"),
    CASH("现金担保"),
    INSURANCE("保险公司保函"),
    BANK_GUARANTEE("银行或担保公司保函"),
    PROPERTY("财产担保");

    private final String label;

    GuaranteeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
