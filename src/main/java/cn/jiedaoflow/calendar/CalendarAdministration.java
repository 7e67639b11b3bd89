package cn.jiedaoflow.calendar;

import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.refusal.Refusal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators read and replace a year's holiday data; nothing else writes the calendar's tables. */
@Service
class CalendarAdministration {

    private static final Logger log = LoggerFactory.getLogger(CalendarAdministration.class);

    private final CalendarYearRepository years;
    private final CalendarDayRepository days;
    private final EngineClock clock;
    private final OfficeTime settings;

    CalendarAdministration(
            CalendarYearRepository years, CalendarDayRepository days, EngineClock clock, OfficeTime settings) {
        this.years = years;
        this.days = days;
        this.clock = clock;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    List<YearSummary> years() {
        return years.findAllByOrderByYearAsc().stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    Optional<YearDetails> year(int year) {
        return years.findById(year).map(row -> details(row, days.findByYearOrderByDateAsc(year)));
    }

    /** Replaces all of {@code year}'s data in one transaction; refuses a payload with any problem. */
    @Transactional
    YearDetails replace(int year, YearRequest request, String updatedBy) {
        List<YearProblem> problems = request.problems(year);
        if (!problems.isEmpty()) {
            throw Refusal.badFields(
                    "calendar.year.invalid",
                    problems.stream().map(YearProblem::asError).toList(),
                    String.valueOf(year),
                    problems.size());
        }
        CalendarYear row = years.findById(year).orElseGet(() -> new CalendarYear(year));
        LocalDateTime now = LocalDateTime.ofInstant(clock.now(), settings.zone());
        row.update(request.springFestival(), request.source(), now, updatedBy);
        years.save(row);
        days.deleteByYear(year);
        List<LocalDate> holidays = request.distinctHolidays();
        List<LocalDate> makeUpWorkdays = request.distinctMakeUpWorkdays();
        days.saveAll(holidays.stream()
                .map(day -> new CalendarDay(day, DayKind.HOLIDAY))
                .toList());
        days.saveAll(makeUpWorkdays.stream()
                .map(day -> new CalendarDay(day, DayKind.MAKEUP_WORKDAY))
                .toList());
        log.info(
                "Holiday data of {} replaced by {}: {} holidays, {} make-up working days (source: {})",
                year,
                updatedBy,
                holidays.size(),
                makeUpWorkdays.size(),
                request.source());
        return new YearDetails(
                year,
                row.springFestival(),
                holidays,
                makeUpWorkdays,
                row.source(),
                row.updatedAt().atZone(settings.zone()).toOffsetDateTime(),
                row.updatedBy());
    }

    private YearSummary summary(CalendarYear row) {
        return new YearSummary(
                row.year(),
                row.springFestival(),
                row.source(),
                row.updatedAt().atZone(settings.zone()).toOffsetDateTime(),
                row.updatedBy());
    }

    private YearDetails details(CalendarYear row, List<CalendarDay> rows) {
        List<LocalDate> holidays = rows.stream()
                .filter(d -> d.kind() == DayKind.HOLIDAY)
                .map(CalendarDay::date)
                .toList();
        List<LocalDate> makeUp = rows.stream()
                .filter(d -> d.kind() == DayKind.MAKEUP_WORKDAY)
                .map(CalendarDay::date)
                .toList();
        return new YearDetails(
                row.year(),
                row.springFestival(),
                holidays,
                makeUp,
                row.source(),
                row.updatedAt().atZone(settings.zone()).toOffsetDateTime(),
                row.updatedBy());
    }
}
