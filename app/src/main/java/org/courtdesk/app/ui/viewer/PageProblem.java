package org.courtdesk.app.ui.viewer;

/** Something on a page that could not be shown; the viewer flags the page instead of showing it silently. */
public record PageProblem(Kind kind, String detail) {

    public enum Kind {
        /** An image too large to decode safely (a decompression bomb, or a scan beyond the memory bound). */
        IMAGE_TOO_LARGE,
        /** An image whose decoder is not installed (JPEG 2000, JBIG2). */
        DECODER_MISSING,
        /** An image that failed to decode (damaged data). */
        IMAGE_FAILED,
        /** The page was drawn smaller than asked to stay under the memory bound. */
        REDUCED
    }
}
