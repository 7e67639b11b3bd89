package cn.jiedaoflow.veterans;

import java.util.Optional;

/**
 * The household figures and texts of an assistance case, checked the same way wherever they are given — the
 * application API and the station's Tasklist forms: a household of 1 to 20 persons, a disability grade from 0
 * (none) to 4 (1 the most severe), and texts of at most 2,000 characters.
 */
final class HouseholdRules {

    static final int MIN_SIZE = 1;
    static final int MAX_SIZE = 20;
    static final int NO_DISABILITY = 0;
    static final int MAX_GRADE = 4;
    static final int MAX_TEXT = 2000;

    private HouseholdRules() {}

    /** The household size in {@code value} (a JSON number or text), or empty when it is not a whole 1 to 20. */
    static Optional<Integer> size(Object value) {
        return AssistanceAmounts.wholeNumber(value, MIN_SIZE, MAX_SIZE);
    }

    /** The disability grade in {@code value}, or empty when it is not a whole 0 to 4. */
    static Optional<Integer> disabilityGrade(Object value) {
        return AssistanceAmounts.wholeNumber(value, NO_DISABILITY, MAX_GRADE);
    }

    /**
     * What is wrong with the text in {@code value}, as a problem code: {@code missing} (no text, or only blanks) or
     * {@code tooLong} (over 2,000 characters once stripped); empty when nothing is.
     */
    static Optional<String> whatIsWrongWithText(Object value) {
        if (!(value instanceof String text) || !isGiven(text)) {
            return Optional.of("missing");
        }
        return fits(text) ? Optional.empty() : Optional.of("tooLong");
    }

    /** Whether {@code text} is given (not blank). */
    static boolean isGiven(String text) {
        return text != null && !text.isBlank();
    }

    /** Whether {@code text} is at most 2,000 characters once stripped. */
    static boolean fits(String text) {
        return text.strip().length() <= MAX_TEXT;
    }
}
