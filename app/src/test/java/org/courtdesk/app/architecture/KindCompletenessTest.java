package org.courtdesk.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.courtdesk.app.api.ApiClient;
import org.courtdesk.app.api.Json;
import org.courtdesk.app.e2e.DemoCourt;
import org.courtdesk.app.ui.main.QueueTabs;
import org.courtdesk.model.api.Change;
import org.courtdesk.model.api.ChangesPage;
import org.courtdesk.model.request.KindDescriptor;
import org.courtdesk.model.request.KindRegistry;
import org.courtdesk.model.request.RequestKind;
import org.courtdesk.server.demo.DemoAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every kind shared-model's registry lists as built is whole: an applicant endpoint in the server's OpenAPI document, a
 * workstation tab with its deadlines (or an explicit none), demo data in the demo court, and a feed that carries its
 * views to the judge's workstation. A kind half-added fails here by name.
 */
class KindCompletenessTest {

    static DemoCourt court;
    static JsonNode openApi;
    static Set<RequestKind> inJudgesFeed = EnumSet.noneOf(RequestKind.class);

    @BeforeAll
    static void start() throws Exception {
        court = DemoCourt.start();
        try (InputStream in = KindCompletenessTest.class.getResourceAsStream("/org/courtdesk/server/openapi/openapi.json")) {
            openApi = Json.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), JsonNode.class);
        }
        // What the demo court's judge.chen and clerk.wang get in their feed, with a view their workstation can read.
        for (String user : List.of(DemoAccounts.JUDGE_CHEN, DemoAccounts.CLERK_WANG, DemoAccounts.JUDGE_LIN)) {
            try (ApiClient api = new ApiClient(court.baseUrl())) {
                api.setToken(api.login(user, DemoAccounts.PASSWORD.toCharArray()).token());
                long since = 0;
                ChangesPage page;
                do {
                    page = api.changes(since, 1000);
                    for (Change c : page.changes()) {
                        if (c.view() != null && c.view().kind() != null) {
                            inJudgesFeed.add(c.view().kind());
                        }
                    }
                    since = page.nextCursor();
                } while (page.hasMore());
            }
        }
    }

    @AfterAll
    static void stop() {
        if (court != null) {
            court.close();
        }
    }

    /** What a built kind lacks, in words; empty when it is whole. */
    static List<String> gaps(KindDescriptor d, JsonNode openApi, List<QueueTabs.Entry> tabs, long demoRequests,
                             Set<RequestKind> fed) {
        List<String> gaps = new ArrayList<>();
        String path = d.applicantPath();
        if (path == null) {
            gaps.add(d.kind() + " names no applicant path (KindDescriptor.submittedAt)");
        } else if (!openApi.path("paths").path(path).has(d.applicantMethod())) {
            // Applicants submit a kind (POST), or read what staff created of it (GET).
            gaps.add(d.kind() + ": " + d.applicantMethod().toUpperCase(java.util.Locale.ROOT) + " " + path
                    + " is not in the OpenAPI document");
        }
        if (tabs.stream().noneMatch(e -> e.kind() == d.kind())) {
            gaps.add(d.kind() + " has no workstation tab (QueueTabs)");
        }
        if (demoRequests == 0) {
            gaps.add(d.kind() + " has no demo data");
        }
        if (!fed.contains(d.kind())) {
            gaps.add(d.kind() + " reaches no judge's or clerk's feed with its view");
        }
        return gaps;
    }

    private static long demoRequests(RequestKind kind) {
        return court.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM request WHERE kind = :k")
                .bind("k", kind.name()).mapTo(Long.class).one());
    }

    @Test
    void everyBuiltKindIsWhole() {
        List<String> gaps = new ArrayList<>();
        List<RequestKind> built = new ArrayList<>();
        for (KindDescriptor d : KindRegistry.all()) {
            if (d.isBuilt()) {
                built.add(d.kind());
                gaps.addAll(gaps(d, openApi, QueueTabs.ALL, demoRequests(d.kind()), inJudgesFeed));
            }
        }
        assertThat(built).contains(RequestKind.CASE_FILE_READING, RequestKind.ONLINE_FILING);
        assertThat(gaps).isEmpty();
        // Every tab states its deadlines: a source, or none on purpose.
        assertThat(QueueTabs.ALL).allSatisfy(e -> assertThat(e.deadlines().kind()).isEqualTo(e.kind()));
        assertThat(QueueTabs.ALL).filteredOn(e -> e.kind() == RequestKind.ONLINE_FILING)
                .allSatisfy(e -> assertThat(e.deadlines().hasDeadlines()).isTrue());
    }

    /** The rule bites: a kind registered without its path, tab, demo data or feed is named with what it lacks. */
    @Test
    void aHalfAddedKindIsNamedWithWhatItLacks() {
        KindDescriptor filing = KindRegistry.descriptor(RequestKind.ONLINE_FILING);
        KindDescriptor noPath = new KindDescriptor(filing.kind(), filing.viewClass(), filing.applicationNoPrefix(),
                filing.applicantRoles());
        List<QueueTabs.Entry> noTab = QueueTabs.ALL.stream().filter(e -> e.kind() != RequestKind.ONLINE_FILING).toList();
        assertThat(gaps(noPath, openApi, noTab, 0, Set.of())).containsExactly(
                "ONLINE_FILING names no applicant path (KindDescriptor.submittedAt)",
                "ONLINE_FILING has no workstation tab (QueueTabs)",
                "ONLINE_FILING has no demo data",
                "ONLINE_FILING reaches no judge's or clerk's feed with its view");
        assertThat(gaps(filing.submittedAt("/api/v1/no-such-route"), openApi, QueueTabs.ALL, 1,
                Set.of(RequestKind.ONLINE_FILING)))
                .containsExactly("ONLINE_FILING: POST /api/v1/no-such-route is not in the OpenAPI document");
    }
}
