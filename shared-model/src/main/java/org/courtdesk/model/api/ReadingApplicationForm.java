package org.courtdesk.model.api;

import org.courtdesk.model.reading.ReadingMode;

/**
 * The applicant's form (the JSON part named {@code application} of the multipart submission; each material
 * is a file part named after its {@link org.courtdesk.model.reading.MaterialType}).
 */
public record ReadingApplicationForm(String courtCode, String caseNumber, String content, String reason,
                                     ReadingMode requestedMode, boolean agreementAccepted) {}
