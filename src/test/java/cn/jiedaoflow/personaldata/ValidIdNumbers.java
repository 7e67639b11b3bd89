package cn.jiedaoflow.personaldata;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Resident ID numbers that pass GB 11643 (a real birth date, the ISO 7064 MOD 11-2 check character), each new
 * one unused in this test run, for the tests that share one database.
 */
public final class ValidIdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 500_000));

    private ValidIdNumbers() {
    }

    /** A new ID number of a person born in Changning district (310105) between 1950 and 2004. */
    public static String next() {
        int n = NEXT.getAndIncrement();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n / 900 % 20_000);
        String first17 = "310105" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", 100 + n % 900);
        return first17 + checkCharacter(first17);
    }

    /** The check character of the first 17 digits (GB 11643-1999, ISO 7064 MOD 11-2). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
