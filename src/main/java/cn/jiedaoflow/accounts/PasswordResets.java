package cn.jiedaoflow.accounts;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.people.Account;
import cn.jiedaoflow.people.AccountRecovery;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.LoginNames;
import cn.jiedaoflow.refusal.Refusal;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new password with a verification code sent to the account's mobile number (a resident's login name, an
 * enterprise's contact mobile), which also ends a sign-in lock (docs/accounts.md). Whether a login name has an account
 * is told only to whoever holds the right code: a credit code without an account (or without a contact mobile) is
 * answered as a wrong code, after as long; a mobile number without one is told so once its code was right, since only
 * its holder has that code.
 */
@Service
class PasswordResets {

    private final VerificationCodes codes;
    private final AccountRepository accounts;
    private final AccountRecovery recovery;
    private final AccountNotices notices;
    private final WorkingCalendar clock;
    private final TransactionTemplate transaction;

    PasswordResets(
            VerificationCodes codes,
            AccountRepository accounts,
            AccountRecovery recovery,
            AccountNotices notices,
            WorkingCalendar clock,
            PlatformTransactionManager transactions) {
        this.codes = codes;
        this.accounts = accounts;
        this.recovery = recovery;
        this.notices = notices;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    void reset(PasswordReset request, String address) {
        AccountFields fields = new AccountFields();
        String loginName = fields.loginName(request.loginName());
        String code = fields.code(request.code());
        String password = fields.password(request.password());
        fields.refuseIfAny();
        Optional<Account> account = accounts.findByLoginName(loginName);
        String mobile = account.map(Account::getMobile).orElse(LoginNames.isMobile(loginName) ? loginName : null);
        if (mobile == null) {
            throw codes.refuseWithoutNumber(code);
        }
        CheckedCode checked = codes.check(mobile, code);
        if (account.isEmpty()) {
            throw Refusal.notFound("accounts.reset.noAccount");
        }
        transaction.executeWithoutResult(tx -> {
            codes.spend(checked);
            recovery.resetPassword(account.get(), password, address);
            notices.passwordReset(account.get(), clock.now());
        });
    }
}
