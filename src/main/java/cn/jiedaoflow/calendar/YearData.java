package cn.jiedaoflow.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One year of the State Council's holiday notice: the public holidays and the weekend days declared
 * make-up working days (调休上班), with the date of that year's Spring Festival.
 */
record YearData(int year, LocalDate springFestival, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {

    YearData {
        Objects.requireNonNull(springFestival, "springFestival");
        holidays = Set.copyOf(holidays);
        makeUpWorkdays = Set.copyOf(makeUpWorkdays);
    }
}
