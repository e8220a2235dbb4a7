package org.courtdesk.model.servicecontent;

import java.util.UUID;

/**
 * A new item (新增服务内容): 保存 ({@code publish} false: kept 未发布) or 发布 at once ({@code publish} true). Created
 * once per idempotency key, also when the workstation sends it again after a lost answer or an offline day.
 */
public record ServiceContentCreate(UUID idempotencyKey, ServiceContentForm form, boolean publish) {}
