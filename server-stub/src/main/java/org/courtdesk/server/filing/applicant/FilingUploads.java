package org.courtdesk.server.filing.applicant;

import java.util.List;

import org.courtdesk.model.filing.FilingMaterialType;
import org.courtdesk.model.filing.FilingRules;
import org.courtdesk.server.http.KindUploads;

import io.javalin.http.Context;

/**
 * The multipart body of a 网上立案 application: the core's {@link KindUploads} (one JSON form part, one file part per
 * material named after its {@link FilingMaterialType}, content-checked PDF/JPEG/PNG, names as labels only) with this
 * kind's types.
 */
final class FilingUploads {

    static final KindUploads.Types<FilingMaterialType> TYPES = new KindUploads.Types<>(FilingMaterialType.class,
            FilingMaterialType::label, FilingRules.MAX_MATERIAL_FILES);

    record Upload(FilingMaterialType type, String fileName, String contentType, org.courtdesk.server.files.Content content) {}

    record Parsed<F>(F form, List<Upload> materials) {
        List<FilingMaterialType> types() {
            return materials.stream().map(Upload::type).toList();
        }
    }

    private FilingUploads() {}

    static <F> Parsed<F> read(Context ctx, String formPart, Class<F> formType, String formLabel, long maxMaterialBytes,
                              long maxUploadBytes) {
        KindUploads.Parsed<F, FilingMaterialType> parsed = KindUploads.read(ctx, formPart, formType, formLabel, TYPES,
                maxMaterialBytes, maxUploadBytes);
        return new Parsed<>(parsed.form(), parsed.materials().stream()
                .map(u -> new Upload(u.type(), u.fileName(), u.contentType(), u.content())).toList());
    }
}
