package org.courtdesk.model.transcript;

/** The file part of a transcript's attaching: the one PDF. */
public enum TranscriptFileType {
    PDF("庭审笔录");

    private final String label;

    TranscriptFileType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
