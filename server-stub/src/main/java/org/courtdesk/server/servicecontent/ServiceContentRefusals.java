package org.courtdesk.server.servicecontent;

import java.util.List;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.servicecontent.ServiceContentRules;
import org.courtdesk.server.auth.CurrentUser;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.request.StaffCall;

/** The refusals of 服务内容: the rules' violations as the API's refusal, and who may write items at all. */
public final class ServiceContentRefusals {

    private ServiceContentRefusals() {}

    public static void refuseIfBroken(List<ServiceContentRules.Violation> broken) {
        if (!broken.isEmpty()) {
            ServiceContentRules.Violation first = broken.get(0);
            throw ApiException.ofAll(first.code(), first.message(),
                    broken.stream().map(ServiceContentRules.Violation::code).toList());
        }
    }

    /**
     * A 新增 or 保存 whose JSON is over {@link ServiceContentRules#MAX_REQUEST_BYTES} (only a client that does not
     * sanitise first can send one with a body within the limit): refused before it is parsed, nothing stored, with the
     * code of a body too long and the sizes in Chinese.
     */
    public static ApiException requestTooLarge(int bytes) {
        String read = bytes > ServiceContentRules.MAX_REQUEST_BYTES ? "超过 " + ServiceContentRules.size(ServiceContentRules.MAX_REQUEST_BYTES)
                : ServiceContentRules.size(bytes);
        return new ApiException(ErrorCode.SERVICE_CONTENT_BODY_TOO_LONG, "服务内容过大：请求 " + read + "；正文去除不允许的内容后至多 "
                + ServiceContentRules.size(ServiceContentRules.MAX_BODY_BYTES) + "，请删减内容或图片");
    }

    /**
     * Only the judge who wrote an item reads and changes it (spec-004 §9 "法官仅可查看自己发布的服务内容"): a clerk
     * serving that judge passes the core's visibility but is refused here; any other staff never see the item (404).
     */
    public static void requireAuthor(CurrentUser user, long authorId) {
        if (user.id() != authorId) {
            throw new ApiException(ErrorCode.SERVICE_CONTENT_AUTHOR_ONLY);
        }
    }

    /** Writing items is a judge's (spec-004 §9); clerks and centre reviewers are refused before anything is read. */
    public static void requireJudge(StaffCall call) {
        if (call.user().account().role() != org.courtdesk.model.account.Role.JUDGE) {
            throw new ApiException(ErrorCode.SERVICE_CONTENT_AUTHOR_ONLY, "只有法官可以新增服务内容");
        }
    }
}
