package cn.jiedaoflow.fakes;

import cn.jiedaoflow.calendar.Deadline;
import cn.jiedaoflow.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A stand-in for the working-day calendar in process tests: Monday to Friday without holidays, office
 * hours until 17:00, calendar-day periods moved off weekends, and the engine's clock.
 */
public class WeekdayCalendar implements WorkingCalendar {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final LocalDate provisionalFrom;

    public WeekdayCalendar() {
        this(LocalDate.MAX);
    }

    /** A calendar whose deadlines on or after {@code provisionalFrom} are provisional (no holiday data yet). */
    public WeekdayCalendar(LocalDate provisionalFrom) {
        this.provisionalFrom = provisionalFrom;
    }

    @Override
    public Deadline workingDaysFrom(Instant from, int workingDays) {
        LocalDate day = from.atZone(SHANGHAI).toLocalDate();
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (!isWeekend(day)) {
                counted++;
            }
        }
        return deadline(day.atTime(LocalTime.of(17, 0)).atZone(SHANGHAI).toOffsetDateTime());
    }

    @Override
    public Deadline daysFrom(Instant from, int days) {
        LocalDate lastDay = from.atZone(SHANGHAI).toLocalDate().plusDays(days);
        while (isWeekend(lastDay)) {
            lastDay = lastDay.plusDays(1);
        }
        return deadline(lastDay.plusDays(1).atStartOfDay(SHANGHAI).toOffsetDateTime());
    }

    @Override
    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public ZoneId zone() {
        return SHANGHAI;
    }

    @Override
    public LocalTime officeHoursEnd() {
        return LocalTime.of(17, 0);
    }

    /** Spring Festival dates are not needed here; without {@code @Override} so both calendar contracts compile. */
    public Optional<LocalDate> springFestival(int year) {
        return Optional.empty();
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private Deadline deadline(OffsetDateTime at) {
        return new Deadline(at, !at.toLocalDate().isBefore(provisionalFrom));
    }
}
