package cn.jiedaoflow.accounts;

import cn.jiedaoflow.config.OfficeTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The numbers of the verification codes (docs/accounts.md) and what they make of a mobile number's and a client
 * address's codes so far. Plain Java: the boundaries are tested without a database.
 */
final class CodeLimits {

    /** A code is valid this long after it was sent: at 4:59 it is taken, at 5:00 refused. */
    static final Duration VALID_FOR = Duration.ofMinutes(5);
    /** Tries per code, right or wrong: the 6th is refused even with the right code. */
    static final int TRIES = 5;
    /** One code per mobile number in this time: the next at 60 s, not 59. */
    static final Duration RESEND_AFTER = Duration.ofSeconds(60);
    /** Codes per mobile number per office day (00:00 to 00:00 in the office's zone). */
    static final int PER_MOBILE_PER_DAY = 10;
    /** Codes per client address per hour (the hour from the first code of the address's current window). */
    static final int PER_ADDRESS_PER_HOUR = 20;

    static final Duration ADDRESS_WINDOW = Duration.ofHours(1);
    static final int DIGITS = 6;

    private CodeLimits() {}

    /** A refusal to send: until when, and the message that says why. */
    record Wait(Instant until, String messageKey) {}

    /**
     * A mobile number's current code and how many it had on its last day of codes.
     *
     * @param codeHash    the code, hashed
     * @param sentAt      when it was sent
     * @param tries       how many times it has been tried
     * @param used        whether it opened an account or reset a password (or was spent on a refused sign-up)
     * @param day         the office's date of {@code sentAt}
     * @param sentThatDay codes sent to the number on {@code day}, this one included
     */
    record MobileCodes(String codeHash, Instant sentAt, int tries, boolean used, LocalDate day, int sentThatDay) {

        /** Whether the code may be tried at {@code now}: not used, tried fewer than 5 times, younger than 5 minutes. */
        boolean triableAt(Instant now) {
            return !used && tries < TRIES && now.isBefore(sentAt.plus(VALID_FOR));
        }

        /** The state after one more code sent at {@code now}. */
        MobileCodes next(String newHash, Instant now, OfficeTime office) {
            LocalDate today = office.date(now);
            return new MobileCodes(newHash, now, 0, false, today, today.equals(day) ? sentThatDay + 1 : 1);
        }

        static MobileCodes first(String hash, Instant now, OfficeTime office) {
            return new MobileCodes(hash, now, 0, false, office.date(now), 1);
        }
    }

    /**
     * A client address's codes in its current window.
     *
     * @param windowStart when the window began (its first code)
     * @param codes       codes sent in the window
     */
    record AddressCodes(Instant windowStart, int codes) {

        boolean windowOpenAt(Instant now) {
            return now.isBefore(windowStart.plus(ADDRESS_WINDOW));
        }

        /** The state after one more code at {@code now}: counted in the window, or the first of a new one. */
        AddressCodes next(Instant now) {
            return windowOpenAt(now) ? new AddressCodes(windowStart, codes + 1) : new AddressCodes(now, 1);
        }
    }

    /** Why a mobile number may not have a code at {@code now}, if it may not: 60 s since its last, 10 today. */
    static Optional<Wait> mobileWait(MobileCodes codes, Instant now, OfficeTime office) {
        if (codes == null) {
            return Optional.empty();
        }
        Instant resendAt = codes.sentAt().plus(RESEND_AFTER);
        if (now.isBefore(resendAt)) {
            return Optional.of(new Wait(resendAt, "accounts.code.tooSoon"));
        }
        LocalDate today = office.date(now);
        if (today.equals(codes.day()) && codes.sentThatDay() >= PER_MOBILE_PER_DAY) {
            return Optional.of(new Wait(office.startOf(today.plusDays(1)), "accounts.code.dailyLimit"));
        }
        return Optional.empty();
    }

    /** Why a client address may not have a code at {@code now}, if it may not: 20 in its current hour. */
    static Optional<Wait> addressWait(AddressCodes codes, Instant now) {
        if (codes == null || !codes.windowOpenAt(now) || codes.codes() < PER_ADDRESS_PER_HOUR) {
            return Optional.empty();
        }
        return Optional.of(new Wait(codes.windowStart().plus(ADDRESS_WINDOW), "accounts.code.addressLimit"));
    }
}
