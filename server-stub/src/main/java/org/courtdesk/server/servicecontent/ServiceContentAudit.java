package org.courtdesk.server.servicecontent;

/** The audit actions of 服务内容, in the words the trail is read in (the seed's 保存 / 发布). */
public final class ServiceContentAudit {

    public static final String CREATE = "新增";
    public static final String SAVE = "保存";
    public static final String PUBLISH = "发布";
    public static final String WITHDRAW = "取消发布";

    private ServiceContentAudit() {}
}
