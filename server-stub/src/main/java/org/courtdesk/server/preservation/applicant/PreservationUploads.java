package org.courtdesk.server.preservation.applicant;

import java.util.List;

import org.courtdesk.model.preservation.PreservationMaterialType;
import org.courtdesk.model.preservation.PreservationRules;
import org.courtdesk.server.http.KindUploads;

import io.javalin.http.Context;

/**
 * The multipart body of a 诉讼保全 application: the core's {@link KindUploads} (one JSON form part, one file part per
 * material named after its {@link PreservationMaterialType}, content-checked PDF/JPEG/PNG, names as labels only) with this
 * kind's types.
 */
final class PreservationUploads {

    static final KindUploads.Types<PreservationMaterialType> TYPES = new KindUploads.Types<>(PreservationMaterialType.class,
            PreservationMaterialType::label, PreservationRules.MAX_MATERIAL_FILES);

    record Upload(PreservationMaterialType type, String fileName, String contentType, org.courtdesk.server.files.Content content) {}

    record Parsed<F>(F form, List<Upload> materials) {
        List<PreservationMaterialType> types() {
            return materials.stream().map(Upload::type).toList();
        }
    }

    private PreservationUploads() {}

    static <F> Parsed<F> read(Context ctx, String formPart, Class<F> formType, String formLabel, long maxMaterialBytes,
                              long maxUploadBytes) {
        KindUploads.Parsed<F, PreservationMaterialType> parsed = KindUploads.read(ctx, formPart, formType, formLabel, TYPES,
                maxMaterialBytes, maxUploadBytes);
        return new Parsed<>(parsed.form(), parsed.materials().stream()
                .map(u -> new Upload(u.type(), u.fileName(), u.contentType(), u.content())).toList());
    }
}
