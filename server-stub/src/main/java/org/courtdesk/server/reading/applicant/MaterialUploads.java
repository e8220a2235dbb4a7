package org.courtdesk.server.reading.applicant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.tika.Tika;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReadingApplicationForm;
import org.courtdesk.model.reading.MaterialType;
import org.courtdesk.model.reading.ReadingRules;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.Problems;

import io.javalin.http.Context;
import jakarta.servlet.http.Part;

/**
 * Reads the multipart body of a submission: the part {@value #FORM_PART} is the {@link ReadingApplicationForm} JSON
 * (UTF-8, strict like every body), every other part is one material file named after its {@link MaterialType}.
 *
 * <p>Each file is checked here, before anything is stored: not larger than the configured limit (Jetty stops a larger
 * one while parsing, which is answered the same way), not empty, and a PDF, JPEG or PNG by its CONTENT, detected
 * with Tika's magic bytes only; the name and the part's declared Content-Type are ignored for this. The detected
 * type is what is stored and later served. File names are only labels ({@link MaterialFileNames}).
 */
final class MaterialUploads {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MaterialUploads.class);

    static final String FORM_PART = "application";
    /** The form is a few short texts; anything bigger is not a form. */
    static final int MAX_FORM_BYTES = 64 * 1024;

    /** Detection by content only: {@link Tika#detect(byte[])} looks at the magic bytes, never at a name. */
    private static final Tika TIKA = new Tika();

    /** One uploaded material, checked, with its bytes in memory (at most the configured limit each). */
    record Upload(MaterialType type, String fileName, String contentType, byte[] bytes) {}

    record Parsed(ReadingApplicationForm form, List<Upload> materials) {}

    private MaterialUploads() {}

    static Parsed read(Context ctx, long maxMaterialBytes, long maxUploadBytes) {
        if (!ctx.isMultipartFormData()) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "阅卷申请须以 multipart/form-data 提交："
                    + FORM_PART + " 部分为申请表 JSON，每份材料一个文件部分");
        }
        Collection<Part> parts = parts(ctx, maxMaterialBytes, maxUploadBytes);
        byte[] formJson = null;
        List<Part> files = new ArrayList<>();
        for (Part p : parts) {
            if (FORM_PART.equals(p.getName())) {
                if (formJson != null) {
                    throw new ApiException(ErrorCode.VALIDATION_FAILED, "申请表（" + FORM_PART + "）只能提交一份");
                }
                if (p.getSize() > MAX_FORM_BYTES) {
                    throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "申请表内容过大");
                }
                formJson = bytes(p);
            } else {
                files.add(p);
            }
        }
        if (formJson == null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "缺少申请表：multipart 中须有名为 " + FORM_PART + " 的部分");
        }
        ReadingApplicationForm form = Json.read(new String(formJson, StandardCharsets.UTF_8), ReadingApplicationForm.class);
        List<Upload> uploads = new ArrayList<>(files.size());
        for (Part p : files) {
            uploads.add(material(p, maxMaterialBytes));
        }
        return new Parsed(form, uploads);
    }

    /** Lets Jetty parse the body with the server's multipart limits; a part over the limit is a clear 413. */
    private static Collection<Part> parts(Context ctx, long maxMaterialBytes, long maxUploadBytes) {
        try {
            ctx.uploadedFiles(); // applies the configured multipart limits, then parses
            return ctx.req().getParts();
        } catch (ApiException e) {
            throw e;
        } catch (Exception e) {
            if (Problems.isTooLarge(e)) {
                // Jetty does not say which limit: name both
                throw new ApiException(ErrorCode.MATERIAL_TOO_LARGE, "上传内容超过大小限制：单个材料不能超过 "
                        + size(maxMaterialBytes) + "，一次申请的材料合计不能超过 " + size(maxUploadBytes));
            }
            LOG.debug("multipart body refused by the parser", e);
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "multipart 内容无法解析");
        }
    }

    private static Upload material(Part p, long maxMaterialBytes) {
        MaterialType type = type(p.getName());
        if (p.getSubmittedFileName() == null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "材料“" + type.label() + "”须作为文件上传");
        }
        if (p.getSize() > maxMaterialBytes) {
            throw tooLarge(type, maxMaterialBytes);
        }
        byte[] bytes = bytes(p);
        if (bytes.length > maxMaterialBytes) {
            throw tooLarge(type, maxMaterialBytes);
        }
        if (bytes.length == 0) {
            throw new ApiException(ErrorCode.MATERIAL_CONTENT_REFUSED, "材料“" + type.label() + "”是空文件");
        }
        String contentType = TIKA.detect(bytes);
        if (!ReadingRules.acceptedMaterialContentType(contentType)) {
            throw new ApiException(ErrorCode.MATERIAL_CONTENT_REFUSED, "材料“" + type.label()
                    + "”不是 PDF、JPG 或 PNG 文件（按文件内容识别为 " + contentType + "），请上传扫描件或照片");
        }
        String name = MaterialFileNames.displayName(p.getSubmittedFileName(), type, contentType);
        return new Upload(type, name, contentType, bytes);
    }

    private static MaterialType type(String partName) {
        try {
            return MaterialType.valueOf(partName == null ? "" : partName);
        } catch (IllegalArgumentException e) {
            String shown = partName != null && partName.matches("[A-Za-z0-9_-]{1,40}") ? "“" + partName + "”" : "";
            throw new ApiException(ErrorCode.MATERIAL_TYPE_NOT_ALLOWED, "不认识的材料类型" + shown + "，文件部分须以材料类型命名："
                    + Arrays.stream(MaterialType.values()).map(t -> t.name() + "（" + t.label() + "）")
                    .collect(Collectors.joining("、")));
        }
    }

    private static ApiException tooLarge(MaterialType type, long maxMaterialBytes) {
        return new ApiException(ErrorCode.MATERIAL_TOO_LARGE,
                "材料“" + type.label() + "”超过大小限制：单个材料不能超过 " + size(maxMaterialBytes));
    }

    private static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? (bytes / (1024 * 1024)) + " MB"
                : bytes % 1024 == 0 ? (bytes / 1024) + " KB" : bytes + " 字节";
    }

    private static byte[] bytes(Part p) {
        try (InputStream in = p.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "上传内容读取失败，请重新提交");
        }
    }
}
