package org.courtdesk.model.servicecontent;

import java.util.UUID;

/** 设置发布 on the list (spec-004 §9, fig. 150): publish an item ({@code published} true) or withdraw it (false). */
public record ServiceContentPublication(UUID idempotencyKey, long baseVersion, boolean published) {}
