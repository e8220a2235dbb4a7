package org.courtdesk.app.ui.servicecontent;

import java.time.LocalDate;

import org.courtdesk.model.servicecontent.ServiceContentCategory;

/**
 * 服务内容查询 (spec-004 §9, fig. 108): the editor's fields as conditions [I: the seed names none] — 类别, 发布法院,
 * 登记时间 from/to, and text in 标题 or body; null means any.
 */
public record ServiceContentQuery(ServiceContentCategory category, String courtCode, LocalDate from, LocalDate to,
                                  String text) {

    public static final ServiceContentQuery DEFAULT = new ServiceContentQuery(null, null, null, null, "");

    public ServiceContentQuery withCategory(ServiceContentCategory c) {
        return new ServiceContentQuery(c, courtCode, from, to, text);
    }

    public ServiceContentQuery withCourt(String c) {
        return new ServiceContentQuery(category, c, from, to, text);
    }

    public ServiceContentQuery withRegistered(LocalDate f, LocalDate t) {
        return new ServiceContentQuery(category, courtCode, f, t, text);
    }

    public ServiceContentQuery withText(String t) {
        return new ServiceContentQuery(category, courtCode, from, to, t);
    }
}
