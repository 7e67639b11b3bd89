package cn.jiedaoflow.people;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.config.OfficeTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Component;

/**
 * Signs in residents and enterprises, and locks a login name for 15 minutes after its 5th failed password in a row
 * ({@link SignInLimit#ACCOUNT}). Failures are counted per login name whether or not an account has it, and an
 * unknown name still pays for one password hash: a known and an unknown name get the same answers in the same time,
 * so no one learns from them which mobile numbers have an account. While a name is locked, its passwords are not
 * looked at, the right one neither.
 */
@Component
class AccountSignIn {

    private static final Logger LOG = LoggerFactory.getLogger(AccountSignIn.class);

    private final AccountRepository accounts;
    private final Accounts accountService;
    private final SignInFailures failures;
    private final SignInClock clock;
    private final AuditLog audit;
    private final OfficeTime office;

    AccountSignIn(
            AccountRepository accounts,
            Accounts accountService,
            SignInFailures failures,
            SignInClock clock,
            AuditLog audit,
            OfficeTime office) {
        this.office = office;
        this.accounts = accounts;
        this.accountService = accountService;
        this.failures = failures;
        this.clock = clock;
        this.audit = audit;
    }

    Caller signIn(String loginName, String password, String address) {
        Instant now = clock.now();
        String subject = SignInLimit.ACCOUNT.subject(loginName);
        Optional<SignInStreak> streak = failures.current(subject, now);
        if (streak.isPresent() && streak.get().waitingAt(now)) {
            throw locked(streak.get(), now);
        }
        Optional<Account> account = accounts.findByLoginName(loginName);
        if (!accountService.passwordMatches(account, password)) {
            SignInStreak counted = failures.recordFailure(
                    subject, SignInLimit.ACCOUNT, now, lock -> recordLock(loginName, account, address, lock));
            if (counted.waitingAt(now)) {
                throw locked(counted, now);
            }
            throw new BadCredentialsException("bad credentials");
        }
        if (streak.isPresent()) {
            failures.forget(subject);
        }
        Account signedIn = account.orElseThrow();
        if (!signedIn.isEnabled()) {
            throw new DisabledException("account disabled");
        }
        Caller.Kind kind = signedIn.getKind() == Account.Kind.RESIDENT ? Caller.Kind.RESIDENT : Caller.Kind.ENTERPRISE;
        return new Caller(kind, signedIn.getLoginName(), signedIn.getId(), signedIn.getDisplayName(), Set.of());
    }

    private void recordLock(String loginName, Optional<Account> account, String address, SignInStreak lock) {
        String target = account.map(a -> "account:" + a.getId()).orElse("login:" + loginName);
        String detail =
                lock.failures() + " failed passwords in a row" + (address == null ? "" : " (last from " + address + ")")
                        + "; locked until " + office.local(lock.waitUntil())
                        + (account.isPresent() ? "" : "; no account has this login name");
        audit.record("system", "SIGN_IN_LOCKED", target, detail);
        LOG.info("sign-in of {} locked until {} after {} failed passwords", target, lock.waitUntil(), lock.failures());
    }

    private TooManySignInFailures locked(SignInStreak streak, Instant now) {
        return new TooManySignInFailures(
                TooManySignInFailures.LOCKED,
                streak.waitUntil(),
                streak.secondsLeft(now),
                shownUntil(streak.waitUntil(), office));
    }

    /** The end of a lock as people read it: the office's time, to the minute, rounded up so that it is never early. */
    static String shownUntil(Instant waitUntil, OfficeTime office) {
        Instant minute = waitUntil.truncatedTo(ChronoUnit.MINUTES);
        return office.shown(minute.equals(waitUntil) ? minute : minute.plus(1, ChronoUnit.MINUTES));
    }
}
