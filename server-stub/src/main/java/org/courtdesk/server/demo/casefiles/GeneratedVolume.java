package org.courtdesk.server.demo.casefiles;

import org.courtdesk.server.pdf.CaseFileAssembler;

/**
 * One generated volume of a case file.
 *
 * @param title the title shown in bookmarks and stored in case_document.title (e.g. 起诉状)
 * @param pdf   the PDF bytes (CJK font embedded as a subset)
 * @param pages its page count
 */
public record GeneratedVolume(CaseVolume volume, String title, byte[] pdf, int pages) {

    /** As input for {@link CaseFileAssembler}. */
    public CaseFileAssembler.Part asPart() {
        return new CaseFileAssembler.Part(title, pdf);
    }
}
