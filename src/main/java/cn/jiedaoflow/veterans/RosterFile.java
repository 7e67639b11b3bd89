package cn.jiedaoflow.veterans;

import cn.jiedaoflow.csv.CsvRecords;
import cn.jiedaoflow.input.TextRules;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.people.LoginNames;
import cn.jiedaoflow.refusal.LineError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks a roster file (UTF-8 CSV, with or without BOM, RFC 4180 quoting, CRLF or LF; the reader is
 * {@link CsvRecords}, shared with the owners' register). Every problem of every line is collected; a file with any
 * problem
 * yields no rows. Duplicates against the roster already stored are checked by {@link VeteransRoster}.
 */
final class RosterFile {

    static final List<String> HEADER = List.of("serviceNumber", "name", "idNumber", "mobile", "address", "keyCare");
    static final int MAX_SERVICE_NUMBER = 32;
    static final int MAX_NAME = 100;
    static final int MAX_ADDRESS = 300;

    /** The rows that read well and the problems of the others; a file is imported only without problems. */
    record Parsed(List<RosterRow> rows, List<LineError> errors) {

        Parsed {
            rows = List.copyOf(rows);
            errors = List.copyOf(errors);
        }

        boolean valid() {
            return errors.isEmpty();
        }
    }

    private RosterFile() {}

    static Parsed parse(byte[] content) {
        return CsvRecords.utf8(content)
                .map(RosterFile::parse)
                .orElseGet(() -> refused(LineError.of(1, RosterProblem.FILE_NOT_UTF8)));
    }

    static Parsed parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<CsvRecords.Record> records = CsvRecords.read(body);
        if (records.isEmpty()) {
            return refused(LineError.of(1, RosterProblem.FILE_EMPTY));
        }
        CsvRecords.Record header = records.get(0);
        if (header.line() != 1
                || !header.fields().stream().map(String::strip).toList().equals(HEADER)) {
            return refused(LineError.of(1, RosterProblem.HEADER_WRONG, String.join(",", HEADER)));
        }
        if (records.size() == 1) {
            return refused(LineError.of(2, RosterProblem.FILE_EMPTY));
        }
        List<LineError> errors = new ArrayList<>();
        List<RosterRow> rows = new ArrayList<>();
        Map<String, Integer> serviceNumberLines = new HashMap<>();
        Map<String, Integer> idNumberLines = new HashMap<>();
        for (CsvRecords.Record record : records.subList(1, records.size())) {
            RosterRow row = row(record, errors);
            if (row == null) {
                continue;
            }
            Integer first = serviceNumberLines.putIfAbsent(row.serviceNumber(), row.line());
            if (first != null) {
                errors.add(
                        LineError.of(row.line(), RosterProblem.SERVICE_NUMBER_DUPLICATE, row.serviceNumber(), first));
                continue;
            }
            Integer firstId = idNumberLines.putIfAbsent(row.idNumber(), row.line());
            if (firstId != null) {
                errors.add(LineError.of(row.line(), RosterProblem.ID_NUMBER_DUPLICATE, firstId));
                continue;
            }
            rows.add(row);
        }
        return new Parsed(rows, errors);
    }

    /** The row of a record, or {@code null} after adding each of its problems to {@code errors}. */
    private static RosterRow row(CsvRecords.Record record, List<LineError> errors) {
        int line = record.line();
        if (record.unclosed()) {
            errors.add(LineError.of(line, RosterProblem.QUOTE_UNCLOSED));
            return null;
        }
        if (record.fields().size() != HEADER.size()) {
            errors.add(LineError.of(
                    line,
                    RosterProblem.FIELD_COUNT,
                    HEADER.size(),
                    record.fields().size()));
            return null;
        }
        int before = errors.size();
        List<String> f = record.fields().stream().map(String::strip).toList();
        for (int i = 0; i < HEADER.size(); i++) {
            String column = HEADER.get(i);
            TextRules.problemWith(f.get(i))
                    .ifPresent(problem -> errors.add(LineError.of(line, RosterProblem.of(problem), column)));
        }
        if (errors.size() > before) {
            return null;
        }
        for (int i = 0; i < HEADER.size(); i++) {
            if (f.get(i).isEmpty()) {
                errors.add(LineError.of(line, RosterProblem.FIELD_MISSING, HEADER.get(i)));
            }
        }
        tooLong(line, "serviceNumber", f.get(0), MAX_SERVICE_NUMBER, errors);
        tooLong(line, "name", f.get(1), MAX_NAME, errors);
        tooLong(line, "address", f.get(4), MAX_ADDRESS, errors);
        String idNumber = IdNumbers.normalized(f.get(2)).orElse(f.get(2));
        if (!idNumber.isEmpty() && IdNumbers.normalized(idNumber).isEmpty()) {
            // the value itself is sensitive: the message names the line, not the number
            errors.add(LineError.of(line, RosterProblem.ID_NUMBER_INVALID));
        }
        if (!f.get(3).isEmpty() && !LoginNames.isMobile(f.get(3))) {
            errors.add(LineError.of(line, RosterProblem.MOBILE_INVALID, f.get(3)));
        }
        Boolean keyCare = flag(f.get(5));
        if (!f.get(5).isEmpty() && keyCare == null) {
            errors.add(LineError.of(line, RosterProblem.FLAG_UNKNOWN, f.get(5)));
        }
        if (errors.size() > before) {
            return null;
        }
        return new RosterRow(line, f.get(0), f.get(1), idNumber, f.get(3), f.get(4), keyCare);
    }

    private static void tooLong(int line, String field, String value, int max, List<LineError> errors) {
        if (value.length() > max) {
            errors.add(LineError.of(line, RosterProblem.FIELD_TOO_LONG, field, max));
        }
    }

    /** {@code true}/{@code 是} or {@code false}/{@code 否}; anything else is unknown ({@code null}). */
    private static Boolean flag(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "是" -> Boolean.TRUE;
            case "false", "否" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Parsed refused(LineError error) {
        return new Parsed(List.of(), List.of(error));
    }
}
