package org.courtdesk.model.api;

import java.time.LocalDateTime;

import org.courtdesk.model.reading.ReadingMode;

/**
 * The applicant's form (the JSON part named {@code application} of the multipart submission; each material
 * is a file part named after its {@link org.courtdesk.model.reading.MaterialType}). {@code agreementVersion} is the
 * version of the court's 阅卷须知 the applicant read and ticked ({@link org.courtdesk.model.reading.ReadingAgreement});
 * {@code proposedTime} the 预约时间 the applicant proposes for an on-site reading (optional; the judge may set
 * another window, seed 000 §3.5).
 */
public record ReadingApplicationForm(String courtCode, String caseNumber, String content, String reason,
                                     ReadingMode requestedMode, boolean agreementAccepted, Integer agreementVersion,
                                     LocalDateTime proposedTime) {

    /** A form without a 预约时间, ticked on {@code agreementVersion}. */
    public ReadingApplicationForm(String courtCode, String caseNumber, String content, String reason,
                                  ReadingMode requestedMode, boolean agreementAccepted, Integer agreementVersion) {
        this(courtCode, caseNumber, content, reason, requestedMode, agreementAccepted, agreementVersion, null);
    }
}
