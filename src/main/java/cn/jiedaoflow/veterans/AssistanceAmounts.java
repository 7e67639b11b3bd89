package cn.jiedaoflow.veterans;

import java.math.BigDecimal;

/**
 * The approval rules with numbers (procedures.md §3): an amount is a number of yuan, not negative, with at
 * most two decimals; above the station head's limit (default 2,000 CNY) the leader in charge approves too;
 * above the suggested maximum a written reason is needed.
 */
final class AssistanceAmounts {

    private AssistanceAmounts() {
    }

    /** The amount in {@code value}, or an exception whose message (Chinese / English) says what is wrong. */
    static BigDecimal amount(Object value, String what) {
        BigDecimal amount;
        try {
            amount = value instanceof Number number ? new BigDecimal(number.toString())
                    : value instanceof String text && !text.isBlank() ? new BigDecimal(text.strip()) : null;
        } catch (NumberFormatException e) {
            amount = null;
        }
        if (amount == null) {
            throw new IllegalArgumentException(what + "须为数字（元） / " + what + " must be a number of yuan");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(what + "不能为负数 / " + what + " must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(what + "最多两位小数 / " + what + " has at most two decimals");
        }
        return amount;
    }

    /** More than the head's limit: the leader in charge approves too. Exactly the limit stays with the head. */
    static boolean needsLeader(BigDecimal amount, BigDecimal headLimit) {
        return amount.compareTo(headLimit) > 0;
    }

    /** More than the suggested maximum of the assessment: a written reason is needed. */
    static boolean needsReason(BigDecimal amount, long suggestedMaximum) {
        return amount.compareTo(BigDecimal.valueOf(suggestedMaximum)) > 0;
    }
}
