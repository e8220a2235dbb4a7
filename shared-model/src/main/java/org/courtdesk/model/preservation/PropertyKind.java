package org.courtdesk.model.preservation;

/** What kind of asset a 财产线索 points at [I]: the usual objects of 查封、扣押、冻结 (民事诉讼法 第106条). */
public enum PropertyKind {
    BANK_DEPOSIT("银行存款"),
    REAL_ESTATE("不动产"),
    VEHICLE("车辆"),
    EQUITY("股权"),
    RECEIVABLE("到期债权"),
    OTHER("其他财产");

    private final String label;

    PropertyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
