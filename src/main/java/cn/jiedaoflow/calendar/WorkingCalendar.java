package cn.jiedaoflow.calendar;

import cn.jiedaoflow.config.OfficeTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The one calendar every deadline comes from (procedures.md, "Working-day calendar"), and the office's wall clock:
 * the zone in which days are counted and shown ({@code jiedao.calendar.zone}) and the end of office hours
 * ({@code jiedao.calendar.office-hours-end}). Nothing else in the application names a zone or an hour.
 */
public interface WorkingCalendar {

    /** End of office hours of the N-th working day after {@code from}'s date, in the office's zone. */
    Deadline workingDaysFrom(Instant from, int workingDays);

    /** Civil Code art. 201–203: 00:00 after the last day, the last day moved off rest days. */
    Deadline daysFrom(Instant from, int days);

    /** The engine's clock, so that tests can move time. */
    Instant now();

    /** The date of the Spring Festival (春节) in {@code year}, when that year's data was entered. */
    Optional<LocalDate> springFestival(int year);

    /** The zone in which the office counts days and shows times (Asia/Shanghai by default). */
    ZoneId zone();

    /** When office hours end, at which a working-day period ends (17:00 by default). */
    LocalTime officeHoursEnd();

    /** Today's date at the office, by the engine's clock. */
    default LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }

    /** {@code instant} on the office's wall clock, with its offset; {@code null} stays {@code null}. */
    default OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(zone()).toOffsetDateTime();
    }

    /** The end of office hours of {@code date}, as an instant. */
    /** {@code instant} as people read it, on the office's clock to the minute: {@code 2026-12-17 17:00}. */
    default String shown(Instant instant) {
        return OfficeTime.MINUTE.format(local(instant));
    }

    default Instant endOfOfficeHours(LocalDate date) {
        return date.atTime(officeHoursEnd()).atZone(zone()).toInstant();
    }
}
