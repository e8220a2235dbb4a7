package org.courtdesk.app.ui.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.courtdesk.app.testing.Fixtures;
import org.courtdesk.app.ui.FakeWorkspace;
import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.reading.ReadingMode;
import org.courtdesk.model.reading.ReviewOpinion;
import org.junit.jupiter.api.Test;

/** Approving an on-site request starts the window on the applicant's 预约时间 while it is still ahead (seed 000 §3.5). */
class ReviewFormProposedTimeTest {

    static final LocalDate TODAY = Fixtures.TODAY;

    private static ReadingRequestView onSite(LocalDateTime proposed) {
        ReadingRequestView v = Fixtures.request(1, 1);
        return new ReadingRequestView(v.id(), v.applicationNo(), v.caseNumber(), v.caseTitle(), v.courtCode(),
                v.courtName(), v.applicantId(), v.applicantName(), v.applicantRole(), v.applicationDate(),
                v.submittedAt(), v.content(), v.reason(), ReadingMode.ON_SITE, false, v.status(), v.version(),
                v.judgeName(), null, null, v.materials(), v.audit(), 1, proposed);
    }

    private static ReviewFormModel approve(ReadingRequestView v) {
        ReviewFormModel m = new ReviewFormModel(new FakeWorkspace(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC)), Runnable::run, Runnable::run);
        m.load(v, null, TODAY);
        m.opinionProperty().set(ReviewOpinion.AGREE);
        return m;
    }

    @Test
    void theWindowStartsOnTheProposedDay() {
        ReviewFormModel m = approve(onSite(TODAY.plusDays(5).atTime(9, 30)));
        assertThat(m.modeProperty().get()).isEqualTo(ReadingMode.ON_SITE);
        assertThat(m.onSiteStartProperty().get()).isEqualTo(TODAY.plusDays(5));
        assertThat(m.onSiteEndProperty().get()).isEqualTo(TODAY.plusDays(6));
    }

    @Test
    void aProposalAlreadyPastOrNoneStartsTomorrow() {
        assertThat(approve(onSite(TODAY.minusDays(1).atTime(9, 0))).onSiteStartProperty().get())
                .isEqualTo(TODAY.plusDays(1));
        assertThat(approve(onSite(null)).onSiteStartProperty().get()).isEqualTo(TODAY.plusDays(1));
    }
}
