package cn.jiedaoflow.calendar;

/** What a {@link CalendarDay} row says about its date. */
enum DayKind {
    /** A public holiday: not a working day, whatever the weekday. */
    HOLIDAY,
    /** A weekend day declared a working day (调休上班). */
    MAKEUP_WORKDAY
}
