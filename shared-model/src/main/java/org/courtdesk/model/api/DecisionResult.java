package org.courtdesk.model.api;

/** The server's answer to a decision: the request's new state; {@code replayed} when the key was seen before. */
public record DecisionResult(ReadingRequestView request, boolean replayed) {}
