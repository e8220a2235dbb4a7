package org.courtdesk.model.binding;

/**
 * 代理权限 as the 授权委托书 states it ([L] 民事诉讼法 第62条〔59〕): 特别授权 is needed to admit, waive or change claims,
 * settle, counterclaim or appeal; everything else is 一般授权 (spec-004 §8 Rules). Recorded on the agent's row.
 */
public enum BindingAuthority {
    GENERAL("一般授权"),
    SPECIAL("特别授权");

    private final String label;

    BindingAuthority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
