package cn.jiedaoflow.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Resident ID numbers (居民身份证号码) under GB 11643-1999: an address code of six digits (not all zero), the
 * birth date as eight digits ({@code yyyyMMdd}, a real day from 1900-01-01 to today), a three-digit sequence and
 * the ISO 7064 MOD 11-2 check character, a digit or {@code X}. "Today" is the engine's date in the JVM's zone, which is
 * the office's ({@code config.OfficeTime} checks it at start), so that a moved engine clock (tests, the demo clock)
 * and the application agree. They are sensitive personal information:
 * lists, logs and notices show them masked.
 */
public final class IdNumbers {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{17}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private IdNumbers() {}

    /**
     * The ID number as stored (stripped, a lower-case x read as X), or empty when it is not a valid one: wrong
     * length or characters, an address code of zeros, a birth date that is no real day, before 1900 or after
     * today, or a wrong check character.
     */
    public static Optional<String> normalized(String value) {
        return normalized(value, today());
    }

    /** As {@link #normalized(String)}, with {@code today} as the latest birth date. */
    static Optional<String> normalized(String value, LocalDate today) {
        if (value == null) {
            return Optional.empty();
        }
        String idNumber = value.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(idNumber).matches()
                || idNumber.startsWith("000000")
                || idNumber.charAt(17) != checkCharacter(idNumber.substring(0, 17))) {
            return Optional.empty();
        }
        return birthDate(idNumber)
                .filter(birth -> !birth.isBefore(EARLIEST_BIRTH) && !birth.isAfter(today))
                .map(birth -> idNumber);
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static Optional<LocalDate> birthDate(String idNumber) {
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(idNumber.substring(6, 10)),
                    Integer.parseInt(idNumber.substring(10, 12)),
                    Integer.parseInt(idNumber.substring(12, 14))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.now().toInstant(), ZoneId.systemDefault());
    }

    /**
     * Whether an ID number a resident sent back stands for their own {@code own} (their account's): nothing, the
     * masked number as the portal shows it, or the number itself (in any case of its X).
     */
    public static boolean standsForOwn(String given, String own) {
        if (given == null || given.isBlank()) {
            return true;
        }
        if (own == null) {
            return false;
        }
        String value = given.strip();
        return value.equals(mask(own)) || normalized(value).map(own::equals).orElse(false);
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
