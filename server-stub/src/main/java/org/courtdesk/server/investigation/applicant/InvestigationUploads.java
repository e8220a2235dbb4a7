package org.courtdesk.server.investigation.applicant;

import java.util.List;

import org.courtdesk.model.investigation.InvestigationMaterialType;
import org.courtdesk.model.investigation.InvestigationRules;
import org.courtdesk.server.http.KindUploads;

import io.javalin.http.Context;

/**
 * The multipart body of a 调查令 application: the core's {@link KindUploads} (one JSON form part, one file part per
 * material named after its {@link InvestigationMaterialType}, content-checked PDF/JPEG/PNG, names as labels only) with this
 * kind's types.
 */
final class InvestigationUploads {

    static final KindUploads.Types<InvestigationMaterialType> TYPES = new KindUploads.Types<>(InvestigationMaterialType.class,
            InvestigationMaterialType::label, InvestigationRules.MAX_MATERIAL_FILES);

    record Upload(InvestigationMaterialType type, String fileName, String contentType, org.courtdesk.server.files.Content content) {}

    record Parsed<F>(F form, List<Upload> materials) {
        List<InvestigationMaterialType> types() {
            return materials.stream().map(Upload::type).toList();
        }
    }

    private InvestigationUploads() {}

    static <F> Parsed<F> read(Context ctx, String formPart, Class<F> formType, String formLabel, long maxMaterialBytes,
                              long maxUploadBytes) {
        KindUploads.Parsed<F, InvestigationMaterialType> parsed = KindUploads.read(ctx, formPart, formType, formLabel, TYPES,
                maxMaterialBytes, maxUploadBytes);
        return new Parsed<>(parsed.form(), parsed.materials().stream()
                .map(u -> new Upload(u.type(), u.fileName(), u.contentType(), u.content())).toList());
    }
}
