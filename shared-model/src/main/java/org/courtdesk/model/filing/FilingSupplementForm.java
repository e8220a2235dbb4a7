package org.courtdesk.model.filing;

/**
 * The applicant's answer to 退回补正: the JSON part {@code supplement} of a multipart request whose file parts are the
 * supplemented materials; {@code note} says what was supplemented. Its arrival restarts the 7 days (spec-004 §2).
 */
public record FilingSupplementForm(String note) {}
