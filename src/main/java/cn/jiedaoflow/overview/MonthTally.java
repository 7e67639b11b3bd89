package cn.jiedaoflow.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The cases started in each of the last 12 months (this month the last), months counted on the office's clock. */
final class MonthTally {

    static final int MONTHS = 12;

    private MonthTally() {}

    /** The first instant counted: 00:00 on the first day of the month 11 months before this one. */
    static Instant from(Instant now, ZoneId zone) {
        return YearMonth.from(LocalDate.ofInstant(now, zone))
                .minusMonths(MONTHS - 1L)
                .atDay(1)
                .atStartOfDay(zone)
                .toInstant();
    }

    static List<Count> of(Collection<Instant> starts, Instant now, ZoneId zone) {
        YearMonth last = YearMonth.from(LocalDate.ofInstant(now, zone));
        Map<YearMonth, Long> counts = new LinkedHashMap<>();
        for (int back = MONTHS - 1; back >= 0; back--) {
            counts.put(last.minusMonths(back), 0L);
        }
        for (Instant start : starts) {
            counts.computeIfPresent(YearMonth.from(LocalDate.ofInstant(start, zone)), (month, n) -> n + 1);
        }
        List<Count> months = new ArrayList<>();
        counts.forEach((month, n) -> months.add(new Count(month.toString(), month.toString(), n)));
        return months;
    }
}
