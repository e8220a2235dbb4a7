package org.courtdesk.model.servicecontent;

import java.time.LocalDate;

/**
 * The fields of the 新增服务内容 editor (spec-004 §9, fig. 114–144): 类别, 标题, 发布法院 (a court code), 登记时间 and
 * the body as HTML (sanitised by the server before it is stored or shown, {@link ServiceContentHtml#sanitize}).
 */
public record ServiceContentForm(ServiceContentCategory category, String title, String courtCode, LocalDate registeredOn,
                                 String bodyHtml) {}
