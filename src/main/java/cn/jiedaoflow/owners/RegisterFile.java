package cn.jiedaoflow.owners;

import cn.jiedaoflow.csv.CsvRecords;
import cn.jiedaoflow.input.TextRules;
import cn.jiedaoflow.refusal.LineError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and checks a register file (UTF-8 CSV, with or without BOM, RFC 4180 quoting, CRLF or LF); every cell
 * passes {@link TextRules}, and one starting with {@code =}, {@code +}, {@code -} or {@code @} is taken as it is
 * (the export neutralises it). Every
 * problem of every line is collected, so one answer lists all that needs fixing; a file with any problem
 * yields no rows. Plain Java: tested without a framework.
 */
final class RegisterFile {

    static final List<String> HEADER = List.of("building", "unit", "area", "ownerId", "ownerName", "developerUnsold");
    static final int MAX_BUILDING = 50;
    static final int MAX_UNIT = 50;
    static final int MAX_OWNER_ID = 64;
    static final int MAX_OWNER_NAME = 100;
    /** NUMERIC(12,2): at most 10 digits before the decimal point. */
    private static final int MAX_INTEGER_DIGITS = 10;

    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    /**
     * The outcome of reading a file: either rows (no errors) or errors (no rows).
     *
     * @param rows   the valid rows, in file order, when there is no error
     * @param errors every problem found, by line
     */
    record Parsed(List<RegisterRow> rows, List<LineError> errors) {

        Parsed {
            rows = List.copyOf(rows);
            errors = List.copyOf(errors);
        }

        boolean valid() {
            return errors.isEmpty();
        }
    }

    private RegisterFile() {}

    static Parsed parse(byte[] content) {
        return CsvRecords.utf8(content)
                .map(RegisterFile::parse)
                .orElseGet(() -> refused(LineError.of(1, RowProblem.FILE_NOT_UTF8)));
    }

    static Parsed parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CsvRecords.Record> records = CsvRecords.read(text);
        if (records.isEmpty()) {
            return refused(LineError.of(1, RowProblem.FILE_EMPTY));
        }
        CsvRecords.Record header = records.get(0);
        if (header.line() != 1 || !header.fields().equals(HEADER)) {
            return refused(LineError.of(1, RowProblem.HEADER_WRONG, String.join(",", HEADER)));
        }
        if (records.size() == 1) {
            return refused(LineError.of(2, RowProblem.FILE_EMPTY));
        }
        List<LineError> errors = new ArrayList<>();
        List<RegisterRow> rows = new ArrayList<>();
        Map<String, Integer> unitLines = new HashMap<>();
        Map<String, RegisterRow> ownersById = new HashMap<>();
        for (CsvRecords.Record record : records.subList(1, records.size())) {
            RegisterRow row = row(record, errors);
            if (row == null) {
                continue;
            }
            Integer firstLine = unitLines.putIfAbsent(row.building() + "\u0000" + row.unit(), row.line());
            if (firstLine != null) {
                errors.add(LineError.of(row.line(), RowProblem.UNIT_DUPLICATE, row.building(), row.unit(), firstLine));
                continue;
            }
            if (!row.developerUnsold()) {
                RegisterRow first = ownersById.putIfAbsent(row.ownerId(), row);
                if (first != null && !first.ownerName().equals(row.ownerName())) {
                    errors.add(LineError.of(
                            row.line(), RowProblem.OWNER_NAME_DIFFERS, row.ownerId(), first.ownerName(), first.line()));
                    continue;
                }
            }
            rows.add(row);
        }
        return errors.isEmpty() ? new Parsed(rows, List.of()) : new Parsed(List.of(), errors);
    }

    /** The row of a record, or {@code null} after adding each of its problems to {@code errors}. */
    private static RegisterRow row(CsvRecords.Record record, List<LineError> errors) {
        int line = record.line();
        if (record.unclosed()) {
            errors.add(LineError.of(line, RowProblem.QUOTE_UNCLOSED));
            return null;
        }
        if (record.fields().size() != HEADER.size()) {
            errors.add(LineError.of(
                    line, RowProblem.FIELD_COUNT, HEADER.size(), record.fields().size()));
            return null;
        }
        int before = errors.size();
        List<String> f = record.fields().stream().map(String::strip).toList();
        for (int i = 0; i < f.size(); i++) {
            String column = HEADER.get(i);
            TextRules.problemWith(f.get(i))
                    .ifPresent(problem -> errors.add(LineError.of(line, RowProblem.of(problem), column)));
        }
        if (errors.size() > before) {
            return null;
        }
        String building = required(line, "building", f.get(0), MAX_BUILDING, errors);
        String unit = required(line, "unit", f.get(1), MAX_UNIT, errors);
        BigDecimal area = area(line, f.get(2), errors);
        Boolean developerUnsold = flag(line, f.get(5), errors);
        String ownerId = null;
        String ownerName = null;
        if (Boolean.TRUE.equals(developerUnsold)) {
            if (!f.get(3).isEmpty() || !f.get(4).isEmpty()) {
                errors.add(LineError.of(line, RowProblem.OWNER_ON_UNSOLD_UNIT));
            }
        } else if (Boolean.FALSE.equals(developerUnsold)) {
            ownerId = required(line, "ownerId", f.get(3), MAX_OWNER_ID, errors);
            ownerName = required(line, "ownerName", f.get(4), MAX_OWNER_NAME, errors);
        }
        if (errors.size() > before) {
            return null;
        }
        return new RegisterRow(line, building, unit, area, ownerId, ownerName, developerUnsold);
    }

    private static String required(int line, String field, String value, int maxLength, List<LineError> errors) {
        if (value.isEmpty()) {
            errors.add(LineError.of(line, RowProblem.FIELD_MISSING, field));
            return null;
        }
        if (value.length() > maxLength) {
            errors.add(LineError.of(line, RowProblem.FIELD_TOO_LONG, field, maxLength));
            return null;
        }
        return value;
    }

    /** A positive area with at most 2 decimals by value ({@code 85.50} and {@code 85.500} are 85.5). */
    private static BigDecimal area(int line, String value, List<LineError> errors) {
        if (value.isEmpty()) {
            errors.add(LineError.of(line, RowProblem.FIELD_MISSING, "area"));
            return null;
        }
        if (!NUMBER.matcher(value).matches()) {
            errors.add(LineError.of(line, RowProblem.AREA_NOT_NUMBER, value));
            return null;
        }
        BigDecimal area = new BigDecimal(value);
        if (area.signum() <= 0) {
            errors.add(LineError.of(line, RowProblem.AREA_NOT_POSITIVE, value));
            return null;
        }
        BigDecimal exact = area.stripTrailingZeros();
        if (exact.scale() > 2) {
            errors.add(LineError.of(line, RowProblem.AREA_TOO_MANY_DECIMALS, value));
            return null;
        }
        if (exact.precision() - exact.scale() > MAX_INTEGER_DIGITS) {
            errors.add(LineError.of(line, RowProblem.AREA_TOO_LARGE, value));
            return null;
        }
        return area.setScale(2);
    }

    private static Boolean flag(int line, String value, List<LineError> errors) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "" -> {
                errors.add(LineError.of(line, RowProblem.FIELD_MISSING, "developerUnsold"));
                yield null;
            }
            default -> {
                errors.add(LineError.of(line, RowProblem.FLAG_UNKNOWN, value));
                yield null;
            }
        };
    }

    private static Parsed refused(LineError error) {
        return new Parsed(List.of(), List.of(error));
    }
}
