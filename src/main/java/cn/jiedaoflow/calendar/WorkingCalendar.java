package cn.jiedaoflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The one calendar every deadline comes from (procedures.md, "Working-day calendar").
 */
public interface WorkingCalendar {

    /** End of office hours of the N-th working day after {@code from}'s date (Asia/Shanghai). */
    Deadline workingDaysFrom(Instant from, int workingDays);

    /** Civil Code art. 201–203: 00:00 after the last day, the last day moved off rest days. */
    Deadline daysFrom(Instant from, int days);

    /** The engine's clock, so that tests can move time. */
    Instant now();

    /** The date of the Spring Festival (春节) in {@code year}, when that year's data was entered. */
    Optional<LocalDate> springFestival(int year);
}
