package cn.jiedaoflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedaoflow.fakes.WeekdayCalendar;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The calendar as models use it: counted from the engine's clock, 1 to 366 days ahead. */
class OfficeCalendarTests {

    private final OfficeCalendar calendar = new OfficeCalendar(new WeekdayCalendar());

    @BeforeEach
    void aFridayMorning() {
        ClockUtil.setCurrentTime(date("2026-03-06T10:00:00+08:00"));
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void countsWorkingDaysToTheEndOfOfficeHoursAndCalendarDaysToMidnightAfter() {
        assertThat(calendar.workingDaysFromNow(1)).isEqualTo(date("2026-03-09T17:00:00+08:00"));
        assertThat(calendar.daysFromNow(15)).isEqualTo(date("2026-03-24T00:00:00+08:00"));
    }

    @Test
    void countsOneToAYearOfDaysAndRefusesTheRest() {
        assertThat(calendar.workingDaysFromNow(OfficeCalendar.MOST_DAYS)).isNotNull();
        assertThat(calendar.daysFromNow(1)).isEqualTo(date("2026-03-10T00:00:00+08:00")); // Sat 7th moved to Mon 9th

        assertThatThrownBy(() -> calendar.workingDaysFromNow(0)).hasMessageContaining("1 to 366");
        assertThatThrownBy(() -> calendar.daysFromNow(OfficeCalendar.MOST_DAYS + 1))
                .hasMessageContaining("not 367");
    }

    private static Date date(String text) {
        return Date.from(OffsetDateTime.parse(text).toInstant());
    }
}
