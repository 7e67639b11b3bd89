package cn.jiedaoflow.calendar;

import cn.jiedaoflow.config.OfficeTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link WorkingCalendar} on the {@code calendar_year} and {@code calendar_day} tables. The data is
 * read for each deadline, so a year an administrator enters counts at once, on every node.
 */
@Service
@Transactional(readOnly = true)
class DatabaseWorkingCalendar implements WorkingCalendar {

    private final CalendarYearRepository years;
    private final CalendarDayRepository days;
    private final EngineClock clock;
    private final CalendarRules rules;
    private final OfficeTime settings;

    DatabaseWorkingCalendar(
            CalendarYearRepository years, CalendarDayRepository days, EngineClock clock, OfficeTime settings) {
        this.years = years;
        this.days = days;
        this.clock = clock;
        this.settings = settings;
        this.rules = new CalendarRules(this::yearData, settings.zone(), settings.officeHoursEnd());
    }

    @Override
    public Deadline workingDaysFrom(Instant from, int workingDays) {
        return rules.workingDaysFrom(from, workingDays);
    }

    @Override
    public Deadline daysFrom(Instant from, int days) {
        return rules.daysFrom(from, days);
    }

    @Override
    public Instant now() {
        return clock.now();
    }

    @Override
    public Optional<LocalDate> springFestival(int year) {
        return years.findById(year).map(CalendarYear::springFestival);
    }

    @Override
    public ZoneId zone() {
        return settings.zone();
    }

    @Override
    public LocalTime officeHoursEnd() {
        return settings.officeHoursEnd();
    }

    Optional<YearData> yearData(int year) {
        return years.findById(year).map(row -> toYearData(row, days.findByYearOrderByDateAsc(year)));
    }

    static YearData toYearData(CalendarYear year, List<CalendarDay> rows) {
        Map<DayKind, Set<LocalDate>> byKind = new EnumMap<>(DayKind.class);
        for (DayKind kind : DayKind.values()) {
            byKind.put(kind, new HashSet<>());
        }
        rows.forEach(row -> byKind.get(row.kind()).add(row.date()));
        return new YearData(
                year.year(), year.springFestival(), byKind.get(DayKind.HOLIDAY), byKind.get(DayKind.MAKEUP_WORKDAY));
    }
}
