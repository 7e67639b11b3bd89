package cn.jiedaoflow.calendar;

import cn.jiedaoflow.refusal.Refusal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The parameters of {@code GET /api/calendar/deadline}, checked: an instant with its offset, in the years
 * {@value #FIRST_YEAR} to {@value #LAST_YEAR}, and exactly one of a number of working days or of calendar days, a
 * whole number from 0 to 365.
 */
record DeadlineQuery(Instant from, int count, boolean workingDays) {

    static final int MAX_COUNT = 365;
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 9999;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,3}");

    static DeadlineQuery parse(String from, String workingDays, String days) {
        if (from == null || from.isBlank()) {
            throw Refusal.badInput("calendar.from.missing");
        }
        if ((workingDays == null) == (days == null)) {
            throw Refusal.badInput("calendar.period.exactlyOne");
        }
        Instant instant = parseInstant(from.strip());
        return workingDays != null
                ? new DeadlineQuery(instant, parseCount("workingDays", workingDays), true)
                : new DeadlineQuery(instant, parseCount("days", days), false);
    }

    private static Instant parseInstant(String from) {
        // An unencoded "+" in a query string arrives as a space: "2026-03-06T09:00:00 08:00".
        String text = from.replace(' ', '+');
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            Refusal problem = Refusal.badInput("calendar.from.invalid", from);
            problem.initCause(e);
            throw problem;
        }
        // a year the calendar can count from, in every offset: +999999999-12-31 would overflow in Shanghai
        if (parsed.getYear() < FIRST_YEAR || parsed.getYear() > LAST_YEAR) {
            throw Refusal.badInput(
                    "calendar.from.outOfRange", from, String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        return parsed.toInstant();
    }

    private static int parseCount(String name, String value) {
        String text = value.strip();
        if (!WHOLE_NUMBER.matcher(text).matches() || Integer.parseInt(text) > MAX_COUNT) {
            throw Refusal.badInput("calendar.count.invalid", name, value);
        }
        return Integer.parseInt(text);
    }
}
