package org.courtdesk.model.contact;

/**
 * The judge's 预约答复结果 (spec-004 §11: ① 选择预约答复结果; the values are not named in the seed [I]): 同意约见 with a
 * time and place, 不同意约见 with the reason in the 答复内容, or 书面答复 — the answer is given in writing, no meeting.
 */
public enum ContactResult {
    AGREE("同意约见"),
    DECLINE("不同意约见"),
    WRITTEN("书面答复");

    private final String label;

    ContactResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
