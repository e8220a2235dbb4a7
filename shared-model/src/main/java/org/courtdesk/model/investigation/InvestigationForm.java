package org.courtdesk.model.investigation;

/**
 * A lawyer's application for a 调查令 (spec-004 §6 Fields; [L] 证据规定 第20条): the case (in trial), the 被调查人 (name or
 * unit) and its address, the evidence sought, the fact it is to prove, and why the party cannot collect it itself.
 * Sent as the JSON part {@code investigation}; each material a file part named after its
 * {@link InvestigationMaterialType}.
 */
public record InvestigationForm(String caseNumber, String subject, String subjectAddress, String evidence,
                                String factToProve, String reasonUnobtainable) {}
