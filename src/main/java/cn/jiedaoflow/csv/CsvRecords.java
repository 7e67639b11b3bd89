package cn.jiedaoflow.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small RFC 4180 reader: fields separated by commas, records by CRLF or LF (a lone CR too); a field in
 * double quotes may hold commas, line breaks and doubled quotes ({@code ""}). Each record keeps the file
 * line it starts on, so that a refusal names the line a person sees in a spreadsheet or editor. Lines that
 * are entirely empty are skipped.
 */
public final class CsvRecords {

    /**
     * One record of the file.
     *
     * @param line     the 1-based line of the file where the record starts
     * @param fields   its fields, unquoted
     * @param unclosed whether a quoted field was still open at the end of the file
     */
    public record Record(int line, List<String> fields, boolean unclosed) {}

    private CsvRecords() {}

    /** The text of an uploaded file when it is UTF-8 (a byte-order mark stays in; the readers skip it), else empty. */
    public static Optional<String> utf8(byte[] content) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    public static List<Record> read(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        boolean recordHasContent = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n' || c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
                recordHasContent = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
                recordHasContent = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (recordHasContent || !field.isEmpty()) {
                    fields.add(field.toString());
                    records.add(new Record(recordLine, List.copyOf(fields), false));
                }
                fields.clear();
                field.setLength(0);
                fieldWasQuoted = false;
                recordHasContent = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                recordHasContent = true;
            }
            i++;
        }
        if (recordHasContent || !field.isEmpty() || quoted) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields), quoted));
        }
        return List.copyOf(records);
    }
}
