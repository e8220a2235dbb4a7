package org.courtdesk.app.ui.servicecontent;

import org.courtdesk.app.workspace.StaffOp;

/** The staff actions of 服务内容管理 and their server routes (spec-004 §9: 保存, 发布, 设置发布). */
public final class ServiceContentOps {

    /** 新增服务内容: 保存 (未发布) or 发布 at once ({@link org.courtdesk.model.servicecontent.ServiceContentCreate}). */
    public static final StaffOp CREATE = StaffOp.creation("service-content-create", "api/v1/judge/service-contents");
    /** The editor's 保存 or 发布 of an existing item ({@link org.courtdesk.model.servicecontent.ServiceContentSave}). */
    public static final StaffOp SAVE = new StaffOp("service-content-save", "api/v1/judge/service-contents/{id}/content", true);
    /** 设置发布 / 取消发布 on the list ({@link org.courtdesk.model.servicecontent.ServiceContentPublication}). */
    public static final StaffOp PUBLICATION = new StaffOp("service-content-publication",
            "api/v1/judge/service-contents/{id}/publication", true);

    private ServiceContentOps() {}
}
