package org.courtdesk.model.request;

/**
 * Every status any request kind can be in, with the exact Chinese term of the seeds.
 * Which statuses belong to which kind, and how a request moves between them, is in {@link Transitions}.
 */
public enum RequestStatus {
    // 阅卷申请, 延期开庭 (seeds 000-002, 004)
    PENDING_REVIEW("待审查"),
    APPROVED("审查通过"),
    REJECTED("审查不通过"),
    /** 阅卷申请 only: the validity date passed, or the on-site window passed unattended; the applicant must apply again. */
    EXPIRED("已过期"),

    // 网上立案 (seed 004 §3.3): 收 / 符 / 退 / 立
    FILING_RECEIVED("收"),
    FILING_CONFORMS("符"),
    FILING_RETURNED("退"),
    FILING_FILED("立"),

    // 提起上诉, 诉讼保全, 调查令 (seed 004 §3.4, 3.6, 3.7)
    SUBMITTED("提交/待处理"),
    RETURNED("退回"),
    /** 诉讼保全, 调查令: the seed's 已接收. */
    ACCEPTED("已接收"),
    /** 提起上诉: the seed's own word is 已接受 (spec-004 §3, §16), not the 已接收 of the other two. */
    APPEAL_ACCEPTED("已接受"),

    // 案件绑定 (seeds 002-004; 12309: "审核通过")
    BINDING_PENDING("待审核"),
    BINDING_APPROVED("审核通过"),
    BINDING_REJECTED("审核不通过"),

    // 联系法官, 意见建议: the judge replies (seed 004 §3.8, 3.9)
    AWAITING_REPLY("待答复"),
    REPLIED("已答复"),

    // 证据交换 (seed 004 §3.10): producing evidence, cross-examination, reviewed
    EVIDENCE_PRODUCING("举证中"),
    CROSS_EXAMINING("质证中"),
    EVIDENCE_REVIEWED("已审查"),

    // 材料转接 (seed 004 §3.2)
    NOT_RECEIVED("未接收"),
    RECEIVED("已接收"),

    // 服务内容管理 (seed 004 §3.1): 保存 keeps it unpublished (暂存，不发布), 发布 publishes; spec-004 §16: 未发布, not 草稿
    DRAFT("未发布"),
    PUBLISHED("已发布"),

    // 庭审笔录 (spec-004 §13): a 申请补正 is 待答复, then agreed or refused with a reason (民事诉讼法 第150条)
    CORRECTION_AGREED("同意补正"),
    CORRECTION_REFUSED("不予补正");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    /** The seeds' Chinese term. */
    public String label() {
        return label;
    }
}
