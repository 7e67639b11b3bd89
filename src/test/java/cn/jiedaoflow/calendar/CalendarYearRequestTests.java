package cn.jiedaoflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarYearRequestTests {

    private static List<LocalDate> dates(String... isoDates) {
        return Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    private static YearRequest valid2027() {
        return new YearRequest(
                LocalDate.parse("2027-02-06"),
                dates("2027-01-01", "2027-02-05", "2027-02-06"),
                dates("2027-02-14"),
                "国办发明电〔2026〕");
    }

    @Test
    void acceptsAYearWhoseDatesAllLieInsideIt() {
        assertThat(valid2027().problems(2027)).isEmpty();
    }

    @Test
    void acceptsAYearWithoutMakeUpDaysOrSource() {
        YearRequest request = new YearRequest(LocalDate.parse("2027-02-06"), dates("2027-01-01"), null, null);

        assertThat(request.problems(2027)).isEmpty();
    }

    @Test
    void refusesAHolidayOfAnotherYear() {
        YearRequest request =
                new YearRequest(LocalDate.parse("2027-02-06"), dates("2027-01-01", "2026-12-31"), List.of(), null);

        assertThat(request.problems(2027))
                .extracting(YearProblem::field, YearProblem::value, YearProblem::reason)
                .containsExactly(tuple("holidays[1]", "2026-12-31", YearProblem.OUTSIDE_YEAR));
    }

    @Test
    void refusesAMakeUpDayOfAnotherYear() {
        YearRequest request = new YearRequest(LocalDate.parse("2027-02-06"), List.of(), dates("2028-01-01"), null);

        assertThat(request.problems(2027))
                .extracting(YearProblem::field, YearProblem::reason)
                .containsExactly(tuple("makeUpWorkdays[0]", YearProblem.OUTSIDE_YEAR));
    }

    @Test
    void refusesASpringFestivalOutsideTheYearOrMissing() {
        YearRequest outside = new YearRequest(LocalDate.parse("2026-02-17"), List.of(), List.of(), null);
        YearRequest missing = new YearRequest(null, List.of(), List.of(), null);

        assertThat(outside.problems(2027))
                .extracting(YearProblem::field, YearProblem::reason)
                .containsExactly(tuple("springFestival", YearProblem.OUTSIDE_YEAR));
        assertThat(missing.problems(2027))
                .extracting(YearProblem::field, YearProblem::reason)
                .containsExactly(tuple("springFestival", YearProblem.MISSING));
    }

    @Test
    void refusesADateThatIsBothHolidayAndMakeUpDay() {
        YearRequest request = new YearRequest(
                LocalDate.parse("2027-02-06"), dates("2027-02-06", "2027-02-07"), dates("2027-02-07"), null);

        assertThat(request.problems(2027))
                .extracting(YearProblem::field, YearProblem::value, YearProblem::reason)
                .containsExactly(tuple("makeUpWorkdays[0]", "2027-02-07", YearProblem.BOTH_HOLIDAY_AND_MAKE_UP));
    }

    @Test
    void refusesAMakeUpDayOnAWeekday() {
        // 2027-02-10 is a Wednesday: it is a working day anyway
        YearRequest request = new YearRequest(LocalDate.parse("2027-02-06"), List.of(), dates("2027-02-10"), null);

        assertThat(request.problems(2027))
                .extracting(YearProblem::reason)
                .containsExactly(YearProblem.NOT_A_WEEKEND_DAY);
    }

    @Test
    void refusesAYearOutside2000To2100() {
        YearRequest request = new YearRequest(LocalDate.parse("2101-01-30"), List.of(), List.of(), null);

        assertThat(request.problems(2101))
                .extracting(YearProblem::reason)
                .containsExactly(YearProblem.YEAR_OUT_OF_RANGE);
        assertThat(YearRequest.isSupportedYear(1999)).isFalse();
        assertThat(YearRequest.isSupportedYear(2000)).isTrue();
        assertThat(YearRequest.isSupportedYear(2100)).isTrue();
    }

    @Test
    void refusesAMissingDateInAList() {
        YearRequest request = new YearRequest(
                LocalDate.parse("2027-02-06"), Arrays.asList(LocalDate.parse("2027-01-01"), null), List.of(), null);

        assertThat(request.problems(2027))
                .extracting(YearProblem::field, YearProblem::reason)
                .containsExactly(tuple("holidays[1]", YearProblem.MISSING));
    }

    @Test
    void refusesASourceLongerThanTheColumn() {
        YearRequest request = new YearRequest(LocalDate.parse("2027-02-06"), List.of(), List.of(), "国".repeat(201));

        assertThat(request.problems(2027)).extracting(YearProblem::field).containsExactly("source");
    }

    @Test
    void listsEveryProblemAtOnce() {
        YearRequest request = new YearRequest(
                LocalDate.parse("2026-02-17"),
                dates("2026-10-01", "2027-10-01"),
                dates("2027-10-01", "2027-10-13"),
                null);

        assertThat(request.problems(2027))
                .extracting(YearProblem::field)
                .containsExactly(
                        "springFestival", "holidays[0]", "makeUpWorkdays[0]", "makeUpWorkdays[1]", "makeUpWorkdays[0]");
    }

    @Test
    void storesEachDateOnceInOrder() {
        YearRequest request = new YearRequest(
                LocalDate.parse("2027-02-06"), dates("2027-02-06", "2027-01-01", "2027-02-06"), List.of(), null);

        assertThat(request.distinctHolidays())
                .containsExactly(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-02-06"));
    }

    @Test
    void describesAProblemForTheErrorsList() {
        assertThat(new YearProblem("holidays[1]", "2026-12-31", YearProblem.OUTSIDE_YEAR).asError())
                .containsExactly(
                        entry("field", "holidays[1]"), entry("value", "2026-12-31"), entry("reason", "outside-year"));
    }
}
