package cn.jiedaoflow.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The State Council's 2025 and 2026 notices as procedures.md lists them, for tests. */
final class OfficialYears {

    static final YearData YEAR_2025 = new YearData(
            2025,
            LocalDate.of(2025, 1, 29),
            days(
                    range("2025-01-01", "2025-01-01"),
                    range("2025-01-28", "2025-02-04"),
                    range("2025-04-04", "2025-04-06"),
                    range("2025-05-01", "2025-05-05"),
                    range("2025-05-31", "2025-06-02"),
                    range("2025-10-01", "2025-10-08")),
            days(Stream.of("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11")
                    .map(LocalDate::parse)));

    static final YearData YEAR_2026 = new YearData(
            2026,
            LocalDate.of(2026, 2, 17),
            days(
                    range("2026-01-01", "2026-01-03"),
                    range("2026-02-15", "2026-02-23"),
                    range("2026-04-04", "2026-04-06"),
                    range("2026-05-01", "2026-05-05"),
                    range("2026-06-19", "2026-06-21"),
                    range("2026-09-25", "2026-09-27"),
                    range("2026-10-01", "2026-10-07")),
            days(Stream.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")
                    .map(LocalDate::parse)));

    private static final Map<Integer, YearData> BY_YEAR = Map.of(2025, YEAR_2025, 2026, YEAR_2026);

    /** Knows 2025 and 2026 only. */
    static Optional<YearData> lookup(int year) {
        return Optional.ofNullable(BY_YEAR.get(year));
    }

    private OfficialYears() {}

    private static Stream<LocalDate> range(String first, String last) {
        return LocalDate.parse(first).datesUntil(LocalDate.parse(last).plusDays(1));
    }

    @SafeVarargs
    private static Set<LocalDate> days(Stream<LocalDate>... ranges) {
        Set<LocalDate> days = new HashSet<>();
        Stream.of(ranges).flatMap(r -> r).forEach(days::add);
        return days;
    }
}
