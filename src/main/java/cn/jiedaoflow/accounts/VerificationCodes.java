package cn.jiedaoflow.accounts;

import cn.jiedaoflow.accounts.CodeLimits.AddressCodes;
import cn.jiedaoflow.accounts.CodeLimits.MobileCodes;
import cn.jiedaoflow.accounts.CodeLimits.Wait;
import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.people.TooManySignInFailures;
import cn.jiedaoflow.personaldata.PersonalDataKind;
import cn.jiedaoflow.refusal.Localized;
import cn.jiedaoflow.refusal.Refusal;
import cn.jiedaoflow.sms.SmsGateway;
import cn.jiedaoflow.sms.SmsNotSent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verification codes sent by SMS (docs/accounts.md): six digits from {@link SecureRandom}, kept only as a hash
 * (the application's password encoder, BCrypt), never logged. A code is valid 5 minutes and may be tried 5 times; a
 * mobile number gets one code per 60 seconds and 10 per office day, a client address 20 per hour; over a limit the
 * request is answered 429 with the wait, as a locked sign-in is. Whether the number has an account is never looked
 * at, so the answer is the same either way.
 */
@Service
class VerificationCodes {

    private static final Logger LOG = LoggerFactory.getLogger(VerificationCodes.class);
    /** Longer addresses are kept by their SHA-256, so that no client decides how long a key gets. */
    private static final int LONGEST_KEPT_ADDRESS = 100;

    private static final Localized CODE = new Localized("验证码", "code");
    /** Rows no limit needs any more are removed at most this often per node. */
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(5);

    private final CodeRows rows;
    private final SmsGateway sms;
    private final PasswordEncoder hashes;
    private final WorkingCalendar clock;
    private final OfficeTime office;
    private final MessageSource messages;
    private final AuditLog audit;
    private final TransactionTemplate ownTransaction;
    private final SecureRandom random = new SecureRandom();
    /** A hash of no one's code, tried when a number has no code to try: every check costs one hash. */
    private final String nobodysHash;

    private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.EPOCH);

    VerificationCodes(
            CodeRows rows,
            SmsGateway sms,
            PasswordEncoder hashes,
            WorkingCalendar clock,
            OfficeTime office,
            MessageSource messages,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.rows = rows;
        this.sms = sms;
        this.hashes = hashes;
        this.clock = clock;
        this.office = office;
        this.messages = messages;
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.nobodysHash = hashes.encode(UUID.randomUUID().toString());
    }

    /**
     * Sends a new code to {@code mobile} (replacing its previous one), counted against the number's and the client
     * address's limits.
     *
     * @throws TooManySignInFailures when a limit is reached: nothing is sent or counted
     * @throws Refusal (unavailable) when the gateway did not take the text; the code counts all the same (the text
     *                 may still arrive)
     */
    CodeSent send(String mobile, String address) {
        Instant now = clock.now();
        String addressKey = addressKey(address);
        // a first look without locks, so that a refused request costs no hash
        refuseIfWaiting(rows.readAddress(addressKey), rows.readMobile(mobile), now);
        pruneNowAndThen(now);
        String code = String.format("%0" + CodeLimits.DIGITS + "d", random.nextInt(1_000_000));
        String hash = hashes.encode(code);
        try {
            ownTransaction.executeWithoutResult(tx -> count(mobile, addressKey, hash, now));
        } catch (DuplicateKeyException firstCodeOfTwoAtOnce) {
            // another request inserted the number's or the address's row since we looked: now it is locked and updated
            ownTransaction.executeWithoutResult(tx -> count(mobile, addressKey, hash, now));
        }
        try {
            sms.send(
                    mobile,
                    messages.getMessage(
                            "accounts.code.sms",
                            new Object[] {code, String.valueOf(CodeLimits.VALID_FOR.toMinutes())},
                            Locale.SIMPLIFIED_CHINESE));
        } catch (SmsNotSent notSent) {
            throw Refusal.unavailable("sms.notSent");
        }
        LOG.info("verification code sent to {}", PersonalDataKind.MOBILE.mask(mobile));
        return new CodeSent(
                office.local(now.plus(CodeLimits.VALID_FOR)), office.local(now.plus(CodeLimits.RESEND_AFTER)));
    }

    private void count(String mobile, String addressKey, String hash, Instant now) {
        Optional<AddressCodes> address = rows.lockAddress(addressKey);
        Optional<MobileCodes> number = rows.lockMobile(mobile);
        refuseIfWaiting(address, number, now);
        AddressCodes addressAfter = address.map(a -> a.next(now)).orElseGet(() -> new AddressCodes(now, 1));
        rows.saveAddress(addressKey, addressAfter, address.isPresent());
        rows.saveMobile(
                mobile,
                number.map(n -> n.next(hash, now, office)).orElseGet(() -> MobileCodes.first(hash, now, office)),
                number.isPresent());
        if (addressAfter.codes() == CodeLimits.PER_ADDRESS_PER_HOUR) {
            audit.record(
                    "system",
                    "VERIFICATION_CODES_LIMITED",
                    "address:" + addressKey,
                    CodeLimits.PER_ADDRESS_PER_HOUR + " verification codes asked from this address since "
                            + office.local(addressAfter.windowStart()) + "; no more until "
                            + office.local(addressAfter.windowStart().plus(CodeLimits.ADDRESS_WINDOW)));
            LOG.info("verification codes of address {} limited for the rest of its hour", addressKey);
        }
    }

    /** The longer of the waits of the address and the number, if either has one. */
    private void refuseIfWaiting(Optional<AddressCodes> address, Optional<MobileCodes> number, Instant now) {
        Optional<Wait> wait = Stream.of(
                        CodeLimits.addressWait(address.orElse(null), now),
                        CodeLimits.mobileWait(number.orElse(null), now, office))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(Wait::until));
        if (wait.isPresent()) {
            throw TooManySignInFailures.until(
                    wait.get().messageKey(), wait.get().until(), now, office);
        }
    }

    /**
     * Tries {@code code} against the current code of {@code mobile}. Each try of a code that may still be tried is
     * counted first, in a transaction of its own, whatever comes of the request afterwards.
     *
     * @throws Refusal (bad input, {@code accounts.code.invalid}) when it is wrong, expired, tried 5 times already,
     *                 used, or the number has none: one answer for all
     */
    CheckedCode check(String mobile, String code) {
        Instant now = clock.now();
        Optional<MobileCodes> tried = ownTransaction.execute(tx -> {
            Optional<MobileCodes> current = rows.lockMobile(mobile).filter(codes -> codes.triableAt(now));
            current.ifPresent(codes -> rows.countTry(mobile));
            return current;
        });
        boolean matches = hashes.matches(code, tried.map(MobileCodes::codeHash).orElse(nobodysHash));
        if (!matches || tried.isEmpty()) {
            throw invalid();
        }
        return new CheckedCode(mobile, tried.get().sentAt());
    }

    /** The answer to a code for no number at all (a login name without an account): as long, and the same. */
    RuntimeException refuseWithoutNumber(String code) {
        hashes.matches(code, nobodysHash);
        return invalid();
    }

    /** Uses the code up, in the caller's transaction: a code opens one account or resets one password. */
    void spend(CheckedCode code) {
        if (!rows.markUsed(code.mobile(), code.sentAt())) {
            throw invalid();
        }
    }

    private static Refusal invalid() {
        return Refusal.badFields(
                "accounts.code.invalid",
                List.of(Map.of("field", "code", "problem", "invalid", "label", CODE)),
                CodeLimits.VALID_FOR.toMinutes(),
                CodeLimits.TRIES);
    }

    private void pruneNowAndThen(Instant now) {
        Instant last = lastPrune.get();
        if (now.isAfter(last.plus(PRUNE_EVERY)) && lastPrune.compareAndSet(last, now)) {
            ownTransaction.executeWithoutResult(tx -> rows.prune(now));
        }
    }

    private static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.length() <= LONGEST_KEPT_ADDRESS) {
            return address;
        }
        try {
            return "#"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256")
                                    .digest(address.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
