package cn.jiedaoflow.propertyfee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.jiedaoflow.cases.TrackingNumbers;
import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.fakes.WeekdayCalendar;
import cn.jiedaoflow.scope.StaffScopes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.OptionalLong;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code Task_CheckProposal}'s rules ({@link FeeProposals#check}), without an engine. */
class FeeProposalsTests {

    private static final long ESTATE = 7L;

    private final InMemoryFeeProposals table = new InMemoryFeeProposals();
    private final StaffScopes scopes = mock(StaffScopes.class);
    private final FeeProposals proposals = new FeeProposals(
            table,
            new TrackingNumbers(OfficeTime.SHANGHAI),
            new WeekdayCalendar(),
            PropertyFeeSettings.defaults(),
            estateId -> OptionalLong.of(120),
            scopes);

    @BeforeEach
    void friday() {
        ClockUtil.setCurrentTime(Date.from(at("2026-03-06T10:00:00+08:00")));
        when(scopes.areaOf(anyLong())).thenReturn(Optional.of(3L));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void recordsTheProposalWithItsAreaAndProposerAndPublishesTheListsForSevenCalendarDays() {
        ProposalCheck check = proposals.check("PF-20260306-K7Q2MX", ESTATE, "owners-committee");

        assertThat(check.refused()).isFalse();
        // seven days from Friday 6 March: the last day is Friday 13 March, so the publication ends at 00:00 on the 14th
        assertThat(check.publicationEnds().at()).isEqualTo(OffsetDateTime.parse("2026-03-14T00:00:00+08:00"));
        assertThat(table.findByTrackingNumber("PF-20260306-K7Q2MX"))
                .get()
                .extracting(FeeProposal::getEstateId, FeeProposal::getResidentsAreaId, FeeProposal::getProposedBy)
                .containsExactly(ESTATE, 3L, "owners-committee");
        assertThat(check.asVariables())
                .containsEntry(PropertyFeeAdjustment.VAR_REFUSED_WITHIN_SIX_MONTHS, false)
                .containsEntry(PropertyFeeAdjustment.VAR_REVISION_ROUND, 0)
                .containsEntry(PropertyFeeAdjustment.VAR_REVISION_CAP_REACHED, false)
                .doesNotContainKey(PropertyFeeAdjustment.VAR_REFUSAL_REASON);
    }

    @Test
    void refusesWithinTheBarAfterAFailedVoteAndRecordsNothing() {
        FeeProposal failed = new FeeProposal("PF-20250910-AAAAAA", ESTATE, Instant.parse("2025-08-01T00:00:00Z"));
        failed.voted(VoteOutcome.REJECTED, at("2025-09-10T16:00:00+08:00"));
        table.save(failed);

        ProposalCheck check = proposals.check(null, ESTATE, "property-company");

        assertThat(check.refused()).isTrue();
        assertThat(check.trackingNumber()).matches("PF-20260306-[A-Z2-9]{6}");
        assertThat(check.refusalReason()).startsWith("小区 7 的物业费调价表决未通过不满 6 个月，2026-03-10 起方可再次提出调价方案。");
        assertThat(check.asVariables())
                .containsEntry(PropertyFeeAdjustment.VAR_REFUSED_WITHIN_SIX_MONTHS, true)
                .doesNotContainKey(PropertyFeeAdjustment.VAR_PUBLICATION_ENDS);
        assertThat(table.findByTrackingNumber(check.trackingNumber())).isEmpty();
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
