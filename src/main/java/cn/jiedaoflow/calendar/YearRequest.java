package cn.jiedaoflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A year of holiday data as an administrator enters it ({@code PUT /api/calendar/years/{year}}).
 *
 * @param springFestival the Spring Festival's date, inside the year
 * @param holidays       every public holiday of the year, weekends included
 * @param makeUpWorkdays the weekend days declared working days
 * @param source         the State Council notice the data comes from
 */
record YearRequest(LocalDate springFestival, List<LocalDate> holidays, List<LocalDate> makeUpWorkdays, String source) {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final int SOURCE_MAX_LENGTH = 200;

    YearRequest {
        holidays = holidays == null ? List.of() : new ArrayList<>(holidays);
        makeUpWorkdays = makeUpWorkdays == null ? List.of() : new ArrayList<>(makeUpWorkdays);
    }

    static boolean isSupportedYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** Everything wrong with this payload as the data of {@code year}; empty when it may be stored. */
    List<YearProblem> problems(int year) {
        List<YearProblem> problems = new ArrayList<>();
        if (!isSupportedYear(year)) {
            problems.add(new YearProblem("year", String.valueOf(year), YearProblem.YEAR_OUT_OF_RANGE));
        }
        if (springFestival == null) {
            problems.add(new YearProblem("springFestival", null, YearProblem.MISSING));
        } else if (springFestival.getYear() != year) {
            problems.add(new YearProblem("springFestival", springFestival.toString(), YearProblem.OUTSIDE_YEAR));
        }
        checkDates("holidays", holidays, year, problems);
        checkDates("makeUpWorkdays", makeUpWorkdays, year, problems);
        for (int i = 0; i < makeUpWorkdays.size(); i++) {
            LocalDate day = makeUpWorkdays.get(i);
            if (day != null && !isWeekend(day)) {
                problems.add(
                        new YearProblem("makeUpWorkdays[" + i + "]", day.toString(), YearProblem.NOT_A_WEEKEND_DAY));
            }
        }
        Set<LocalDate> holidaySet = new HashSet<>(holidays);
        for (int i = 0; i < makeUpWorkdays.size(); i++) {
            LocalDate day = makeUpWorkdays.get(i);
            if (day != null && holidaySet.contains(day)) {
                problems.add(new YearProblem(
                        "makeUpWorkdays[" + i + "]", day.toString(), YearProblem.BOTH_HOLIDAY_AND_MAKE_UP));
            }
        }
        if (source != null && source.length() > SOURCE_MAX_LENGTH) {
            problems.add(new YearProblem("source", null, YearProblem.TOO_LONG));
        }
        return problems;
    }

    /** The holidays without repeats, in date order. */
    List<LocalDate> distinctHolidays() {
        return holidays.stream().distinct().sorted().toList();
    }

    /** The make-up working days without repeats, in date order. */
    List<LocalDate> distinctMakeUpWorkdays() {
        return makeUpWorkdays.stream().distinct().sorted().toList();
    }

    private static void checkDates(String field, List<LocalDate> dates, int year, List<YearProblem> problems) {
        for (int i = 0; i < dates.size(); i++) {
            LocalDate day = dates.get(i);
            String at = field + "[" + i + "]";
            if (day == null) {
                problems.add(new YearProblem(at, null, YearProblem.MISSING));
            } else if (day.getYear() != year) {
                problems.add(new YearProblem(at, day.toString(), YearProblem.OUTSIDE_YEAR));
            }
        }
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
