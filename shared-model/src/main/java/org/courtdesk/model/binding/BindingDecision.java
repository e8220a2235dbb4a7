package org.courtdesk.model.binding;

import java.util.UUID;

/**
 * A judge's or clerk's decision on a binding, POSTed to {@code /api/v1/judge/bindings/{id}/decision}: the verdict and,
 * for 审核不通过, the reason the lawyer is told. {@code baseVersion} is the version the decider saw.
 */
public record BindingDecision(UUID idempotencyKey, long baseVersion, BindingVerdict verdict, String reason) {}
