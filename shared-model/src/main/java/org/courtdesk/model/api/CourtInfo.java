package org.courtdesk.model.api;

import org.courtdesk.model.casenumber.CourtLevel;

/** A court applicants can choose (city, then court), e.g. 粤01 广州市中级人民法院. */
public record CourtInfo(String code, String name, String city, CourtLevel level,
                        String readingRoomNotice) {}
