package cn.jiedaoflow.accounts;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.people.Account;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.personaldata.PersonalDataKind;
import cn.jiedaoflow.refusal.Localized;
import cn.jiedaoflow.refusal.Refusal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Residents and enterprises open their own accounts (docs/accounts.md). In this order: every field is checked (all
 * bad ones named at once); the verification code is tried (a try counted, wrong or right); only then is the mobile
 * number (a resident) or the credit code (an enterprise) looked up: already signed up → 409, so that the answer says
 * nothing to whoever does not hold the number's code. An ID number or credit code that another account holds gets one
 * neutral answer, {@code accounts.signUp.refused}, which names neither the account nor what matched; the code is
 * spent, the attempt audited and the holder told in their inbox. Sign-ups check and open accounts one at a time
 * ({@code app_sign_up_lock}), so that two with one ID number never both succeed.
 */
@Service
class SignUps {

    private static final Logger LOG = LoggerFactory.getLogger(SignUps.class);

    private final VerificationCodes codes;
    private final Accounts accounts;
    private final AccountRepository accountRepository;
    private final AccountNotices notices;
    private final AuditLog audit;
    private final WorkingCalendar clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    SignUps(
            VerificationCodes codes,
            Accounts accounts,
            AccountRepository accountRepository,
            AccountNotices notices,
            AuditLog audit,
            WorkingCalendar clock,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.codes = codes;
        this.accounts = accounts;
        this.accountRepository = accountRepository;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    ResidentAccount resident(ResidentSignUp request, String address) {
        AccountFields fields = new AccountFields();
        String mobile = fields.mobile("mobile", request.mobile());
        String code = fields.code(request.code());
        String password = fields.password(request.password());
        String name =
                fields.name("name", request.name(), new Localized("姓名", "name"), AccountFields.LONGEST_PERSON_NAME);
        String idNumber = fields.idNumber(request.idNumber());
        fields.refuseIfAny();
        CheckedCode checked = codes.check(mobile, code);
        Account account = opened(() -> {
            if (accountRepository.existsByLoginName(mobile)) {
                return Refusal.conflict("accounts.signUp.mobileTaken");
            }
            List<Account> holders = accountRepository.findByIdNumber(idNumber);
            if (!holders.isEmpty()) {
                return refused(checked, holders, "ID number", address);
            }
            codes.spend(checked);
            return signedUp(accounts.createResident(mobile, name, idNumber, password), address);
        });
        return new ResidentAccount(account.getLoginName(), account.getDisplayName(), IdNumbers.mask(idNumber));
    }

    EnterpriseAccount enterprise(EnterpriseSignUp request, String address) {
        AccountFields fields = new AccountFields();
        String creditCode = fields.creditCode(request.creditCode());
        String name = fields.name(
                "name", request.name(), new Localized("单位名称", "name"), AccountFields.LONGEST_ENTERPRISE_NAME);
        String contactName = fields.name(
                "contactName",
                request.contactName(),
                new Localized("联系人姓名", "contactName"),
                AccountFields.LONGEST_PERSON_NAME);
        String mobile = fields.mobile("mobile", request.mobile());
        String code = fields.code(request.code());
        String password = fields.password(request.password());
        fields.refuseIfAny();
        CheckedCode checked = codes.check(mobile, code);
        Account account = opened(() -> {
            Optional<Account> holder = accountRepository.findByLoginName(creditCode);
            if (holder.isPresent() && mobile.equals(holder.get().getMobile())) {
                // the enterprise's own contact, who holds the code of its number: told to sign in or reset
                return Refusal.conflict("accounts.signUp.creditCodeTaken");
            }
            if (holder.isPresent()) {
                return refused(checked, List.of(holder.get()), "credit code", address);
            }
            codes.spend(checked);
            return signedUp(accounts.createEnterprise(creditCode, name, contactName, mobile, password), address);
        });
        return new EnterpriseAccount(
                account.getLoginName(), account.getDisplayName(), account.getContactName(), account.getMobile());
    }

    /**
     * Runs {@code step} in one transaction holding the sign-up lock; it answers the account opened, or the refusal,
     * which is thrown once what the step recorded for it is committed.
     */
    private Account opened(Supplier<Object> step) {
        Object outcome = transaction.execute(tx -> {
            jdbc.queryForObject("select id from app_sign_up_lock where id = 1 for update", Integer.class);
            return step.get();
        });
        if (outcome instanceof Refusal refusal) {
            throw refusal;
        }
        return (Account) outcome;
    }

    private Account signedUp(Account account, String address) {
        audit.record(
                account.getLoginName(),
                "SIGNED_UP",
                "account:" + account.getId(),
                account.getKind() + " account opened with a verification code sent to "
                        + PersonalDataKind.MOBILE.mask(account.getMobile())
                        + (address == null ? "" : " (from " + address + ")"));
        LOG.info("{} account {} signed up", account.getKind(), account.getId());
        return account;
    }

    private Refusal refused(CheckedCode checked, List<Account> holders, String what, String address) {
        codes.spend(checked);
        for (Account holder : holders) {
            audit.record(
                    "system",
                    "SIGN_UP_REFUSED",
                    "account:" + holder.getId(),
                    "a sign-up with a verification code sent to " + PersonalDataKind.MOBILE.mask(checked.mobile())
                            + (address == null ? "" : " (from " + address + ")") + " gave this account's " + what
                            + "; refused, the holder told");
            notices.signUpWithHoldersNumber(holder, clock.now());
        }
        LOG.info("a sign-up gave the {} of another account: refused", what);
        return Refusal.conflict("accounts.signUp.refused");
    }
}
