package cn.jiedaoflow.veterans;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The approval rules with numbers (procedures.md §3): an amount is a number of yuan, not negative, with at
 * most two decimals, below ten billion (the amounts' columns hold 12 digits, two of them decimals); above the
 * station head's limit (default 2,000 CNY) the leader in charge approves too;
 * above the suggested maximum a written reason is needed.
 */
final class AssistanceAmounts {

    /** The largest amount taken: what NUMERIC(12,2) holds. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");
    /** Text longer than this is no number anyone means (and is not parsed). */
    private static final int MAX_NUMBER_TEXT = 40;

    private AssistanceAmounts() {}

    /**
     * The amount in {@code value} (a JSON number or text), or empty when it is none; {@link #whatIsWrong} then says
     * why, for the API's field errors and the forms' refusals alike.
     */
    static Optional<BigDecimal> amount(Object value) {
        return decimal(value)
                .filter(amount -> amount.signum() >= 0
                        && amount.stripTrailingZeros().scale() <= 2
                        && amount.compareTo(MAX_AMOUNT) <= 0);
    }

    /** The whole number from {@code min} to {@code max} in {@code value} (a JSON number or text), or empty. */
    static Optional<Integer> wholeNumber(Object value, int min, int max) {
        BigDecimal number = decimal(value).orElse(null);
        if (number == null
                || number.stripTrailingZeros().scale() > 0
                || number.compareTo(BigDecimal.valueOf(min)) < 0
                || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            return Optional.empty();
        }
        return Optional.of(number.intValueExact());
    }

    /** More than the head's limit: the leader in charge approves too. Exactly the limit stays with the head. */
    static boolean needsLeader(BigDecimal amount, BigDecimal headLimit) {
        return amount.compareTo(headLimit) > 0;
    }

    /** More than the suggested maximum of the assessment: a written reason is needed. */
    static boolean needsReason(BigDecimal amount, long suggestedMaximum) {
        return amount.compareTo(BigDecimal.valueOf(suggestedMaximum)) > 0;
    }

    /** Whether {@code value} is a number below zero (however large or small), for the message of a refusal. */
    static boolean isNegative(Object value) {
        return decimal(value).map(number -> number.signum() < 0).orElse(false);
    }

    /**
     * Why {@link #amount} finds no amount in {@code value}, as a problem code: {@code notAnAmount}, {@code negative},
     * {@code tooManyDecimals} or {@code tooLarge}.
     */
    static String whatIsWrong(Object value) {
        return decimal(value)
                .map(number -> number.signum() < 0
                        ? "negative"
                        : number.stripTrailingZeros().scale() > 2
                                ? "tooManyDecimals"
                                : number.compareTo(MAX_AMOUNT) > 0 ? "tooLarge" : "notAnAmount")
                .orElse("notAnAmount");
    }

    /** A JSON number, or text holding one, as an exact decimal; infinity and NaN are none. */
    private static Optional<BigDecimal> decimal(Object value) {
        try {
            return value instanceof Number number
                    ? Optional.of(new BigDecimal(number.toString()))
                    : value instanceof String text && !text.isBlank() && text.length() <= MAX_NUMBER_TEXT
                            ? Optional.of(new BigDecimal(text.strip()))
                            : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
