package org.courtdesk.model.investigation;

import java.time.LocalDate;

/**
 * The 调查令 as issued on 接收: its number (e.g. （2026）粤0106调令12号, a format inferred from 案号 practice), the day
 * it was issued and the last day it is valid (the court's validity setting), and the SHA-256 of its PDF (a document
 * like any material: the applicant downloads it, the judge opens it in the viewer).
 */
public record InvestigationOrder(String orderNo, LocalDate issuedOn, LocalDate validUntil, String pdfSha256) {}
