package cn.jiedaoflow.labordispute;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * The notices the applicant receives; the value of the {@code noticeType} input of each notification task.
 * Arguments of the body: {0} tracking number, {1} applicant's name, {2} detail (the reason for not
 * accepting, the agreement number).
 */
enum MediationNotice {
    NOT_ACCEPTED("劳动争议调解申请不予受理", "{1}：您的劳动争议调解申请（办件编号 {0}）不予受理，理由：{2}。您可以依法向劳动人事争议仲裁委员会申请仲裁。"),
    AGREEMENT_REACHED(
            "劳动争议调解已达成协议",
            "{1}：您的劳动争议调解（办件编号 {0}）已达成调解协议（协议编号 {2}）。调解协议书经双方当事人签名或者盖章，" + "经调解员签名并加盖调解组织印章后生效，对双方当事人具有约束力，当事人应当履行。"),
    MEDIATION_FAILED("劳动争议调解未达成协议", "{1}：您的劳动争议调解（办件编号 {0}）未能达成调解协议，调解终止。您可以依法向劳动人事争议仲裁委员会申请仲裁。"),
    STATUTORY_LIMIT_REACHED(
            "劳动争议调解期限届满",
            "{1}：自收到您的劳动争议调解申请（办件编号 {0}）之日起十五日内未达成调解协议，调解终止。" + "根据《劳动争议调解仲裁法》第十四条，您可以依法向劳动人事争议仲裁委员会申请仲裁。");

    private final String subject;
    private final String bodyPattern;

    MediationNotice(String subject, String bodyPattern) {
        this.subject = subject;
        this.bodyPattern = bodyPattern;
    }

    String subject() {
        return subject;
    }

    String body(String trackingNumber, String applicantName, String detail) {
        return new MessageFormat(bodyPattern, Locale.CHINA)
                .format(new Object[] {trackingNumber, applicantName, detail == null ? "" : detail});
    }
}
