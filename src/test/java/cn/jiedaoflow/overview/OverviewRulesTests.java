package cn.jiedaoflow.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The overview's counting rules at their boundaries, on Shanghai's clock. */
class OverviewRulesTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void aTaskDueAtFivePmIsDueTodayUntilFiveAndOverdueFromFiveSharp() {
        Instant due = at("2026-12-08T17:00:00");

        assertThat(DueTally.of(List.of(due), at("2026-12-08T16:59:59"), SHANGHAI))
                .isEqualTo(new DueTally(1, 0));
        assertThat(DueTally.of(List.of(due), at("2026-12-08T17:00:00"), SHANGHAI))
                .isEqualTo(new DueTally(0, 1));
    }

    @Test
    void aCalendarDayLimitEndingAtMidnightIsDueTodayAndOverdueFromMidnight() {
        Instant midnight = at("2026-12-09T00:00:00");

        assertThat(DueTally.of(List.of(midnight), at("2026-12-08T23:59:59"), SHANGHAI))
                .as("00:00 after today's date: today is its last day")
                .isEqualTo(new DueTally(1, 0));
        assertThat(DueTally.of(List.of(midnight), at("2026-12-09T00:00:00"), SHANGHAI))
                .isEqualTo(new DueTally(0, 1));
    }

    @Test
    void aTaskDueTomorrowIsNeitherDueTodayNorOverdue() {
        Instant now = at("2026-12-08T09:00:00");

        assertThat(DueTally.of(List.of(at("2026-12-09T00:00:01"), at("2026-12-09T17:00:00")), now, SHANGHAI))
                .isEqualTo(new DueTally(0, 0));
    }

    @Test
    void todayIsShanghaisDayNotUtcs() {
        // 2026-12-08 07:30 in Shanghai is still 2026-12-07 in UTC: a task due 17:00 Shanghai today is due today
        Instant now = at("2026-12-08T07:30:00");

        assertThat(DueTally.of(List.of(at("2026-12-08T17:00:00"), at("2026-12-07T17:00:00")), now, SHANGHAI))
                .isEqualTo(new DueTally(1, 1));
    }

    @Test
    void aRatingOfTwoIsPoorAndOfThreeIsNot() {
        assertThat(RatingTally.of(Map.of(2, 1L)).poor()).isEqualTo(1);
        assertThat(RatingTally.of(Map.of(3, 1L)).poor()).isZero();
        assertThat(RatingTally.of(Map.of(1, 2L, 2, 1L, 3, 4L, 5, 3L)))
                .isEqualTo(new RatingTally(10, new BigDecimal("3.10"), 3));
    }

    @Test
    void theAverageIsRoundedToTwoDecimalsAndAbsentWithoutRatings() {
        assertThat(RatingTally.of(Map.of(4, 2L, 5, 1L)).average()).isEqualByComparingTo("4.33");
        assertThat(RatingTally.of(Map.of())).isEqualTo(new RatingTally(0, null, 0));
    }

    @Test
    void theLastTwelveMonthsEndWithThisOneAndCountByShanghaisMonth() {
        Instant now = at("2026-12-08T09:00:00");
        List<Instant> starts = List.of(
                at("2025-12-31T23:59:59"), // before the first month counted
                at("2026-01-01T00:00:00"),
                at("2026-11-30T23:59:59"),
                at("2026-12-01T00:00:00"),
                at("2026-12-08T08:00:00"));

        List<Count> months = MonthTally.of(starts, now, SHANGHAI);

        assertThat(MonthTally.from(now, SHANGHAI)).isEqualTo(at("2026-01-01T00:00:00"));
        assertThat(months).hasSize(12);
        assertThat(months.get(0)).isEqualTo(new Count("2026-01", "2026-01", 1));
        assertThat(months.get(10)).isEqualTo(new Count("2026-11", "2026-11", 1));
        assertThat(months.get(11)).isEqualTo(new Count("2026-12", "2026-12", 2));
        assertThat(months.stream().mapToLong(Count::value).sum()).isEqualTo(4);
    }

    @Test
    void theMedianIsTheMiddleOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(ActivityHeat.median(List.of())).isNull();
        assertThat(ActivityHeat.median(List.of(30L, 10L, 20L))).isEqualTo(20L);
        assertThat(ActivityHeat.median(List.of(40L, 10L, 30L, 20L))).isEqualTo(25L);
        assertThat(new ActivityHeat("a", "A", 0, 0, 5_400_000L).medianHours()).isEqualByComparingTo("1.5");
    }
}
