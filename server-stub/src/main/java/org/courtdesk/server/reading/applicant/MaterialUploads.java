package org.courtdesk.server.reading.applicant;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.tika.Tika;
import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.ReadingApplicationForm;
import org.courtdesk.model.reading.MaterialType;
import org.courtdesk.model.reading.ReadingRules;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.CleanText;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.http.MultipartReader;
import org.courtdesk.server.http.UploadSpool;
import org.courtdesk.server.http.MultipartReader.Part;

import io.javalin.http.Context;

/**
 * Reads the multipart body of a submission: the part {@value #FORM_PART} is the {@link ReadingApplicationForm} JSON
 * (UTF-8, strict like every body), every other part is one material file named after its {@link MaterialType}.
 *
 * <p>The body is read as it streams in ({@link MultipartReader}), each limit checked while reading: the form part at most
 * {@value #MAX_FORM_BYTES} bytes (413 APPLICATION_PART_TOO_LARGE), each file at most the configured material limit
 * and the body at most the total (413 MATERIAL_TOO_LARGE), at most {@value #MAX_PARTS} parts. A part over its limit
 * stops the reading there.
 *
 * <p>Each file is then checked, before anything is stored: not empty, and a PDF, JPEG or PNG by its CONTENT, detected
 * with Tika's magic bytes only; the name and the part's declared Content-Type are ignored for this. The detected
 * type is what is stored and later served. File names are only labels: clean text ({@link CleanText}), then
 * {@link MaterialFileNames}.
 */
final class MaterialUploads {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MaterialUploads.class);

    static final String FORM_PART = "application";
    /** The form is a few short texts; anything bigger is not a form. */
    static final int MAX_FORM_BYTES = 64 * 1024;
    /**
     * The form and twice the files an application may carry: enough for the rules to name "more than 12 files" among
     * the form's other problems, few enough that a body of thousands of empty parts is refused while it arrives.
     */
    static final int MAX_PARTS = 1 + 2 * ReadingRules.MAX_MATERIAL_FILES;

    /** Detection by content only: {@link Tika#detect(byte[])} looks at the magic bytes, never at a name. */
    private static final Tika TIKA = new Tika();

    /** One uploaded material, checked; its bytes staged on disk (UploadSpool), at most the configured limit each. */
    record Upload(MaterialType type, String fileName, String contentType, org.courtdesk.server.files.Content content) {}

    record Parsed(ReadingApplicationForm form, List<Upload> materials) {}

    private MaterialUploads() {}

    static Parsed read(Context ctx, long maxMaterialBytes, long maxUploadBytes) {
        if (!ctx.isMultipartFormData()) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "阅卷申请须以 multipart/form-data 提交："
                    + FORM_PART + " 部分为申请表 JSON，每份材料一个文件部分");
        }
        List<Part> parts = parts(ctx, maxMaterialBytes, maxUploadBytes);
        Part form = null;
        List<Part> files = new ArrayList<>();
        for (Part p : parts) {
            if (FORM_PART.equals(p.name())) {
                if (form != null) {
                    throw new ApiException(ErrorCode.VALIDATION_FAILED, "申请表（" + FORM_PART + "）只能提交一份");
                }
                form = p;
            } else {
                files.add(p);
            }
        }
        if (form == null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "缺少申请表：multipart 中须有名为 " + FORM_PART + " 的部分");
        }
        ReadingApplicationForm application = Json.read(form.bytes(), ReadingApplicationForm.class, "申请表（" + FORM_PART + "）");
        List<Upload> uploads = new ArrayList<>(files.size());
        for (Part p : files) {
            uploads.add(material(p));
        }
        return new Parsed(application, uploads);
    }

    /** Reads the parts while the body streams in; the first limit passed ends the reading with its own refusal. */
    private static List<Part> parts(Context ctx, long maxMaterialBytes, long maxUploadBytes) {
        MultipartReader.Limits limits = new MultipartReader.Limits(MAX_PARTS, maxUploadBytes,
                (name, fileName) -> FORM_PART.equals(name) ? MAX_FORM_BYTES : maxMaterialBytes);
        try (InputStream in = ctx.req().getInputStream()) {
            return UploadSpool.read(ctx, in, limits);
        } catch (MultipartReader.Refused e) {
            throw switch (e.why()) {
                case PART_TOO_LARGE -> FORM_PART.equals(e.partName())
                        ? new ApiException(ErrorCode.APPLICATION_PART_TOO_LARGE, "申请表（" + FORM_PART + "）超过大小限制：至多 "
                                + size(e.limit()) + "（材料须作为单独的文件部分上传）")
                        : tooLarge(e.partName(), e.limit());
                case BODY_TOO_LARGE -> new ApiException(ErrorCode.MATERIAL_TOO_LARGE, "上传内容超过大小限制：一次申请的材料合计不能超过 "
                        + size(e.limit()) + "，单个材料不能超过 " + size(maxMaterialBytes));
                case TOO_MANY_PARTS -> new ApiException(ErrorCode.VALIDATION_FAILED, "multipart 部分过多：至多 " + e.limit()
                        + " 个（申请表一份，材料至多 " + ReadingRules.MAX_MATERIAL_FILES + " 个文件）");
                case CONTROL_CHARACTER_IN_HEADER -> new ApiException(ErrorCode.TEXT_INVALID_CHARACTER, "multipart 第 "
                        + e.partNumber() + " 部分的头部（名称或文件名）含有控制字符");
                case MALFORMED -> new ApiException(ErrorCode.VALIDATION_FAILED, "multipart 内容无法解析");
            };
        } catch (IOException e) {
            LOG.debug("multipart body could not be read", e);
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "上传内容读取失败，请重新提交");
        }
    }

    private static Upload material(Part p) {
        MaterialType type = type(p.name());
        if (p.fileName() == null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "材料“" + type.label() + "”须作为文件上传");
        }
        String which = "材料“" + type.label() + "”的文件名";
        CleanText.checkDecoded(p.fileName(), which);
        org.courtdesk.server.files.Content content = p.content();
        if (content.size() == 0) {
            throw new ApiException(ErrorCode.MATERIAL_CONTENT_REFUSED, "材料“" + type.label() + "”是空文件");
        }
        String contentType = TIKA.detect(content.head());
        if (!ReadingRules.acceptedMaterialContentType(contentType)) {
            throw new ApiException(ErrorCode.MATERIAL_CONTENT_REFUSED, "材料“" + type.label()
                    + "”不是 PDF、JPG 或 PNG 文件（按文件内容识别为 " + contentType + "），请上传扫描件或照片");
        }
        String name = MaterialFileNames.displayName(p.fileName(), type, contentType);
        return new Upload(type, name, contentType, content);
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

    /** A file over the per-material limit, named by its type when the part name is one. */
    private static ApiException tooLarge(String partName, long maxMaterialBytes) {
        String label = Arrays.stream(MaterialType.values()).filter(t -> t.name().equals(partName))
                .map(t -> "材料“" + t.label() + "”").findFirst().orElse("上传的文件");
        return new ApiException(ErrorCode.MATERIAL_TOO_LARGE, label + "超过大小限制：单个材料不能超过 " + size(maxMaterialBytes));
    }

    private static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? (bytes / (1024 * 1024)) + " MB"
                : bytes % 1024 == 0 ? (bytes / 1024) + " KB" : bytes + " 字节";
    }
}
