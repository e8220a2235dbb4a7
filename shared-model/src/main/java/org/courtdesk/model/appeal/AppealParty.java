package org.courtdesk.model.appeal;

/** A party of the first-instance case ({@code case_party}): id, name and 诉讼地位 (PLAINTIFF, DEFENDANT, THIRD_PARTY). */
public record AppealParty(long id, String name, String role) {}
