package cn.jiedaoflow.calendar;

import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The calendar's settings: the zone in which days are counted and the end of office hours, at which a
 * working-day period ends.
 *
 * @param zone           {@code jiedao.calendar.zone}, Asia/Shanghai by default
 * @param officeHoursEnd {@code jiedao.calendar.office-hours-end}, 17:00 by default
 */
@ConfigurationProperties("jiedao.calendar")
record CalendarSettings(ZoneId zone, LocalTime officeHoursEnd) {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalTime DEFAULT_OFFICE_HOURS_END = LocalTime.of(17, 0);

    CalendarSettings {
        zone = zone == null ? DEFAULT_ZONE : zone;
        officeHoursEnd = officeHoursEnd == null ? DEFAULT_OFFICE_HOURS_END : officeHoursEnd;
    }
}
