package org.courtdesk.model.servicecontent;

/**
 * 选择类别 of a 服务内容 item (spec-004 §9, fig. 135). The seed names the field, not its values; these are the kinds of
 * public information a court puts on the lawyer platform [I], to confirm with a court.
 */
public enum ServiceContentCategory {
    NOTICE("通知公告"),
    GUIDE("诉讼指南"),
    REGULATION("法规文件"),
    NEWS("法院动态"),
    OTHER("其他");

    private final String label;

    ServiceContentCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
