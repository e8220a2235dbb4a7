package org.courtdesk.model.evidence;

/** The file part of an evidence upload: one file, the item of evidence itself. */
public enum EvidenceMaterialType {
    EVIDENCE("证据材料");

    private final String label;

    EvidenceMaterialType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
