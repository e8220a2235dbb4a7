package org.courtdesk.model.api;

import java.time.LocalDateTime;

/** 现场阅卷 record: 是否到场, 借阅时间, 还卷时间. */
public record OnSiteVisit(Boolean attended, LocalDateTime borrowedAt, LocalDateTime returnedAt) {}
