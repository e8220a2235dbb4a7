package org.courtdesk.model.evidence;

/**
 * One line of a party's evidence catalogue (证据目录, spec-004 §7 Fields): 序号, 证据名称, 证据来源, 证明对象 (what it is to
 * prove), 页数. A lawyer sends it as the JSON part {@code entry} beside the file part {@code EVIDENCE}; the judge
 * uploading paper evidence on a party's behalf names the {@code side} too (a lawyer's side is the party they act for,
 * and a side they send is ignored).
 */
public record EvidenceEntry(EvidenceSide side, int seq, String name, String source, String proves, int pages) {}
