package cn.jiedaoflow.people;

import java.time.Duration;
import java.util.Optional;

/**
 * How a streak of failed sign-ins of one subject turns into a wait (docs/operations.md, "Sign-in"). Every streak is
 * forgotten {@link #FORGET_AFTER} after its last failure; a successful sign-in ends the streak of its login name.
 */
enum SignInLimit {

    /** A resident's or an enterprise's login name: the 5th failure locks it for 15 minutes. */
    ACCOUNT("account:", SignInLimit.ACCOUNT_LOCK_AFTER) {
        @Override
        Optional<Duration> waitAfter(int failures) {
            return failures >= ACCOUNT_LOCK_AFTER ? Optional.of(ACCOUNT_LOCK) : Optional.empty();
        }
    },

    /** A staff user id: after the n-th failure the next try waits 2^(n-1) seconds, at most 60 — 1, 2, 4 … 32, 60. */
    STAFF("staff:", 7) {
        @Override
        Optional<Duration> waitAfter(int failures) {
            return Optional.of(doubling(failures - 1));
        }
    },

    /**
     * The client address of staff sign-ins: 10 failures (an office behind one address mistypes too) are free, then
     * 2^(n-11) seconds, at most 60.
     */
    ADDRESS("address:", SignInLimit.FREE_ADDRESS_FAILURES + 1) {
        @Override
        Optional<Duration> waitAfter(int failures) {
            return failures > FREE_ADDRESS_FAILURES
                    ? Optional.of(doubling(failures - FREE_ADDRESS_FAILURES - 1))
                    : Optional.empty();
        }
    };

    static final int ACCOUNT_LOCK_AFTER = 5;
    static final Duration ACCOUNT_LOCK = Duration.ofMinutes(15);
    static final int FREE_ADDRESS_FAILURES = 10;
    static final Duration LONGEST_STAFF_WAIT = Duration.ofSeconds(60);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    /** Longer names are kept by their SHA-256, so that no caller decides how long a key gets. */
    private static final int LONGEST_KEPT_NAME = 100;

    private final String prefix;
    private final int notableAt;

    SignInLimit(String prefix, int notableAt) {
        this.prefix = prefix;
        this.notableAt = notableAt;
    }

    /**
     * Whether the failure with this number is audited: an account's lock, the first longest wait, an address's first
     * wait.
     */
    boolean notable(int failures) {
        return failures == notableAt;
    }

    /** How long the next try waits after the given number of failures in a row; empty: it need not wait. */
    abstract Optional<Duration> waitAfter(int failures);

    /** The key of {@code name}'s streak, e.g. {@code account:13800000001}. */
    String subject(String name) {
        return name.length() <= LONGEST_KEPT_NAME ? prefix + name : prefix + "#" + Hashes.sha256Hex(name);
    }

    private static Duration doubling(int exponent) {
        return exponent >= 6
                ? LONGEST_STAFF_WAIT
                : Duration.ofSeconds(Math.min(1L << exponent, LONGEST_STAFF_WAIT.toSeconds()));
    }
}
