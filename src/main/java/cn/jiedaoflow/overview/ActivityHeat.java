package cn.jiedaoflow.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One activity of a procedure's model as the overview marks it: its name in the model, its open tasks, how many of
 * them are overdue, and the median time its completed instances took ({@code null} when none has completed). Public,
 * as the pages and the JSON read it.
 */
public record ActivityHeat(String activityId, String name, long openTasks, long overdue, Long medianMillis) {

    private static final BigDecimal MILLIS_PER_HOUR = BigDecimal.valueOf(3_600_000L);

    /** The median duration in hours, to one decimal; {@code null} when none has completed. */
    public BigDecimal medianHours() {
        return medianMillis == null
                ? null
                : BigDecimal.valueOf(medianMillis).divide(MILLIS_PER_HOUR, 1, RoundingMode.HALF_UP);
    }

    /** The median of {@code durations}, sorted or not: the middle one, or the mean of the two in the middle. */
    static Long median(List<Long> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Long> sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
