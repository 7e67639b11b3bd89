package cn.jiedaoflow.calendar;

import java.util.Optional;

/** Where {@link CalendarRules} finds the holiday data of a year; empty when none was entered. */
@FunctionalInterface
interface YearDataLookup {

    Optional<YearData> find(int year);
}
