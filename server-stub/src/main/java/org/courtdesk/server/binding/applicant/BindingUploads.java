package org.courtdesk.server.binding.applicant;

import java.util.List;

import org.courtdesk.model.binding.BindingMaterialType;
import org.courtdesk.model.binding.BindingRules;
import org.courtdesk.server.http.KindUploads;

import io.javalin.http.Context;

/**
 * The multipart body of a 案件绑定 application: the core's {@link KindUploads} (one JSON form part, one file part per
 * material named after its {@link BindingMaterialType}, content-checked PDF/JPEG/PNG, names as labels only) with this
 * kind's types.
 */
final class BindingUploads {

    static final KindUploads.Types<BindingMaterialType> TYPES = new KindUploads.Types<>(BindingMaterialType.class,
            BindingMaterialType::label, BindingRules.MAX_MATERIAL_FILES);

    record Upload(BindingMaterialType type, String fileName, String contentType, org.courtdesk.server.files.Content content) {}

    record Parsed<F>(F form, List<Upload> materials) {
        List<BindingMaterialType> types() {
            return materials.stream().map(Upload::type).toList();
        }
    }

    private BindingUploads() {}

    static <F> Parsed<F> read(Context ctx, String formPart, Class<F> formType, String formLabel, long maxMaterialBytes,
                              long maxUploadBytes) {
        KindUploads.Parsed<F, BindingMaterialType> parsed = KindUploads.read(ctx, formPart, formType, formLabel, TYPES,
                maxMaterialBytes, maxUploadBytes);
        return new Parsed<>(parsed.form(), parsed.materials().stream()
                .map(u -> new Upload(u.type(), u.fileName(), u.contentType(), u.content())).toList());
    }
}
