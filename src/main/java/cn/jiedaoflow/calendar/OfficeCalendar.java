package cn.jiedaoflow.calendar;

import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The working-day calendar as models use it in expressions, so that a designer gives a task a deadline without
 * Java: {@code camunda:dueDate="${officeCalendar.workingDaysFromNow(5)}"}, or a timer's date. Both count from the
 * engine's clock by {@link WorkingCalendar}'s rules (procedures.md, "Working-day calendar").
 */
@Component("officeCalendar")
public class OfficeCalendar {

    /** The most a model may count ahead: a year of working days, beyond any published calendar anyway. */
    static final int MOST_DAYS = 366;

    private final WorkingCalendar calendar;

    public OfficeCalendar(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The end of office hours of the {@code workingDays}-th working day after today. */
    public Date workingDaysFromNow(int workingDays) {
        return calendar.workingDaysFrom(calendar.now(), checked(workingDays)).asDate();
    }

    /** 00:00 after the {@code days}-th calendar day after today, moved off rest days (Civil Code art. 201–203). */
    public Date daysFromNow(int days) {
        return calendar.daysFrom(calendar.now(), checked(days)).asDate();
    }

    static int checked(int days) {
        if (days < 1 || days > MOST_DAYS) {
            throw new IllegalArgumentException("a model counts 1 to " + MOST_DAYS + " days ahead, not " + days);
        }
        return days;
    }
}
