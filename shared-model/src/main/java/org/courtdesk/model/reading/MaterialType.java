package org.courtdesk.model.reading;

/** 申请材料: the documents an applicant uploads with a reading request (seeds 000, 002). */
public enum MaterialType {
    ID_CARD("身份证"),
    WORK_CARD("工作证"),
    LAWYER_LICENCE("律师证/执业证"),
    LAW_FIRM_LETTER("律所介绍信或证明"),
    POWER_OF_ATTORNEY("当事人授权委托书或法律援助公函"),
    PARTY_IDENTITY("当事人身份证明");

    private final String label;

    MaterialType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
