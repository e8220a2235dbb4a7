package org.courtdesk.server.demo.casefiles;

/** The volumes (卷) of a generated civil case file, in the order they are bound. */
public enum CaseVolume {
    COMPLAINT("起诉状"),
    DEFENCE("答辩状"),
    EVIDENCE("证据目录及证据"),
    TRANSCRIPT("庭审笔录"),
    JUDGMENT("判决书");

    private final String label;

    CaseVolume(String label) {
        this.label = label;
    }

    /** The Chinese title, as on the volume's cover and in the bookmarks (for an appeal 起诉状 reads 上诉状). */
    public String label() {
        return label;
    }

    /** The title for a case: first instance or appeal (民终). */
    public String label(CaseFileData data) {
        if (data.appeal() && this == COMPLAINT) {
            return "上诉状";
        }
        return label;
    }
}
