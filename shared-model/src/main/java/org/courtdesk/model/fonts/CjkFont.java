package org.courtdesk.model.fonts;

/**
 * Where the bundled CJK font lives on the class path (Apache-2.0, see NOTICE.txt beside it). TrueType
 * outlines, so PDFBox can embed it (PDType0Font.load with subsetting) and JavaFX can load it (Font.loadFont).
 */
public final class CjkFont {

    /** Class-path resource of the font file. */
    public static final String RESOURCE = "/org/courtdesk/fonts/DroidSansFallbackFull.ttf";

    /** Family name JavaFX reports after loading it. */
    public static final String FAMILY = "Droid Sans Fallback";

    private CjkFont() {}
}
