package cn.jiedaoflow.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working-day calendar's rules (procedures.md, "Working-day calendar"), free of any framework.
 *
 * <p>A working day is Monday to Friday minus the public holidays, plus the make-up working days. A year
 * without data falls back to Monday to Friday: the deadline is then provisional, and the year is reported
 * once to the missing-year callback (by default a warning in the log) for the life of this object.
 */
final class CalendarRules {

    private static final Logger log = LoggerFactory.getLogger(CalendarRules.class);

    /** No period of up to 365 days ever needs to look further than this; more means broken data. */
    private static final int MAX_DAYS_SCANNED = 10 * 366;

    private final YearDataLookup lookup;
    private final ZoneId zone;
    private final LocalTime officeHoursEnd;
    private final IntConsumer missingYearReport;
    private final Set<Integer> reportedYears = ConcurrentHashMap.newKeySet();

    CalendarRules(YearDataLookup lookup, ZoneId zone, LocalTime officeHoursEnd) {
        this(lookup, zone, officeHoursEnd, CalendarRules::warnMissingYear);
    }

    CalendarRules(YearDataLookup lookup, ZoneId zone, LocalTime officeHoursEnd, IntConsumer missingYearReport) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.officeHoursEnd = Objects.requireNonNull(officeHoursEnd, "officeHoursEnd");
        this.missingYearReport = Objects.requireNonNull(missingYearReport, "missingYearReport");
    }

    /**
     * End of office hours of the N-th working day after {@code from}'s local date; {@code from}'s own day
     * never counts. With N = 0, the end of office hours of that day if it is a working day, else of the
     * next working day.
     */
    Deadline workingDaysFrom(Instant from, int workingDays) {
        requireNotNegative(workingDays);
        Computation computation = new Computation();
        LocalDate day = localDate(from);
        if (workingDays == 0) {
            day = computation.firstWorkingDayFrom(day);
        } else {
            int counted = 0;
            while (counted < workingDays) {
                day = day.plusDays(1);
                if (computation.isWorkingDay(day)) {
                    counted++;
                }
                computation.checkScanLimit();
            }
        }
        return new Deadline(day.atTime(officeHoursEnd).atZone(zone).toOffsetDateTime(), computation.provisional);
    }

    /**
     * Civil Code art. 201–203: the last day is {@code from}'s local date plus N; a last day that is a rest
     * day moves to the next working day; the period ends at 24:00 of the last day, that is 00:00 of the
     * day after.
     */
    Deadline daysFrom(Instant from, int days) {
        requireNotNegative(days);
        Computation computation = new Computation();
        LocalDate lastDay = computation.firstWorkingDayFrom(localDate(from).plusDays(days));
        OffsetDateTime end = lastDay.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        return new Deadline(end, computation.provisional);
    }

    private LocalDate localDate(Instant instant) {
        return Objects.requireNonNull(instant, "from").atZone(zone).toLocalDate();
    }

    private static void requireNotNegative(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("A period cannot be negative: " + count);
        }
    }

    private static void warnMissingYear(int year) {
        log.warn(
                "No holiday data for {}: counting Monday to Friday as working days; deadlines in {} are "
                        + "provisional until an administrator enters that year's State Council notice",
                year,
                year);
    }

    /** One deadline's look at the calendar: each year is looked up once, and a missing one is noted. */
    private final class Computation {

        private final Map<Integer, Optional<YearData>> years = new HashMap<>();
        private boolean provisional;
        private int scanned;

        LocalDate firstWorkingDayFrom(LocalDate day) {
            LocalDate candidate = day;
            while (!isWorkingDay(candidate)) {
                candidate = candidate.plusDays(1);
                checkScanLimit();
            }
            return candidate;
        }

        boolean isWorkingDay(LocalDate day) {
            Optional<YearData> data = years.computeIfAbsent(day.getYear(), this::load);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (data.isEmpty()) {
                return !weekend;
            }
            if (data.get().holidays().contains(day)) {
                return false;
            }
            return !weekend || data.get().makeUpWorkdays().contains(day);
        }

        void checkScanLimit() {
            if (++scanned > MAX_DAYS_SCANNED) {
                throw new IllegalStateException(
                        "No working day found within " + MAX_DAYS_SCANNED + " days: the holiday data is broken");
            }
        }

        private Optional<YearData> load(int year) {
            Optional<YearData> data = lookup.find(year);
            if (data.isEmpty()) {
                provisional = true;
                if (reportedYears.add(year)) {
                    missingYearReport.accept(year);
                }
            }
            return data;
        }
    }
}
