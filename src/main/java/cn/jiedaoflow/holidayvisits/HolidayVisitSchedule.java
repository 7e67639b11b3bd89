package cn.jiedaoflow.holidayvisits;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When a round of holiday visits (走访慰问) to the key-care veterans is due: from {@code leadDays} days before the
 * Spring Festival (春节, its date from the year's calendar data) or Army Day (八一建军节, 1 August) up to the day
 * before it. The round starts on the first of those days the daily timer sees, so a day the system was down does
 * not lose a round. Plain Java, tested without an engine.
 */
final class HolidayVisitSchedule {

    static final int DEFAULT_LEAD_DAYS = 10;

    /** The festivals the station visits for. */
    enum Festival {
        SPRING_FESTIVAL("春节"),
        ARMY_DAY("八一建军节");

        private final String chinese;

        Festival(String chinese) {
            this.chinese = chinese;
        }

        String chinese() {
            return chinese;
        }
    }

    /** A round of visits: for which festival, on which date. Its tasks are due the day before. */
    record Round(Festival festival, LocalDate date) {

        LocalDate visitsDue() {
            return date.minusDays(1);
        }

        /** The round's business key, one per festival and year: {@code HV-2026-SPRING_FESTIVAL}. */
        String key() {
            return "HV-" + date.getYear() + "-" + festival.name();
        }
    }

    private HolidayVisitSchedule() {}

    /**
     * The round due on {@code today}, if any. {@code springFestival} is this year's Spring Festival, empty when the
     * year's calendar data has not been entered (then only Army Day can be due).
     */
    static Optional<Round> roundOn(LocalDate today, Optional<LocalDate> springFestival, int leadDays) {
        if (leadDays < 1) {
            throw new IllegalArgumentException("holiday visits start at least 1 day before the festival: " + leadDays);
        }
        return Stream.concat(
                        springFestival.map(date -> new Round(Festival.SPRING_FESTIVAL, date)).stream(),
                        Stream.of(new Round(Festival.ARMY_DAY, LocalDate.of(today.getYear(), Month.AUGUST, 1))))
                .filter(round -> !today.isBefore(round.date().minusDays(leadDays)) && today.isBefore(round.date()))
                .findFirst();
    }
}
