package org.courtdesk.model.preservation;

/**
 * One 财产线索: the kind of asset, what it is (e.g. 粤A12345 小型轿车) and where it is found ({@code location}: the bank
 * and account number, the 不动产 address, the registry), so the court can 查封/冻结 it.
 */
public record PropertyClue(PropertyKind kind, String description, String location) {}
