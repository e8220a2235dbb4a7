package org.courtdesk.model.contact;

/** How the party asks to meet the judge, and how an agreed meeting takes place (spec-004 §11 [I]: 面谈/电话/视频). */
public enum ContactWay {
    IN_PERSON("面谈"),
    PHONE("电话"),
    VIDEO("视频");

    private final String label;

    ContactWay(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
