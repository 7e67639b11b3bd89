package cn.jiedaoflow.people;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.refusal.Refusal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' and enterprises' accounts: created with a hashed password, looked up by login name, checked at sign-in.
 */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    /** A hash of no one's password, made like every account's, for a login name that has no account. */
    private final String nobodysHash;

    Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.nobodysHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    /** A resident's account; the ID number, when given, must be a valid one (GB 11643) and is stored normalised. */
    @Transactional
    public Account createResident(String mobile, String name, String idNumber, String rawPassword) {
        if (!LoginNames.isMobile(mobile)) {
            throw Refusal.badInput("people.mobile.invalid", mobile);
        }
        String checkedIdNumber = idNumber == null
                ? null
                : IdNumbers.normalized(idNumber)
                        .orElseThrow(
                                () -> Refusal.badInput("people.idNumber.invalid", IdNumbers.mask(idNumber.strip())));
        return create(Account.Kind.RESIDENT, mobile, name, checkedIdNumber, rawPassword);
    }

    /** An enterprise's account, signing in with its unified social credit code (GB 32100, check character and all). */
    @Transactional
    public Account createEnterprise(String creditCode, String name, String rawPassword) {
        return create(Account.Kind.ENTERPRISE, creditCode(creditCode), name, null, rawPassword);
    }

    /**
     * An enterprise's account with its contact person, whose mobile number receives the enterprise's verification
     * codes (a forgotten password is reset with one).
     */
    @Transactional
    public Account createEnterprise(
            String creditCode, String name, String contactName, String contactMobile, String rawPassword) {
        if (contactName == null || contactName.isBlank()) {
            throw Refusal.badInput("people.name.missing");
        }
        if (!LoginNames.isMobile(contactMobile)) {
            throw Refusal.badInput("people.mobile.invalid", contactMobile);
        }
        return create(
                Account.Kind.ENTERPRISE,
                creditCode(creditCode),
                name,
                null,
                rawPassword,
                account -> account.withContact(contactName.strip(), contactMobile));
    }

    private static String creditCode(String creditCode) {
        return CreditCodes.normalized(creditCode)
                .orElseThrow(() -> Refusal.badInput("people.creditCode.invalid", String.valueOf(creditCode)));
    }

    private Account create(Account.Kind kind, String loginName, String name, String idNumber, String rawPassword) {
        return create(kind, loginName, name, idNumber, rawPassword, account -> account);
    }

    private Account create(
            Account.Kind kind,
            String loginName,
            String name,
            String idNumber,
            String rawPassword,
            UnaryOperator<Account> completed) {
        if (name == null || name.isBlank()) {
            throw Refusal.badInput("people.name.missing");
        }
        if (rawPassword == null || rawPassword.length() < 8) {
            throw Refusal.badInput("people.password.tooShort", 8);
        }
        if (accounts.existsByLoginName(loginName)) {
            throw Refusal.conflict("people.account.exists", loginName);
        }
        Account account = accounts.save(completed.apply(new Account(
                kind, loginName, name.trim(), idNumber, passwordEncoder.encode(rawPassword), Instant.now())));
        audit.record("system", "ACCOUNT_CREATED", "account:" + account.getId(), kind + " " + loginName);
        return account;
    }

    /**
     * Whether the password is the account's. Without an account it is checked against a hash of no one's password,
     * so that an unknown login name takes as long to refuse as a known one.
     */
    boolean passwordMatches(Optional<Account> account, String rawPassword) {
        boolean matches = passwordEncoder.matches(
                rawPassword, account.map(Account::getPasswordHash).orElse(nobodysHash));
        return matches && account.isPresent();
    }
}
