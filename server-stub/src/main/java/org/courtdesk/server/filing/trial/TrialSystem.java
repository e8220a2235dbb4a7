package org.courtdesk.server.filing.trial;

import java.time.LocalDate;

import org.courtdesk.model.casenumber.CaseNumber;
import org.jdbi.v3.core.Handle;

/**
 * The court's trial system (审判系统), to which 收案 hands a 符 filing: "点击收案后，审查通过的网上立案申请将提交至到审判系统"
 * [S 004:67]. It registers the case and answers its 案号; the filing becomes 立 with it (spec-004 §2 [I]: 立 is set
 * when the trial system returns the 案号). Called inside the 收案 transaction: when it throws, nothing of the 收案 is
 * stored. The default is {@link LocalCaseRegister}; a court wires its own system in its place.
 */
public interface TrialSystem {

    /** What the trial system is told of the filing. {@code judgeId} may be null (a court without judges on record). */
    record Registration(long filingId, String serialNo, String courtCode, LocalDate filedOn, String title,
                        String causeOfAction, Long judgeId, long actingStaffId) {}

    /**
     * Registers the case and returns its 案号.
     *
     * @throws TrialSystemUnavailable when the trial system cannot take it now (the 收案 may be tried again)
     */
    CaseNumber register(Handle h, Registration registration);
}
