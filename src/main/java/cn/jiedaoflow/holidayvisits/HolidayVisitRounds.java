package cn.jiedaoflow.holidayvisits;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.veterans.KeyCareVeterans;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Plans the holiday visits (走访慰问) each morning: whether a round is due today ({@link HolidayVisitSchedule}, by the
 * engine's clock on the office's calendar) and not yet started; then one visit per key-care veteran of the roster,
 * due at the end of office hours ({@code jiedao.calendar.office-hours-end}, 17:00) of the day before the festival.
 * No engine types: the delegate tells it which rounds were started.
 */
@Service
class HolidayVisitRounds {

    private static final Logger LOG = LoggerFactory.getLogger(HolidayVisitRounds.class);

    private final WorkingCalendar calendar;
    private final KeyCareVeterans veterans;
    private final int leadDays;

    HolidayVisitRounds(
            WorkingCalendar calendar,
            KeyCareVeterans veterans,
            @Value("${jiedao.veterans.holiday-visit-lead-days:" + HolidayVisitSchedule.DEFAULT_LEAD_DAYS + "}")
                    int leadDays) {
        this.calendar = calendar;
        this.veterans = veterans;
        this.leadDays = leadDays;
    }

    /**
     * The round to start today, with its visits, when one is due and {@code started} (by its key) does not know it
     * yet; empty on every other day.
     */
    Optional<PlannedRound> dueToday(Predicate<String> started) {
        LocalDate today = calendar.today();
        Optional<LocalDate> springFestival = calendar.springFestival(today.getYear());
        if (springFestival.isEmpty() && today.getMonthValue() <= 2) {
            LOG.warn(
                    "no Spring Festival date for {} in the calendar data: the holiday visits before it cannot be "
                            + "planned until an administrator enters the year",
                    today.getYear());
        }
        Optional<HolidayVisitSchedule.Round> due = HolidayVisitSchedule.roundOn(today, springFestival, leadDays)
                .filter(round -> !started.test(round.key()));
        if (due.isEmpty()) {
            return Optional.empty();
        }
        HolidayVisitSchedule.Round round = due.get();
        List<KeyCareVeterans.KeyCareVeteran> visited = veterans.all();
        PlannedRound planned = new PlannedRound(round, visited, calendar.endOfOfficeHours(round.visitsDue()));
        LOG.info("holiday visits {}: {} key-care veterans, due {}", round.key(), visited.size(), round.visitsDue());
        return Optional.of(planned);
    }
}
