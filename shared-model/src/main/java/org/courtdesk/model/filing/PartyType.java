package org.courtdesk.model.filing;

/**
 * Whether a party is a person or an organisation: the 起诉状 asks different details of each ([L] 民事诉讼法
 * 第124条: a person's 姓名、住所、联系方式; an organisation's 名称、住所 and 法定代表人或者主要负责人).
 */
public enum PartyType {
    PERSON("自然人"),
    ORGANISATION("法人或非法人组织");

    private final String label;

    PartyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
