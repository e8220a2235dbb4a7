package org.courtdesk.server.request;

/**
 * The answer to a staff action: the request's new state ({@code V} is the kind's view); {@code replayed} when the
 * idempotency key was seen before and nothing was applied again. Serialises as {@code {"request":…,"replayed":…}}.
 */
public record ActionResult<V>(V request, boolean replayed) {}
