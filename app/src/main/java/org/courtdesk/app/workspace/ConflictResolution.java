package org.courtdesk.app.workspace;

/** What the judge does with a conflict. */
public enum ConflictResolution {
    /** Drop my draft, keep the server's state. */
    DISCARD_MINE,
    /** Decide again, based on the server's current version (a new decision is given). */
    DECIDE_AGAIN
}
