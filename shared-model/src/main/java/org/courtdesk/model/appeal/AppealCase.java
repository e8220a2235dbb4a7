package org.courtdesk.model.appeal;

import java.util.List;

/** A first-instance case the applicant is on record for, with its parties: what an appeal may be filed against. */
public record AppealCase(long id, String caseNumber, String title, String courtCode, List<AppealParty> parties) {}
