package org.courtdesk.model.preservation;

/** The materials of a preservation application: the 申请书 always, the 担保材料 when a guarantee is offered. */
public enum PreservationMaterialType {
    APPLICATION("保全申请书"),
    GUARANTEE("担保材料"),
    OTHER("其他材料");

    private final String label;

    PreservationMaterialType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
