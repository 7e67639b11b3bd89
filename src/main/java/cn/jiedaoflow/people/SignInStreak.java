package cn.jiedaoflow.people;

import java.time.Instant;

/**
 * One subject's failed sign-ins in a row.
 *
 * @param failures      how many, since the last success or since the streak was forgotten
 * @param lastFailureAt when the last one happened
 * @param waitUntil     the next try is answered without a password check until then; {@code null}: no wait
 */
record SignInStreak(int failures, Instant lastFailureAt, Instant waitUntil) {

    boolean waitingAt(Instant now) {
        return waitUntil != null && waitUntil.isAfter(now);
    }

    /** A streak whose last failure is {@link SignInLimit#FORGET_AFTER} old counts as none. */
    boolean forgottenAt(Instant now) {
        return !lastFailureAt.plus(SignInLimit.FORGET_AFTER).isAfter(now);
    }

    /** Whole seconds left to wait, at least 1 (for {@code Retry-After}). */
    long secondsLeft(Instant now) {
        return TooManySignInFailures.secondsLeft(now, waitUntil);
    }
}
