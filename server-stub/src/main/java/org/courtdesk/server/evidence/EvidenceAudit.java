package org.courtdesk.server.evidence;

/** The audit actions of 证据交换, in the words the trail is read in. */
public final class EvidenceAudit {

    public static final String CREATE = "新增证据交换";
    public static final String CHANGE = "修改期限";
    public static final String UPLOAD = "上传证据";
    public static final String UPLOAD_PAPER = "代为上传纸质证据";
    public static final String CROSS = "质证";
    public static final String REVIEW = "审查";

    private EvidenceAudit() {}
}
