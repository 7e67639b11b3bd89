package cn.jiedaoflow.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The applicants' ratings (好差评) added up: how many, their average to two decimals ({@code null} with none) and
 * the poor ones, a score of 1 or 2 (差评, as the one-stop service counts them: each opens a rectification).
 */
record RatingTally(long count, BigDecimal average, long poor) {

    /** The highest score that still counts as poor. */
    static final int HIGHEST_POOR = 2;

    static RatingTally of(Map<Integer, Long> byScore) {
        long count = 0;
        long sum = 0;
        long poor = 0;
        for (Map.Entry<Integer, Long> score : byScore.entrySet()) {
            count += score.getValue();
            sum += score.getKey() * score.getValue();
            if (score.getKey() <= HIGHEST_POOR) {
                poor += score.getValue();
            }
        }
        BigDecimal average =
                count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
        return new RatingTally(count, average, poor);
    }
}
