package cn.jiedaoflow.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The office's wall clock, set once for the whole application: the zone in which days are counted and times are
 * shown, and the end of office hours, at which a working-day period ends. Every class that turns an instant into a
 * day or a time reads it here (or through the calendar); none names a zone or an hour itself.
 *
 * @param zone           {@code jiedao.calendar.zone}, Asia/Shanghai by default; the JVM runs in it too
 * @param officeHoursEnd {@code jiedao.calendar.office-hours-end}, 17:00 by default
 */
@ConfigurationProperties("jiedao.calendar")
public record OfficeTime(ZoneId zone, LocalTime officeHoursEnd) {

    /** The zone when none is configured: Shanghai's. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public static final LocalTime DEFAULT_OFFICE_HOURS_END = LocalTime.of(17, 0);

    /** How people read a time, to the minute: {@code 2026-12-17 17:00}. */
    public static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The defaults: Shanghai, office hours until 17:00. */
    public static final OfficeTime SHANGHAI = new OfficeTime(null, null);

    public OfficeTime {
        zone = zone == null ? DEFAULT_ZONE : zone;
        officeHoursEnd = officeHoursEnd == null ? DEFAULT_OFFICE_HOURS_END : officeHoursEnd;
    }

    /** {@code instant} on the office's wall clock, with its offset; {@code null} stays {@code null}. */
    public OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    /** {@code instant} as people read it, on the office's clock to the minute: {@code 2026-12-17 17:00}. */
    public String shown(Instant instant) {
        return MINUTE.format(local(instant));
    }

    /** The office's date at {@code instant}. */
    public LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The start of {@code date} at the office (00:00), as an instant. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** The end of office hours of {@code date}, as an instant. */
    public Instant endOfOfficeHours(LocalDate date) {
        return date.atTime(officeHoursEnd).atZone(zone).toInstant();
    }
}
