package org.courtdesk.server.servicecontent.applicant;

import java.util.List;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.servicecontent.ServiceContentCategory;
import org.courtdesk.model.servicecontent.ServiceContentHtml;
import org.courtdesk.model.servicecontent.ServiceContentSummary;
import org.courtdesk.model.servicecontent.ServiceContentView;
import org.courtdesk.server.ServerContext;
import org.courtdesk.server.auth.Auth;
import org.courtdesk.server.http.ApiException;
import org.courtdesk.server.http.RouteModule;
import org.courtdesk.server.servicecontent.ServiceContentRepository;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * What lawyers (and every signed-in user) read of 服务内容 (spec-004 §9 "发布后律师可在律师平台上看到"): the published
 * items, newest 登记时间 first, of a court and/or category, as summaries with a plain-text excerpt (never the bodies:
 * each may be 1 MiB); one item as JSON with its body; and one item as the page the lawyer
 * platform shows ({@link ServiceContentHtml#page}: the sanitised body with the platform's CSS, under a policy that
 * runs and loads nothing) — the very page the judge previewed. An unpublished item answers 404 like a missing one.
 */
public final class ServiceContentApplicantRoutes implements RouteModule {

    static final String PATH = "/api/v1/service-contents";
    static final int MAX_LIST = 200;

    private final ServerContext context;

    public ServiceContentApplicantRoutes(ServerContext context) {
        this.context = context;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::list);
        routes.get(PATH + "/{id}", this::detail);
        routes.get(PATH + "/{id}/page", this::page);
    }

    private void list(Context ctx) {
        Auth.user(ctx);
        String court = blankToNull(ctx.queryParam("court"));
        ServiceContentCategory category = category(ctx.queryParam("category"));
        List<ServiceContentSummary> list = context.jdbi().withHandle(h ->
                ServiceContentRepository.published(h, court, category, MAX_LIST));
        ctx.json(list);
    }

    private void detail(Context ctx) {
        Auth.user(ctx);
        ctx.json(published(pathId(ctx)));
    }

    private void page(Context ctx) {
        Auth.user(ctx);
        ServiceContentView v = published(pathId(ctx));
        ctx.header("Content-Security-Policy", "default-src 'none'; img-src data: 'self'; style-src 'unsafe-inline'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType("text/html; charset=utf-8").result(ServiceContentHtml.page(v));
    }

    private ServiceContentView published(long id) {
        return context.jdbi().withHandle(h -> ServiceContentRepository.find(h, id, false))
                .filter(ServiceContentView::published)
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND));
    }

    private static ServiceContentCategory category(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return ServiceContentCategory.valueOf(s.strip());
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "类别不正确：" + s);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static long pathId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.NOT_FOUND);
        }
    }
}
