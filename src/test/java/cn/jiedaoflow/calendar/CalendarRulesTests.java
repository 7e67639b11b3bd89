package cn.jiedaoflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class CalendarRulesTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final List<Integer> reportedYears = new ArrayList<>();
    private final CalendarRules rules =
            new CalendarRules(OfficialYears::lookup, SHANGHAI, LocalTime.of(17, 0), reportedYears::add);

    private static Instant at(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }

    private static OffsetDateTime expected(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset);
    }

    @Nested
    class WorkingDays {

        @Test
        void skipsTheNationalDayHolidays() {
            assertThat(rules.workingDaysFrom(at("2026-09-30T10:00+08:00"), 1).at())
                    .isEqualTo(expected("2026-10-08T17:00+08:00"));
            assertThat(rules.workingDaysFrom(at("2026-09-30T10:00+08:00"), 2).at())
                    .isEqualTo(expected("2026-10-09T17:00+08:00"));
        }

        @Test
        void countsMakeUpSaturdaysAsWorkingDays() {
            assertThat(rules.workingDaysFrom(at("2026-02-13T10:00+08:00"), 1).at())
                    .isEqualTo(expected("2026-02-14T17:00+08:00"));
            assertThat(rules.workingDaysFrom(at("2026-02-27T10:00+08:00"), 1).at())
                    .isEqualTo(expected("2026-02-28T17:00+08:00"));
        }

        @Test
        void countsAMakeUpSundayAsAWorkingDay() {
            assertThat(rules.workingDaysFrom(at("2025-01-25T10:00+08:00"), 1).at())
                    .isEqualTo(expected("2025-01-26T17:00+08:00"));
        }

        @Test
        void skipsTheWholeSpringFestivalWeek() {
            assertThat(rules.workingDaysFrom(at("2026-02-14T10:00+08:00"), 1).at())
                    .isEqualTo(expected("2026-02-24T17:00+08:00"));
            assertThat(rules.workingDaysFrom(at("2025-01-27T10:00+08:00"), 1).at())
                    .isEqualTo(expected("2025-02-05T17:00+08:00"));
        }

        @Test
        void crossesTheYearEndIntoTheNewYearHolidaysAndTheMakeUpSunday() {
            Deadline one = rules.workingDaysFrom(at("2025-12-31T10:00+08:00"), 1);
            Deadline two = rules.workingDaysFrom(at("2025-12-31T10:00+08:00"), 2);

            assertThat(one.at()).isEqualTo(expected("2026-01-04T17:00+08:00"));
            assertThat(two.at()).isEqualTo(expected("2026-01-05T17:00+08:00"));
            assertThat(one.provisional()).isFalse();
            assertThat(two.provisional()).isFalse();
        }

        @Test
        void zeroEndsTheSameWorkingDay() {
            assertThat(rules.workingDaysFrom(at("2026-03-06T09:00+08:00"), 0).at())
                    .isEqualTo(expected("2026-03-06T17:00+08:00"));
        }

        @Test
        void zeroOnAWeekendEndsTheNextWorkingDay() {
            assertThat(rules.workingDaysFrom(at("2026-03-07T09:00+08:00"), 0).at())
                    .isEqualTo(expected("2026-03-09T17:00+08:00"));
        }

        @Test
        void zeroOnAHolidayEndsTheFirstWorkingDayAfterIt() {
            assertThat(rules.workingDaysFrom(at("2026-10-01T09:00+08:00"), 0).at())
                    .isEqualTo(expected("2026-10-08T17:00+08:00"));
        }

        @Test
        void countsFromTheLocalDateEvenAfterOfficeHours() {
            assertThat(rules.workingDaysFrom(at("2026-03-06T22:30+08:00"), 1).at())
                    .isEqualTo(expected("2026-03-09T17:00+08:00"));
        }

        @Test
        void readsAnInstantGivenInAnotherOffsetAsShanghaiTime() {
            // 2026-03-05T20:00Z is Friday 2026-03-06 04:00 in Shanghai: one working day is Monday
            assertThat(rules.workingDaysFrom(at("2026-03-05T20:00Z"), 1).at())
                    .isEqualTo(expected("2026-03-09T17:00+08:00"));
            // 2026-03-06T20:00Z is already Saturday 2026-03-07 in Shanghai
            assertThat(rules.workingDaysFrom(at("2026-03-06T20:00Z"), 0).at())
                    .isEqualTo(expected("2026-03-09T17:00+08:00"));
        }

        @Test
        void answersAtOffsetPlusEight() {
            // Friday 20:00 in New York is Saturday 09:00 in Shanghai: Monday, Tuesday, Wednesday
            OffsetDateTime deadline =
                    rules.workingDaysFrom(at("2026-03-06T20:00-05:00"), 3).at();

            assertThat(deadline.getOffset().getId()).isEqualTo("+08:00");
            assertThat(deadline).isEqualTo(expected("2026-03-11T17:00+08:00"));
        }

        @Test
        void endsAtTheConfiguredEndOfOfficeHours() {
            CalendarRules lateOffice =
                    new CalendarRules(OfficialYears::lookup, SHANGHAI, LocalTime.of(17, 30), year -> {});

            assertThat(lateOffice
                            .workingDaysFrom(at("2026-03-06T09:00+08:00"), 1)
                            .at())
                    .isEqualTo(expected("2026-03-09T17:30+08:00"));
        }

        @Test
        void refusesANegativeCount() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> rules.workingDaysFrom(at("2026-03-06T09:00+08:00"), -1));
        }
    }

    @Nested
    class CalendarDays {

        @Test
        void movesALastDayOnAWeekendToMondayAndEndsAtMidnightAfterIt() {
            Deadline deadline = rules.daysFrom(at("2026-03-06T09:00+08:00"), 15);

            assertThat(deadline.at()).isEqualTo(expected("2026-03-24T00:00+08:00"));
            assertThat(deadline.provisional()).isFalse();
        }

        @Test
        void endsAtMidnightAfterALastDayThatIsAWorkingDay() {
            assertThat(rules.daysFrom(at("2026-03-06T09:00+08:00"), 5).at())
                    .isEqualTo(expected("2026-03-12T00:00+08:00"));
        }

        @Test
        void movesALastDayOnAHolidayPastTheHolidays() {
            // 2026-09-24 + 7 = 2026-10-01, a holiday until Oct 7
            assertThat(rules.daysFrom(at("2026-09-24T09:00+08:00"), 7).at())
                    .isEqualTo(expected("2026-10-09T00:00+08:00"));
        }

        @Test
        void keepsALastDayOnAMakeUpSaturday() {
            assertThat(rules.daysFrom(at("2026-02-27T09:00+08:00"), 1).at())
                    .isEqualTo(expected("2026-03-01T00:00+08:00"));
        }

        @Test
        void zeroDaysEndsAtMidnightAfterTheSameWorkingDay() {
            assertThat(rules.daysFrom(at("2026-03-06T09:00+08:00"), 0).at())
                    .isEqualTo(expected("2026-03-07T00:00+08:00"));
        }

        @Test
        void zeroDaysOnASaturdayEndsAfterMonday() {
            assertThat(rules.daysFrom(at("2026-03-07T09:00+08:00"), 0).at())
                    .isEqualTo(expected("2026-03-10T00:00+08:00"));
        }

        @Test
        void countsFromTheShanghaiDate() {
            // 2026-03-05T20:00Z is 2026-03-06 in Shanghai
            assertThat(rules.daysFrom(at("2026-03-05T20:00Z"), 15).at()).isEqualTo(expected("2026-03-24T00:00+08:00"));
        }
    }

    @Nested
    class YearsWithoutData {

        @Test
        void countsMondayToFridayAndMarksTheDeadlineProvisional() {
            Deadline deadline = rules.workingDaysFrom(at("2030-03-01T09:00+08:00"), 1);

            assertThat(deadline.at()).isEqualTo(expected("2030-03-04T17:00+08:00"));
            assertThat(deadline.provisional()).isTrue();
        }

        @Test
        void marksACalendarDayPeriodEndingInSuchAYearProvisional() {
            Deadline deadline = rules.daysFrom(at("2030-03-01T09:00+08:00"), 1);

            assertThat(deadline.at()).isEqualTo(expected("2030-03-05T00:00+08:00"));
            assertThat(deadline.provisional()).isTrue();
        }

        @Test
        void marksAPeriodRunningIntoSuchAYearProvisional() {
            Deadline deadline = rules.workingDaysFrom(at("2026-12-31T09:00+08:00"), 2);

            assertThat(deadline.at()).isEqualTo(expected("2027-01-04T17:00+08:00"));
            assertThat(deadline.provisional()).isTrue();
        }

        @Test
        void reportsEachMissingYearOnce() {
            rules.workingDaysFrom(at("2030-03-01T09:00+08:00"), 1);
            rules.workingDaysFrom(at("2030-06-03T09:00+08:00"), 20);
            rules.daysFrom(at("2030-03-01T09:00+08:00"), 10);
            rules.workingDaysFrom(at("2031-03-03T09:00+08:00"), 1);
            rules.workingDaysFrom(at("2026-03-06T09:00+08:00"), 1);

            assertThat(reportedYears).containsExactly(2030, 2031);
        }
    }

    @Nested
    class MissingYearWarning {

        private final Logger logger = (Logger) LoggerFactory.getLogger(CalendarRules.class);
        private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

        @AfterEach
        void detach() {
            logger.detachAppender(appender);
        }

        @Test
        void isLoggedOnceAsAWarning() {
            appender.start();
            logger.addAppender(appender);
            CalendarRules withDefaultWarning = new CalendarRules(OfficialYears::lookup, SHANGHAI, LocalTime.of(17, 0));

            withDefaultWarning.workingDaysFrom(at("2030-03-01T09:00+08:00"), 1);
            withDefaultWarning.workingDaysFrom(at("2030-03-01T09:00+08:00"), 5);

            assertThat(appender.list).singleElement().satisfies(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.WARN);
                assertThat(event.getFormattedMessage()).contains("2030");
            });
        }
    }
}
