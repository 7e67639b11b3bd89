package cn.jiedaoflow.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

/**
 * How many open tasks are overdue and how many are due today, on the office's clock. A task is overdue from the
 * instant of its due date on (due at 17:00, it is overdue at 17:00 sharp, as the one-stop service's red light). It is
 * due today when its due date is later than now and no later than the midnight that ends today: a working-day limit
 * ends at the end of office hours (17:00), a calendar-day limit at 00:00 after its last day (Civil Code art. 201–203),
 * and both have their last day today.
 */
record DueTally(long dueToday, long overdue) {

    static DueTally of(Collection<Instant> dues, Instant now, ZoneId zone) {
        Instant todayEnds = endOfToday(now, zone);
        long today = 0;
        long late = 0;
        for (Instant due : dues) {
            if (isOverdue(due, now)) {
                late++;
            } else if (!due.isAfter(todayEnds)) {
                today++;
            }
        }
        return new DueTally(today, late);
    }

    static boolean isOverdue(Instant due, Instant now) {
        return !now.isBefore(due);
    }

    /** The midnight after today's date at the office, the latest due date that still counts as today's. */
    static Instant endOfToday(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
    }
}
