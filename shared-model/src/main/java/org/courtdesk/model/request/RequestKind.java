package org.courtdesk.model.request;

/** The online applications a court receives, each a queue on the judge's workstation (seed 004). */
public enum RequestKind {
    CASE_FILE_READING("阅卷申请"),
    CASE_BINDING("案件绑定"),
    ONLINE_FILING("网上立案"),
    APPEAL("提起上诉"),
    ADJOURNMENT("延期开庭"),
    PRESERVATION("诉讼保全"),
    INVESTIGATION_ORDER("调查令"),
    CONTACT_JUDGE("联系法官"),
    SUGGESTION("意见建议"),
    EVIDENCE_EXCHANGE("证据交换"),
    MATERIAL_TRANSFER("材料转接"),
    SERVICE_CONTENT("服务内容管理"),
    /** 庭审笔录 (spec-004 §13): a party's or lawyer's 申请补正 of a hearing transcript, which the judge answers. */
    HEARING_TRANSCRIPT("庭审笔录");

    private final String label;

    RequestKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
