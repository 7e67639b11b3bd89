package cn.jiedaoflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One benchmark's figures as a plain-text table: printed on standard output and appended to
 * {@code target/benchmarks/results.txt}, under the machine and database it was measured on.
 */
public final class ResultTable {

    static final Path RESULTS = Path.of("target", "benchmarks", "results.txt");

    private final String title;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public ResultTable(String title, String... header) {
        this.title = title;
        this.header = List.of(header);
    }

    public ResultTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(format(cell));
        }
        rows.add(row);
        return this;
    }

    public ResultTable note(String note) {
        notes.add(note);
        return this;
    }

    public static String format(Object cell) {
        if (cell instanceof Double d) {
            return d >= 100
                    ? String.format(Locale.ROOT, "%.0f", d)
                    : d >= 10 ? String.format(Locale.ROOT, "%.1f", d) : String.format(Locale.ROOT, "%.2f", d);
        }
        return String.valueOf(cell);
    }

    public String render(String machine) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(header.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("\n=== ")
                .append(title)
                .append(" — ")
                .append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append(" ===\n")
                .append(machine)
                .append('\n');
        line(out, header, widths);
        StringBuilder rule = new StringBuilder();
        for (int width : widths) {
            rule.append("-".repeat(width)).append("-+-");
        }
        out.append(rule, 0, rule.length() - 3).append('\n');
        rows.forEach(row -> line(out, row, widths));
        notes.forEach(note -> out.append("  * ").append(note).append('\n'));
        return out.toString();
    }

    /** Prints the table and appends it to the results file. */
    public void print(String machine) {
        String text = render(machine);
        System.out.print(text);
        System.out.flush();
        try {
            Files.createDirectories(RESULTS.getParent());
            Files.writeString(
                    RESULTS, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not append to " + RESULTS, e);
        }
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            out.append(cell).append(" ".repeat(widths[i] - width(cell)));
            out.append(i == cells.size() - 1 ? "\n" : " | ");
        }
    }

    /** Display width: CJK characters take two columns. */
    private static int width(String text) {
        return text.codePoints()
                .map(c -> c >= 0x1100 && Character.isIdeographic(c) ? 2 : 1)
                .sum();
    }
}
