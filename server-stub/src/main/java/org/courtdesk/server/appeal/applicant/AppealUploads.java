package org.courtdesk.server.appeal.applicant;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.tika.Tika;
import org.courtdesk.model.appeal.AppealForm;
import org.courtdesk.model.appeal.AppealRules;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.CleanText;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.MultipartReader;
import org.courtdesk.server.http.UploadSpool;
import org.courtdesk.server.http.MultipartReader.Part;

import io.javalin.http.Context;

/**
 * Reads the multipart body of an appeal: the JSON part {@code appeal} ({@link AppealForm}), the 上诉状 as file part
 * {@code PETITION} and copies as {@code COPY} (up to {@link AppealRules#MAX_MATERIAL_FILES} files). As for the other kinds, limits are
 * checked while the body streams in and each file must be a PDF, JPEG or PNG by its content; names are labels only.
 */
final class AppealUploads {

    static final String FORM_PART = "appeal";
    static final java.util.Map<String, String> TYPES = java.util.Map.of("PETITION", "上诉状", "COPY", "上诉状副本");
    static final int MAX_FORM_BYTES = 16 * 1024;
    static final int MAX_FILE_NAME = 255;
    private static final Set<String> CONTENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");
    private static final Tika TIKA = new Tika();

    record Upload(String type, String fileName, String contentType, org.courtdesk.server.files.Content content) {}

    record Parsed(AppealForm form, List<Upload> materials) {}

    private AppealUploads() {}

    static Parsed read(Context ctx, long maxMaterialBytes, long maxUploadBytes) {
        if (!ctx.isMultipartFormData()) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "上诉须以 multipart/form-data 提交：appeal 部分为 JSON，"
                    + "上诉状为名为 PETITION 的文件部分，副本为 COPY");
        }
        MultipartReader.Limits limits = new MultipartReader.Limits(1 + AppealRules.MAX_MATERIAL_FILES, maxUploadBytes,
                (name, fileName) -> FORM_PART.equals(name) ? MAX_FORM_BYTES : maxMaterialBytes);
        List<Part> parts;
        try (InputStream in = ctx.req().getInputStream()) {
            parts = UploadSpool.read(ctx, in, limits);
        } catch (MultipartReader.Refused e) {
            throw switch (e.why()) {
                case PART_TOO_LARGE -> FORM_PART.equals(e.partName())
                        ? new ApiException(ErrorCode.APPLICATION_PART_TOO_LARGE, "上诉表（appeal）超过大小限制")
                        : new ApiException(ErrorCode.MATERIAL_TOO_LARGE);
                case BODY_TOO_LARGE -> new ApiException(ErrorCode.MATERIAL_TOO_LARGE, "上传内容合计超过大小限制");
                case TOO_MANY_PARTS -> new ApiException(ErrorCode.VALIDATION_FAILED, "上诉材料至多 "
                        + AppealRules.MAX_MATERIAL_FILES + " 份");
                case CONTROL_CHARACTER_IN_HEADER -> new ApiException(ErrorCode.TEXT_INVALID_CHARACTER);
                case MALFORMED -> new ApiException(ErrorCode.VALIDATION_FAILED, "multipart 内容无法解析");
            };
        } catch (IOException e) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "上传内容读取失败，请重新提交");
        }
        Part form = null;
        List<Upload> uploads = new ArrayList<>();
        for (Part p : parts) {
            if (FORM_PART.equals(p.name())) {
                if (form != null) {
                    throw new ApiException(ErrorCode.VALIDATION_FAILED, "上诉表（appeal）只能提交一份");
                }
                form = p;
            } else if (p.name() != null && TYPES.containsKey(p.name())) {
                uploads.add(material(p));
            } else {
                throw new ApiException(ErrorCode.MATERIAL_TYPE_NOT_ALLOWED, "上诉材料的文件部分须命名为 PETITION（上诉状）或 COPY（副本）");
            }
        }
        if (form == null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "缺少上诉表：multipart 中须有名为 appeal 的部分");
        }
        return new Parsed(Json.read(form.bytes(), AppealForm.class, "上诉表（appeal）"), uploads);
    }

    private static Upload material(Part p) {
        if (p.fileName() == null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "上诉材料须作为文件上传");
        }
        CleanText.checkDecoded(p.fileName(), "上诉材料的文件名");
        org.courtdesk.server.files.Content content = p.content();
        if (content.size() == 0) {
            throw new ApiException(ErrorCode.MATERIAL_CONTENT_REFUSED, "上诉材料是空文件");
        }
        String contentType = TIKA.detect(content.head());
        if (!CONTENT_TYPES.contains(contentType)) {
            throw new ApiException(ErrorCode.MATERIAL_CONTENT_REFUSED, "上诉材料不是 PDF、JPG 或 PNG 文件（按文件内容识别为 "
                    + contentType + "）");
        }
        String name = p.fileName().strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = TYPES.get(p.name()) + (contentType.equals("application/pdf") ? ".pdf" : contentType.equals("image/jpeg") ? ".jpg" : ".png");
        }
        if (name.length() > MAX_FILE_NAME) {
            throw new ApiException(ErrorCode.FILE_NAME_REFUSED, "上诉材料的文件名过长（至多 " + MAX_FILE_NAME + " 个字符）");
        }
        return new Upload(p.name(), name, contentType, content);
    }
}
