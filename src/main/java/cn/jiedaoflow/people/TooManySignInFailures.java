package cn.jiedaoflow.people;

import cn.jiedaoflow.config.OfficeTime;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without looking at the password, because the login name (or, for staff, the client address)
 * failed too often: answered 429 with {@code Retry-After}. The same for a known and an unknown login name. The limits
 * of the accounts' verification codes answer with it too ({@link #until}), so that every wait of the API is told the
 * same way.
 */
public class TooManySignInFailures extends AuthenticationException {

    /** The message of a locked login name: its argument is the lock's end as people read it. */
    static final String LOCKED = "people.signIn.locked";

    private final transient String messageKey;
    private final transient Object[] args;
    private final Instant waitUntil;
    private final long retryAfterSeconds;

    TooManySignInFailures(String messageKey, Instant waitUntil, long retryAfterSeconds, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
        this.waitUntil = waitUntil;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /**
     * A try refused until {@code waitUntil} by a limit of its own (docs/accounts.md): answered as a locked sign-in is,
     * 429 with {@code Retry-After} and {@code retryAt}. The message's arguments: the end of the wait as people read
     * it ({@code {0}}, the office's time to the minute, never early) and the whole seconds left ({@code {1}}).
     */
    public static TooManySignInFailures until(String messageKey, Instant waitUntil, Instant now, OfficeTime office) {
        long seconds = secondsLeft(now, waitUntil);
        return new TooManySignInFailures(
                messageKey, waitUntil, seconds, AccountSignIn.shownUntil(waitUntil, office), seconds);
    }

    /** Whole seconds from {@code now} to {@code until}, rounded up, at least 1 (for {@code Retry-After}). */
    static long secondsLeft(Instant now, Instant until) {
        Duration left = Duration.between(now, until);
        return Math.max(1, left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0));
    }

    /** The message key of the answer (the {@code people} bundle for sign-in's own). */
    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** When the next try will be checked again. */
    public Instant waitUntil() {
        return waitUntil;
    }

    /**
     * The end of the wait as people read it: the office's time, to the minute, never early
     * ({@code 2026-12-17 17:00}).
     */
    public String shownUntil(OfficeTime office) {
        return AccountSignIn.shownUntil(waitUntil, office);
    }

    /** Whether this is the lock of a resident's or an enterprise's login name (not a staff member's short wait). */
    public boolean isAccountLock() {
        return LOCKED.equals(messageKey);
    }

    /** Whole seconds until then, for {@code Retry-After}. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
