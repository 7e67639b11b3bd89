package cn.jiedaoflow.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the application's CSV exports: UTF-8 with a byte-order mark (so that spreadsheet programs read Chinese
 * right; the imports skip it), CRLF, RFC 4180 quoting — a cell with a comma, a double quote, a line break or
 * white space at either end is quoted, its quotes doubled. A cell that a spreadsheet would take for a formula
 * (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is neutralised with a
 * leading {@code '}: what was stored is shown as text, never run. The stored value itself is left as it is.
 */
public final class CsvWriter {

    private static final String BOM = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvWriter() {}

    /** The file: the header line, then one line per row; {@code null} cells are empty. */
    public static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One cell as written: neutralised when a spreadsheet would read it as a formula, then quoted if needed. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = text.indexOf(',') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0
                || !text.equals(text.strip());
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }
}
