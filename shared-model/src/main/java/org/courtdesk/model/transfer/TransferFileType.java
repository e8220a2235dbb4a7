package org.courtdesk.model.transfer;

/**
 * The file parts of a 材料转接 submission: every file is a page set of the one material, so there is one part name
 * ({@code FILE}); the multipart reader of every kind wants an enum of part names.
 */
public enum TransferFileType {
    FILE("材料文件");

    private final String label;

    TransferFileType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
