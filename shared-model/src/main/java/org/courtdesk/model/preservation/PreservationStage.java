package org.courtdesk.model.preservation;

/**
 * When the preservation is asked for (spec-004 §5 Fields): before a suit (诉前, 民事诉讼法 第104条: no case yet, goes to the
 * court's judge on duty) or in a case being tried (诉讼中, 第103条: goes to the case's judge).
 */
public enum PreservationStage {
    PRE_SUIT("诉前保全"),
    IN_LITIGATION("诉讼中保全");

    private final String label;

    PreservationStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
