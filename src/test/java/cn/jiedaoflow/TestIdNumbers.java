package cn.jiedaoflow;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Resident ID numbers for tests that are valid under GB 11643-1999 (region, real birth date, ISO 7064 MOD 11-2
 * check character), computed here on their own so that tests do not lean on the rule they test.
 */
public final class TestIdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final int DAYS = 70 * 365;
    /** Counts the numbers handed out, from a random start, so that no two of one test run are equal. */
    private static final AtomicInteger NEXT =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(DAYS * 1000));

    private TestIdNumbers() {}

    /** The ID number of region 310105 (长宁区) for someone born on {@code birth}, sequence 0–999. */
    public static String of(LocalDate birth, int sequence) {
        String body = "310105" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        return body + checkCharacter(body);
    }

    /**
     * A valid ID number no other call of this test run has had (the tests share one database): a birth date from
     * 1930 to 1999 and a sequence, counted on from a random start.
     */
    public static String unique() {
        int n = Math.floorMod(NEXT.getAndIncrement(), DAYS * 1000);
        return of(LocalDate.of(1930, 1, 1).plusDays(n / 1000), n % 1000);
    }

    /** The 18th character for the first 17. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
