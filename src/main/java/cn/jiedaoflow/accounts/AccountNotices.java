package cn.jiedaoflow.accounts;

import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.notification.Notifications;
import cn.jiedaoflow.notification.Notifications.Recipient;
import cn.jiedaoflow.people.Account;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.personaldata.PersonalDataKind;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What an account's holder is told in their inbox: that someone tried to open an account with their ID number or
 * credit code, and that their password was reset. An enterprise made without a contact mobile number has no inbox
 * to be told in; the audit trail has the attempt all the same.
 */
@Component
class AccountNotices {

    private static final Logger LOG = LoggerFactory.getLogger(AccountNotices.class);

    private final Notifications notifications;
    private final OfficeTime office;

    AccountNotices(Notifications notifications, OfficeTime office) {
        this.notifications = notifications;
        this.office = office;
    }

    /** Someone signing up gave the ID number or the credit code that {@code holder}'s account has. */
    void signUpWithHoldersNumber(Account holder, Instant at) {
        String when = office.shown(at);
        if (holder.getKind() == Account.Kind.RESIDENT) {
            send(
                    holder,
                    "有人尝试用您的身份证号码开户",
                    when + "，有人在网上尝试用您的身份证号码（" + IdNumbers.mask(holder.getIdNumber()) + "）开设新账户，未能开户。"
                            + "如果是您本人，请用现有账户登录，忘记密码可用验证码重设；如果不是，请留意个人信息安全，"
                            + "有疑问请到街道受理窗口咨询。");
        } else {
            send(
                    holder,
                    "有人尝试用贵单位的统一社会信用代码开户",
                    when + "，有人在网上尝试用贵单位的统一社会信用代码（" + holder.getLoginName() + "）开设新账户，未能开户。"
                            + "如果是贵单位的人员，请用现有账户登录，忘记密码可用联系人手机的验证码重设；"
                            + "如果不是，有疑问请到街道受理窗口咨询。");
        }
    }

    /** {@code account}'s password was reset with a verification code. */
    void passwordReset(Account account, Instant at) {
        send(
                account,
                "您的密码已重设",
                office.shown(at) + "，您的账户（" + account.getLoginName() + "）用发送到 "
                        + PersonalDataKind.MOBILE.mask(account.getMobile()) + " 的验证码重设了密码，登录锁定（如有）已解除。"
                        + "如非本人操作，请立即到街道受理窗口处理。");
    }

    private void send(Account account, String subject, String body) {
        if (account.getMobile() == null) {
            LOG.info("account {} has no mobile number to be told \"{}\" at", account.getId(), subject);
            return;
        }
        notifications.send(new Recipient(account.getMobile(), account.getId()), null, subject, body);
    }
}
