package cn.jiedaoflow.propertyfee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyFeeRulesTests {

    private final PropertyFeeSettings settings = PropertyFeeSettings.defaults();

    @Test
    void allowsTwoRevisionRoundsInAllAndNoThird() {
        RevisionRounds rounds = settings.revisionRounds();
        assertThat(rounds.capReached(0)).isFalse();
        assertThat(rounds.capReached(1)).isFalse();
        assertThat(rounds.capReached(2)).isTrue();
        assertThat(new RevisionRounds(0).capReached(0)).isTrue();
        assertThatThrownBy(() -> new RevisionRounds(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void barsANewProposalUntilTheSameDaySixMonthsAfterTheFailedVote() {
        FailedVoteBar bar = settings.failedVoteBar();
        LocalDate failed = LocalDate.of(2026, 3, 15);

        assertThat(bar.barredUntil(failed, failed)).contains(LocalDate.of(2026, 9, 15));
        assertThat(bar.barredUntil(failed, LocalDate.of(2026, 9, 14))).contains(LocalDate.of(2026, 9, 15));
        assertThat(bar.barredUntil(failed, LocalDate.of(2026, 9, 15))).isEmpty();
        assertThat(bar.barredUntil(failed, LocalDate.of(2026, 9, 16))).isEmpty();
    }

    @Test
    void theBarIsNamedAsConfigured() {
        assertThat(settings.failedVoteBar().inChinese()).isEqualTo("6 个月");
        assertThat(settings.failedVoteBar().inEnglish()).isEqualTo("6 months");
        assertThat(new FailedVoteBar(Period.of(1, 6, 0)).inChinese()).isEqualTo("1 年 6 个月");
        assertThat(new FailedVoteBar(Period.of(1, 1, 0)).inEnglish()).isEqualTo("1 year 1 month");
        assertThat(new FailedVoteBar(Period.ofDays(90)).inChinese()).isEqualTo("90 日");
        assertThat(new FailedVoteBar(Period.ofDays(1)).inEnglish()).isEqualTo("1 day");
    }

    @Test
    void aFailureOnTheLastDayOfAMonthEndsOnTheLastDayOfTheShorterMonth() {
        FailedVoteBar bar = settings.failedVoteBar();
        LocalDate failed = LocalDate.of(2026, 8, 31);

        assertThat(bar.barredUntil(failed, LocalDate.of(2027, 2, 27))).contains(LocalDate.of(2027, 2, 28));
        assertThat(bar.barredUntil(failed, LocalDate.of(2027, 2, 28))).isEmpty();
    }

    @Test
    void allowsThreeStepsTwelveMonthsApart() {
        List<FeeStep> steps = List.of(step("2026-07-01"), step("2027-07-01"), step("2028-07-01"));
        assertThat(settings.feeSteps().validate(steps)).isEqualTo(steps);
    }

    @Test
    void refusesAFourthStep() {
        List<FeeStep> steps = List.of(step("2026-07-01"), step("2027-07-01"), step("2028-07-01"), step("2029-07-01"));
        assertThatThrownBy(() -> settings.feeSteps().validate(steps))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("最多 3 步")
                .hasMessageContaining("at most 3 fee steps, 4 given");
    }

    @Test
    void refusesAStepOneDayShortOfTwelveMonthsAfterTheOneBefore() {
        List<FeeStep> steps = List.of(step("2026-07-01"), step("2027-06-30"));
        assertThatThrownBy(() -> settings.feeSteps().validate(steps))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("第 2 步")
                .hasMessageContaining("less than P12M after");
    }

    @Test
    void refusesNoStepAtAll() {
        assertThatThrownBy(() -> settings.feeSteps().validate(List.of())).hasMessageContaining("at least one fee step");
        assertThatThrownBy(() -> new FeeStep(null, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE))
                .hasMessageContaining("every fee step needs");
    }

    @Test
    void takesItsPeriodsFromTheSettings() {
        FeeSteps sixMonthly = new FeeSteps(2, Period.ofMonths(6));
        assertThat(sixMonthly.validate(List.of(step("2026-07-01"), step("2027-01-01"))))
                .hasSize(2);
        assertThat(settings.maxSteps()).isEqualTo(3);
        assertThat(settings.publication()).hasDays(7);
    }

    private static FeeStep step(String date) {
        return new FeeStep(
                LocalDate.parse(date), new BigDecimal("2.30"), new BigDecimal("5.00"), new BigDecimal("0.50"));
    }
}
