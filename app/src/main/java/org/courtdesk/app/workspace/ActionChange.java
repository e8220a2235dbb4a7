package org.courtdesk.app.workspace;

import org.courtdesk.app.outbox.OutboxState;

/**
 * The user's answers to a staff action or creation of any kind that waits in the outbox, as one guarded transition
 * table (no kind is named here):
 * <pre>
 *   state of the entry                      REVISE (修改后重发 / edit before sending)   ABANDON (放弃)
 *   PENDING, never tried (待同步)            → PENDING, the new body, the same key      → removed, nothing sent
 *   PENDING, tried (the answer was lost)    refused: IN_FLIGHT                          refused: IN_FLIGHT
 *   REFUSED or CONFLICT (被拒 / 冲突)          → PENDING, the new body, the same key      → removed
 *   gone (confirmed, dropped)               refused: GONE                               refused: GONE
 * </pre>
 * A tried entry may already be stored on the server (its answer was lost), so neither answer is offered until the
 * server's answer comes: a replay confirms it (it is then an ordinary request to change), or a refusal makes it
 * 被拒. A revised entry keeps its idempotency key: the server remembers a key only together with the request it
 * applied, in the same transaction, so a refused key names nothing there and may carry the corrected body; and if a
 * refusal ever raced an earlier attempt of the same key that did get stored, the same key is answered with that
 * request (same body) or IDEMPOTENCY_KEY_REUSED (another body) instead of a second request, which a fresh key would
 * make.
 */
public enum ActionChange {
    /** 修改后重发 of a refused action, or an edit of one not sent yet: the new body replaces the old one. */
    REVISE,
    /** 放弃: the entry leaves the outbox; the server never gets it (or keeps what it refused). */
    ABANDON;

    /** Why a change was not made. */
    public enum Refusal {
        /** The entry is no longer in the outbox (confirmed or dropped meanwhile). */
        GONE,
        /** Sent at least once without an answer: it may be on the server; wait for the sync. */
        IN_FLIGHT
    }

    /** Null when this change is allowed on an entry in {@code state} after {@code attempts} uploads, else why not. */
    public Refusal check(OutboxState state, int attempts) {
        if (state == null) {
            return Refusal.GONE;
        }
        if (state == OutboxState.PENDING && attempts > 0) {
            return Refusal.IN_FLIGHT;
        }
        return null;
    }
}
