package cn.jiedaoflow.people;

import cn.jiedaoflow.audit.AuditLog;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows staff sign-ins after failures instead of locking the account (docs/operations.md, "Sign-in"): after the
 * n-th failure in a row of a user id the next try waits 2^(n-1) s, at most 60 s ({@link SignInLimit#STAFF}); after
 * the 10 free failures of a client address, likewise ({@link SignInLimit#ADDRESS}). A try inside the wait is refused
 * without looking at the password, and does not count. A success ends the user id's streak, not the address's.
 *
 * <p>The configured administrator has no wait of its own — a wait an attacker renews every minute would be a lock
 * by another name, and the administrator is who unlocks the others — only that of the address the tries come from.
 */
@Component
class StaffSignInLimits {

    private static final Logger LOG = LoggerFactory.getLogger(StaffSignInLimits.class);

    private final SignInFailures failures;
    private final SignInClock clock;
    private final AdminSettings admin;
    private final AuditLog audit;

    StaffSignInLimits(SignInFailures failures, SignInClock clock, AdminSettings admin, AuditLog audit) {
        this.failures = failures;
        this.clock = clock;
        this.admin = admin;
        this.audit = audit;
    }

    /** The wait a try of {@code userId} from {@code address} (null: not over HTTP) is inside, if any. */
    Optional<TooManySignInFailures> waitFor(String userId, String address) {
        Instant now = clock.now();
        return Stream.of(accountSubject(userId), addressSubject(address))
                .flatMap(Optional::stream)
                .map(subject -> failures.current(subject, now))
                .flatMap(Optional::stream)
                .filter(streak -> streak.waitingAt(now))
                .max((a, b) -> a.waitUntil().compareTo(b.waitUntil()))
                .map(streak -> slowed(streak, now));
    }

    void failed(String userId, String address) {
        Instant now = clock.now();
        accountSubject(userId)
                .ifPresent(subject -> failures.recordFailure(
                        subject,
                        SignInLimit.STAFF,
                        now,
                        streak -> notable("user:" + userId, SignInLimit.STAFF, streak, address)));
        addressSubject(address)
                .ifPresent(subject -> failures.recordFailure(
                        subject,
                        SignInLimit.ADDRESS,
                        now,
                        streak -> notable("address:" + address, SignInLimit.ADDRESS, streak, address)));
    }

    void succeeded(String userId) {
        accountSubject(userId).ifPresent(subject -> {
            if (failures.current(subject, clock.now()).isPresent()) {
                failures.forget(subject);
            }
        });
    }

    /** An administrator's unlock in Admin: the user id's wait ends at once. */
    boolean forget(String userId) {
        Optional<String> subject = accountSubject(userId);
        boolean had = subject.flatMap(s -> failures.current(s, clock.now())).isPresent();
        subject.ifPresent(failures::forget);
        return had;
    }

    private Optional<String> accountSubject(String userId) {
        if (userId == null || admin.configured() && admin.userId().equals(userId)) {
            return Optional.empty();
        }
        return Optional.of(SignInLimit.STAFF.subject(userId));
    }

    private static Optional<String> addressSubject(String address) {
        return Optional.ofNullable(address).map(SignInLimit.ADDRESS::subject);
    }

    private void notable(String target, SignInLimit limit, SignInStreak streak, String address) {
        String detail = streak.failures() + " failed staff sign-ins in a row"
                + (address == null ? "" : " (last from " + address + ")")
                + "; each further try waits "
                + limit.waitAfter(streak.failures()).orElseThrow().toSeconds()
                + " s or more";
        audit.record("system", "SIGN_IN_SLOWED", target, detail);
        LOG.info("staff sign-ins of {} slowed after {} failures", target, streak.failures());
    }

    private static TooManySignInFailures slowed(SignInStreak streak, Instant now) {
        long seconds = streak.secondsLeft(now);
        return new TooManySignInFailures("people.signIn.slowed", streak.waitUntil(), seconds, seconds);
    }
}
