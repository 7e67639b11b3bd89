package cn.jiedaoflow.people;

import cn.jiedaoflow.audit.AuditLog;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's or an enterprise's way back in: a new password, set once the caller has shown a verification code
 * sent to the account's mobile number (docs/accounts.md). It also ends the login name's streak of failed passwords,
 * and so a lock (five failures, {@link AccountSignIn}). Audited.
 */
@Service
public class AccountRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(AccountRecovery.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SignInFailures failures;
    private final AuditLog audit;

    AccountRecovery(
            AccountRepository accounts, PasswordEncoder passwordEncoder, SignInFailures failures, AuditLog audit) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.failures = failures;
        this.audit = audit;
    }

    /**
     * Sets {@code account}'s password to {@code rawPassword} (the caller has checked both: the code, the password's
     * rules) and unlocks its login name.
     *
     * @param address the client address of the request, for the audit trail; {@code null} outside a request
     */
    @Transactional
    public void resetPassword(Account account, String rawPassword, String address) {
        Objects.requireNonNull(rawPassword, "rawPassword");
        Account stored = accounts.findById(account.getId()).orElseThrow();
        stored.changePassword(passwordEncoder.encode(rawPassword));
        accounts.save(stored);
        failures.forget(SignInLimit.ACCOUNT.subject(stored.getLoginName()));
        audit.record(
                stored.getLoginName(),
                "PASSWORD_RESET",
                "account:" + stored.getId(),
                "new password set with a verification code sent to the account's mobile number; failed sign-ins"
                        + " forgotten, any lock ended"
                        + (address == null ? "" : " (from " + address + ")"));
        LOG.info("password of account {} reset with a verification code; its sign-in lock ended", stored.getId());
    }
}
