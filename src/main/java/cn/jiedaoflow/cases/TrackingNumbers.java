package cn.jiedaoflow.cases;

import cn.jiedaoflow.config.OfficeTime;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Tracking numbers (办件编号) of every procedure: {@code <PREFIX>-<yyyyMMdd>-<6 characters>}, for example
 * {@code LD-20261128-K7Q2MX}. The date says when the case arrived (the office's date); the six characters come
 * from a cryptographically strong generator, so one resident's number says nothing about another's.
 * The alphabet leaves out 0, 1, I, L and O, which are misread on the phone and on paper.
 */
@Component
public class TrackingNumbers {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int RANDOM_LENGTH = 6;

    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,4}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final SecureRandom random;
    private final ZoneId zone;

    @Autowired
    public TrackingNumbers(OfficeTime office) {
        this(new SecureRandom(), office);
    }

    /** The procedure's prefix of a tracking number ({@code OS} of {@code OS-20261128-K7Q2MX}), if it has one. */
    public static Optional<String> prefixOf(String trackingNumber) {
        int dash = trackingNumber == null ? -1 : trackingNumber.indexOf('-');
        return dash > 0 ? Optional.of(trackingNumber.substring(0, dash)) : Optional.empty();
    }

    TrackingNumbers(SecureRandom random, OfficeTime office) {
        this.random = random;
        this.zone = office.zone();
    }

    /** How many numbers {@link #unused} draws before it gives up (31^6 ≈ 887 million numbers a day and prefix). */
    public static final int ATTEMPTS = 5;

    /** A new tracking number that {@code taken} says no case has yet. */
    public String unused(String prefix, Instant receivedAt, Predicate<String> taken) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String candidate = next(prefix, receivedAt);
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free tracking number after " + ATTEMPTS + " attempts");
    }

    /** A new tracking number for a case of the procedure {@code prefix} that arrived at {@code receivedAt}. */
    public String next(String prefix, Instant receivedAt) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("a tracking number prefix is 2 to 4 capital letters: " + prefix);
        }
        StringBuilder number = new StringBuilder(prefix.length() + 16)
                .append(prefix)
                .append('-')
                .append(DATE.format(receivedAt.atZone(zone)))
                .append('-');
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }
}
