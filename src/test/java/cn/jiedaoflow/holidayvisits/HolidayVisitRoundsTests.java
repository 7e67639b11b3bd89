package cn.jiedaoflow.holidayvisits;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.fakes.WeekdayCalendar;
import cn.jiedaoflow.veterans.KeyCareVeterans.KeyCareVeteran;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Planning a round of holiday visits ({@link HolidayVisitRounds}), without an engine. */
class HolidayVisitRoundsTests {

    private static final List<KeyCareVeteran> KEY_CARE =
            List.of(new KeyCareVeteran(1, "SN-0001", "周建国", "13800000101", "长宁区程家桥路 100 弄 1 号 101 室"));

    /** A calendar with 2026's Spring Festival and office hours that end at {@code officeHoursEnd}. */
    private static WeekdayCalendar calendar(LocalTime officeHoursEnd) {
        return new WeekdayCalendar() {
            @Override
            public Optional<LocalDate> springFestival(int year) {
                return year == 2026 ? Optional.of(LocalDate.of(2026, 2, 17)) : Optional.empty();
            }

            @Override
            public LocalTime officeHoursEnd() {
                return officeHoursEnd;
            }
        };
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theRoundTenDaysBeforeTheSpringFestivalIsDueAtTheEndOfOfficeHoursOfTheDayBefore() {
        at("2026-02-07T08:00:00+08:00");

        PlannedRound round = new HolidayVisitRounds(calendar(LocalTime.of(17, 0)), () -> KEY_CARE, 10)
                .dueToday(key -> false)
                .orElseThrow();

        assertThat(round.visitsDue())
                .isEqualTo(OffsetDateTime.parse("2026-02-16T17:00:00+08:00").toInstant());
        Map<String, Object> variables = round.asVariables();
        assertThat(variables)
                .containsEntry(HolidayVisits.VAR_TRACKING_NUMBER, "HV-2026-SPRING_FESTIVAL")
                .containsEntry(HolidayVisits.VAR_APPLICANT_NAME, "春节")
                .containsEntry(HolidayVisits.VAR_FESTIVAL_DATE, "2026-02-17");
        assertThat((List<?>) variables.get(HolidayVisits.VAR_VISITS)).hasSize(1);
    }

    @Test
    void theDueTimeFollowsTheOfficesHours() {
        at("2026-07-22T08:00:00+08:00");

        PlannedRound round = new HolidayVisitRounds(calendar(LocalTime.of(17, 30)), () -> KEY_CARE, 10)
                .dueToday(key -> false)
                .orElseThrow();

        assertThat(round.visitsDue())
                .isEqualTo(OffsetDateTime.parse("2026-07-31T17:30:00+08:00").toInstant());
    }

    @Test
    void aRoundAlreadyStartedOrADayOutsideTheLeadPlansNothing() {
        HolidayVisitRounds rounds = new HolidayVisitRounds(calendar(LocalTime.of(17, 0)), () -> KEY_CARE, 10);

        at("2026-07-23T08:00:00+08:00");
        assertThat(rounds.dueToday(Set.of("HV-2026-ARMY_DAY")::contains)).isEmpty();
        at("2026-07-21T08:00:00+08:00");
        assertThat(rounds.dueToday(key -> false)).isEmpty();
    }

    private static void at(String offsetDateTime) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(offsetDateTime).toInstant()));
    }
}
