package org.courtdesk.model.reading;

/** 查阅方式 / 阅卷方式. The applicant asks for one; the judge may change it while reviewing. */
public enum ReadingMode {
    /** 网上查阅 / 在线阅卷: the file is read online until the validity date. */
    ONLINE("在线阅卷"),
    /** 现场查阅 / 现场阅卷: the applicant comes to the reading room within a window. */
    ON_SITE("现场阅卷");

    private final String label;

    ReadingMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
