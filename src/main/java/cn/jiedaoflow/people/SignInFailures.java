package cn.jiedaoflow.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The streaks of failed sign-ins ({@code app_sign_in_failure}), shared by every node of a cluster. Each change runs
 * in a transaction of its own, also when a sign-in is checked inside an engine command: a refused sign-in must be
 * counted even though nothing else of the request is kept, and two nodes counting the same subject at once are
 * serialized by the row lock.
 */
@Component
class SignInFailures {

    private static final String COLUMNS = "failures, last_failure_at, wait_until";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.EPOCH);

    SignInFailures(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The subject's streak, unless there is none or it is forgotten at {@code now}. */
    Optional<SignInStreak> current(String subject, Instant now) {
        List<SignInStreak> found = jdbc.query(
                "select " + COLUMNS + " from app_sign_in_failure where subject = ?", SignInFailures::streak, subject);
        return found.stream().findFirst().filter(streak -> !streak.forgottenAt(now));
    }

    /**
     * Counts one more failure of {@code subject} at {@code now} and sets the wait its limit gives.
     *
     * @param whenNotable called in the same transaction when this failure is the one its limit audits
     *                    ({@link SignInLimit#notable(int)}: an account's lock, the longest wait of a staff user,
     *                    the first wait of an address)
     */
    SignInStreak recordFailure(String subject, SignInLimit limit, Instant now, Consumer<SignInStreak> whenNotable) {
        pruneNowAndThen(now);
        try {
            return ownTransaction.execute(tx -> count(subject, limit, now, whenNotable));
        } catch (DuplicateKeyException firstFailureOfTwoAtOnce) {
            // another request inserted the row since we looked: it exists now, so this time it is updated
            return ownTransaction.execute(tx -> count(subject, limit, now, whenNotable));
        }
    }

    /** Ends the subject's streak (a successful sign-in, or an administrator's unlock). */
    void forget(String subject) {
        ownTransaction.executeWithoutResult(
                tx -> jdbc.update("delete from app_sign_in_failure where subject = ?", subject));
    }

    private SignInStreak count(String subject, SignInLimit limit, Instant now, Consumer<SignInStreak> whenNotable) {
        Optional<SignInStreak> before = jdbc
                .query(
                        "select " + COLUMNS + " from app_sign_in_failure where subject = ? for update",
                        SignInFailures::streak,
                        subject)
                .stream()
                .findFirst();
        int failures = before.filter(streak -> !streak.forgottenAt(now))
                        .map(SignInStreak::failures)
                        .orElse(0)
                + 1;
        Instant waitUntil = limit.waitAfter(failures).map(now::plus).orElse(null);
        SignInStreak after = new SignInStreak(failures, now, waitUntil);
        if (before.isPresent()) {
            jdbc.update(
                    "update app_sign_in_failure set failures = ?, last_failure_at = ?, wait_until = ? where"
                            + " subject = ?",
                    failures,
                    utc(now),
                    utc(waitUntil),
                    subject);
        } else {
            jdbc.update(
                    "insert into app_sign_in_failure (subject, " + COLUMNS + ") values (?, ?, ?, ?)",
                    subject,
                    failures,
                    utc(now),
                    utc(waitUntil));
        }
        if (limit.notable(failures)) {
            whenNotable.accept(after);
        }
        return after;
    }

    /** Removes forgotten streaks, at most every five minutes per node: unknown login names leave rows too. */
    private void pruneNowAndThen(Instant now) {
        Instant last = lastPrune.get();
        if (now.isAfter(last.plus(SignInLimit.FORGET_AFTER.dividedBy(3))) && lastPrune.compareAndSet(last, now)) {
            ownTransaction.executeWithoutResult(tx -> jdbc.update(
                    "delete from app_sign_in_failure where last_failure_at <= ? and (wait_until is null or"
                            + " wait_until <= ?)",
                    utc(now.minus(SignInLimit.FORGET_AFTER)),
                    utc(now)));
        }
    }

    private static SignInStreak streak(ResultSet row, int number) throws SQLException {
        OffsetDateTime waitUntil = row.getObject("wait_until", OffsetDateTime.class);
        return new SignInStreak(
                row.getInt("failures"),
                row.getObject("last_failure_at", OffsetDateTime.class).toInstant(),
                waitUntil == null ? null : waitUntil.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
