package org.courtdesk.model.servicecontent;

import java.util.UUID;

/**
 * The editor's 保存 or 发布 of an existing item, on the version the judge edited: the new fields replace the old ones;
 * 保存 leaves it (or takes it back to) 未发布, 发布 leaves it (or puts it) 已发布 — what lawyers see is always a text
 * its author chose to publish [I: the seed's 保存 is "暂存内容（不发布）"].
 */
public record ServiceContentSave(UUID idempotencyKey, long baseVersion, ServiceContentForm form, boolean publish) {}
