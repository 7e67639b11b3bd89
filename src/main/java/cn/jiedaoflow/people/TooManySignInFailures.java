package cn.jiedaoflow.people;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without looking at the password, because the login name (or, for staff, the client address)
 * failed too often: answered 429 with {@code Retry-After}. The same for a known and an unknown login name.
 */
public class TooManySignInFailures extends AuthenticationException {

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

    /** The message key of the answer, in the {@code people} bundle. */
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

    /** Whole seconds until then, for {@code Retry-After}. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
