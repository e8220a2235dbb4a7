package org.courtdesk.server.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** Binds a case's volumes into one PDF with one bookmark (outline item) per volume, opened with the bookmarks shown. */
public final class CaseFileAssembler {

    /** One volume to bind: its bookmark title and its PDF. */
    public record Part(String title, byte[] pdf) {
        public Part {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(pdf, "pdf");
        }
    }

    private CaseFileAssembler() {}

    /**
     * Merges the parts in order.
     *
     * @param documentTitle the merged file's title (document information), e.g. the case number and title; may be null
     */
    public static byte[] assemble(String documentTitle, List<Part> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to assemble");
        }
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument target = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            PDDocumentOutline outline = new PDDocumentOutline();
            List<int[]> starts = new ArrayList<>();
            for (Part part : parts) {
                PDDocument source = Loader.loadPDF(part.pdf());
                sources.add(source);
                int first = target.getNumberOfPages();
                merger.appendDocument(target, source);
                starts.add(new int[] {first, target.getNumberOfPages() - first});
            }
            // appendDocument copies any source outlines; the bound file gets exactly one item per volume
            target.getDocumentCatalog().setDocumentOutline(outline);
            for (int i = 0; i < parts.size(); i++) {
                int[] start = starts.get(i);
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(parts.get(i).title() + "（" + start[1] + "页）");
                if (start[1] > 0) {
                    PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
                    dest.setPage(target.getPage(start[0]));
                    item.setDestination(dest);
                }
                outline.addLast(item);
            }
            outline.openNode();
            target.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(documentTitle);
            info.setCreator("CourtDesk");
            target.setDocumentInformation(info);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            target.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot assemble the case file", e);
        } finally {
            sources.forEach(IOUtils::closeQuietly);
        }
    }
}
