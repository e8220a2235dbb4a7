package org.courtdesk.model.api;

import org.courtdesk.model.casenumber.CourtLevel;

/**
 * A court applicants can choose (city, then court), e.g. 粤01 广州市中级人民法院.
 *
 * @param agentsMayReadInTrial the court's setting: a lawyer on record (代理人) may apply to read a case still in trial
 *                             (seed 002, 广州); false = archived cases only (seeds 000/001)
 */
public record CourtInfo(String code, String name, String city, CourtLevel level,
                        String readingRoomNotice, boolean agentsMayReadInTrial) {}
