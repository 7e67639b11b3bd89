package cn.jiedaoflow.veterans;

import java.math.BigDecimal;

/**
 * Where a household's monthly income stands against the minimum living standard (MLS), per person: what the
 * forms show instead of the figure, which the engine does not hold. The comparisons are the assessment table's
 * ({@code veteran-assistance-level.dmn}), without dividing: below the MLS, below 1.5 × the MLS, or neither.
 */
enum IncomeBand {
    BELOW_STANDARD("人均低于最低生活保障标准"),
    BELOW_ONE_AND_A_HALF_STANDARDS("人均低于 1.5 倍最低生活保障标准"),
    ABOVE("人均不低于 1.5 倍最低生活保障标准");

    private final String chinese;

    IncomeBand(String chinese) {
        this.chinese = chinese;
    }

    String chinese() {
        return chinese;
    }

    static IncomeBand of(BigDecimal monthlyIncome, int householdSize, BigDecimal minimumLivingStandard) {
        BigDecimal line = minimumLivingStandard.multiply(BigDecimal.valueOf(householdSize));
        if (monthlyIncome.compareTo(line) < 0) {
            return BELOW_STANDARD;
        }
        if (monthlyIncome.multiply(BigDecimal.valueOf(2)).compareTo(line.multiply(BigDecimal.valueOf(3))) < 0) {
            return BELOW_ONE_AND_A_HALF_STANDARDS;
        }
        return ABOVE;
    }
}
