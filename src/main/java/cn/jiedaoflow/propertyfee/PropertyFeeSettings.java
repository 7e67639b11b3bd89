package cn.jiedaoflow.propertyfee;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configurable periods of the property-fee adjustment (procedures.md §1), under
 * {@code jiedao.property-fee.*}. Calendar-day periods ({@code publication}, {@code opinion-window},
 * {@code result-publication}) are counted in whole days by the working-day calendar's calendar-day rule;
 * {@code supervision-evaluation-working-days} in working days from the moment the evaluation task is created.
 */
@ConfigurationProperties("jiedao.property-fee")
record PropertyFeeSettings(
        @DefaultValue("P7D") Duration publication,
        @DefaultValue("P7D") Duration opinionWindow,
        @DefaultValue("2") int maxRevisionRounds,
        @DefaultValue("P6M") Period noNewProposalAfterFailedVote,
        @DefaultValue("P12M") Period supervisionAfter,
        @DefaultValue("P12M") Period minStepInterval,
        @DefaultValue("3") int maxSteps,
        @DefaultValue("P7D") Duration resultPublication,
        @DefaultValue("15") int supervisionEvaluationWorkingDays) {

    /** The values procedures.md gives, for code that runs without Spring (process tests). */
    static PropertyFeeSettings defaults() {
        return new PropertyFeeSettings(
                Duration.ofDays(7),
                Duration.ofDays(7),
                2,
                Period.ofMonths(6),
                Period.ofMonths(12),
                Period.ofMonths(12),
                3,
                Duration.ofDays(7),
                15);
    }

    RevisionRounds revisionRounds() {
        return new RevisionRounds(maxRevisionRounds);
    }

    FeeSteps feeSteps() {
        return new FeeSteps(maxSteps, minStepInterval);
    }

    FailedVoteBar failedVoteBar() {
        return new FailedVoteBar(noNewProposalAfterFailedVote);
    }
}
