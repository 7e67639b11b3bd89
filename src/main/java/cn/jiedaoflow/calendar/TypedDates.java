package cn.jiedaoflow.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates as an administrator types them into the console's calendar page: {@code 2027-10-01}, separated by line breaks,
 * spaces, commas or the Chinese comma, and runs of days as {@code 2027-10-01~2027-10-07} (or {@code 至}). What cannot
 * be read is kept as typed, so the page can name it; nothing is guessed.
 *
 * @param dates      the days read, in the order typed, runs expanded
 * @param unreadable every piece of the text that is no date and no run of dates
 */
record TypedDates(List<LocalDate> dates, List<String> unreadable) {

    /** A run of more days than a year has is no run of holidays: it is refused as unreadable. */
    static final int LONGEST_RUN = 366;

    static TypedDates read(String text) {
        List<LocalDate> dates = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        if (text == null) {
            return new TypedDates(dates, unreadable);
        }
        for (String piece : text.strip().split("[\\s,，、;；]+")) {
            if (piece.isEmpty()) {
                continue;
            }
            String[] ends = piece.split("~|～|至", -1);
            if (ends.length == 1) {
                date(piece).ifPresentOrElse(dates::add, () -> unreadable.add(piece));
            } else if (ends.length == 2) {
                var first = date(ends[0]);
                var last = date(ends[1]);
                if (first.isPresent()
                        && last.isPresent()
                        && !last.get().isBefore(first.get())
                        && first.get().plusDays(LONGEST_RUN).isAfter(last.get())) {
                    first.get().datesUntil(last.get().plusDays(1)).forEach(dates::add);
                } else {
                    unreadable.add(piece);
                }
            } else {
                unreadable.add(piece);
            }
        }
        return new TypedDates(dates, unreadable);
    }

    /** The dates as the page shows them back: one per line, in ISO form. */
    static String write(List<LocalDate> dates) {
        return String.join("\n", dates.stream().map(LocalDate::toString).toList());
    }

    private static java.util.Optional<LocalDate> date(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException unreadable) {
            return java.util.Optional.empty();
        }
    }
}
