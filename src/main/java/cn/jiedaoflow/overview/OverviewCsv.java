package cn.jiedaoflow.overview;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.csv.CsvWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The overview's figures as a CSV file (docs/overview.md), the same as the page's table: one line per figure, its
 * group, what it counts and the number, in the page's language; UTF-8 with a byte-order mark ({@link CsvWriter}), so
 * a spreadsheet reads the Chinese.
 */
@Component
class OverviewCsv {

    private static final String KEYS = "console.overview.";

    private final MessageSource messages;
    private final WorkingCalendar calendar;

    OverviewCsv(MessageSource messages, WorkingCalendar calendar) {
        this.messages = messages;
        this.calendar = calendar;
    }

    byte[] csv(OverviewFigures figures, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(line(locale, "at", "", figures.shownAt()));
        counts(rows, locale, "byProcedure", figures.casesByProcedure());
        counts(rows, locale, "byDepartment", figures.casesByDepartment());
        String tasks = text(locale, "tasks");
        rows.add(List.of(tasks, text(locale, "dueToday"), String.valueOf(figures.dueToday())));
        rows.add(List.of(tasks, text(locale, "overdue"), String.valueOf(figures.overdue())));
        String sla = text(locale, "sla");
        rows.add(List.of(sla, text(locale, "slaYellow"), String.valueOf(figures.slaYellow())));
        rows.add(List.of(sla, text(locale, "slaRed"), String.valueOf(figures.slaRed())));
        String ratings = text(locale, "ratings");
        rows.add(List.of(ratings, text(locale, "ratingCount"), String.valueOf(figures.ratings())));
        rows.add(List.of(
                ratings,
                text(locale, "ratingAverage"),
                figures.ratingAverage() == null ? "" : figures.ratingAverage().toPlainString()));
        rows.add(List.of(ratings, text(locale, "poorRatings"), String.valueOf(figures.poorRatings())));
        counts(rows, locale, "perMonth", figures.casesPerMonth());
        return CsvWriter.write(
                List.of(text(locale, "csv.group"), text(locale, "csv.item"), text(locale, "csv.value")), rows);
    }

    /** The file's name, Chinese or English, with the office's date of the figures. */
    String fileName(OverviewFigures figures, Locale locale) {
        return text(locale, "csv.fileName") + "-" + calendar.local(figures.at()).toLocalDate() + ".csv";
    }

    /** The plain ASCII name for browsers that do not read a UTF-8 one. */
    String asciiFileName(OverviewFigures figures) {
        return "jiedao-overview-" + calendar.local(figures.at()).toLocalDate() + ".csv";
    }

    private void counts(List<List<String>> rows, Locale locale, String group, List<Count> counts) {
        String name = text(locale, group);
        for (Count count : counts) {
            rows.add(List.of(name, count.name(), String.valueOf(count.value())));
        }
    }

    private List<String> line(Locale locale, String key, String item, String value) {
        return List.of(text(locale, key), item, value);
    }

    private String text(Locale locale, String key) {
        return messages.getMessage(KEYS + key, null, locale);
    }
}
