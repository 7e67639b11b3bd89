package cn.jiedaoflow.people;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resident ID numbers (居民身份证号码): 17 digits and a digit or X. They are sensitive personal information:
 * lists, logs and notices show them masked.
 */
public final class IdNumbers {

    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{17}[0-9X]");

    private IdNumbers() {
    }

    /** The ID number as stored (stripped, a lower-case x read as X), or empty when it is not one. */
    public static Optional<String> normalized(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String idNumber = value.strip().toUpperCase(Locale.ROOT);
        return ID_NUMBER.matcher(idNumber).matches() ? Optional.of(idNumber) : Optional.empty();
    }

    /** {@code 310101199001011234} → {@code 3101**********1234}: first four and last four kept. */
    public static String mask(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return idNumber;
        }
        String trimmed = idNumber.trim();
        if (trimmed.length() <= 8) {
            return "*".repeat(trimmed.length());
        }
        return trimmed.substring(0, 4) + "*".repeat(trimmed.length() - 8) + trimmed.substring(trimmed.length() - 4);
    }
}
