package cn.jiedaoflow.calendar;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing wrong with a year's payload: where ({@code holidays[3]}), the value found, and a reason code
 * that does not depend on the caller's language.
 */
record YearProblem(String field, String value, String reason) {

    static final String MISSING = "missing";
    static final String OUTSIDE_YEAR = "outside-year";
    static final String YEAR_OUT_OF_RANGE = "year-out-of-range";
    static final String NOT_A_WEEKEND_DAY = "make-up-workday-not-on-weekend";
    static final String BOTH_HOLIDAY_AND_MAKE_UP = "both-holiday-and-make-up-workday";
    static final String TOO_LONG = "too-long";

    /** The entry of the problem's {@code errors} list. */
    Map<String, Object> asError() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        if (value != null) {
            error.put("value", value);
        }
        error.put("reason", reason);
        return error;
    }
}
