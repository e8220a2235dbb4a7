package org.courtdesk.app.outbox;

/** Where an outbox entry stands. Entries leave the outbox only when the server confirms or the judge drops them. */
public enum OutboxState {
    /** 待同步: waiting for upload (also after network failures, which are retried). */
    PENDING,
    /** The server answered 409 VERSION_CONFLICT: the request changed; its current state is kept beside the draft. */
    CONFLICT,
    /** The server refused it for a rule or access reason (400/403/404/409/422): the judge must look. */
    REFUSED
}
