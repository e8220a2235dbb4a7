package org.courtdesk.app.ui.contact;

import org.courtdesk.app.workspace.StaffOp;

/** The staff action of 联系法官 and its server route (spec-004 §11 预约法官答复页面: 提交答复). */
public final class ContactOps {

    /** 答复约见请求 ({@link org.courtdesk.model.contact.ContactReply}). */
    public static final StaffOp REPLY = new StaffOp("contact-reply", "api/v1/judge/contact-requests/{id}/reply", true);

    private ContactOps() {}
}
