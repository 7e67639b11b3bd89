package cn.jiedaoflow.propertyfee;

import cn.jiedaoflow.notification.Notifications;
import cn.jiedaoflow.notification.Notifications.Recipient;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Tells the property company, the owners' committee and, for the vote's outcome and each new fee, every owner
 * with a linked account what happened to a proposal; one notice per mobile number. Texts are Chinese: they go to the
 * estate's inboxes and SMS.
 */
@Service
class PropertyFeeNotices {

    private final Notifications notifications;

    PropertyFeeNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    void send(String trackingNumber, List<Recipient> recipients, FeeNotice notice, String detail) {
        String subject = switch (notice) {
            case PROPOSAL_REJECTED -> "物业费调价方案未通过预审";
            case VOTE_FAILED -> "物业费调价表决未通过";
            case FEE_STEP_IN_FORCE -> "新物业费标准生效";
        };
        String template = switch (notice) {
            case PROPOSAL_REJECTED -> "办件 %s：居委会或业委会预审否决了物业费调价方案，程序终止。%s";
            case VOTE_FAILED -> "办件 %s：%s";
            case FEE_STEP_IN_FORCE -> "办件 %s：%s";
        };
        String body = template.formatted(trackingNumber, detail == null ? "" : detail);
        Map<String, Recipient> byMobile = new LinkedHashMap<>();
        recipients.forEach(recipient -> byMobile.merge(
                recipient.mobile(), recipient, (first, second) -> first.accountId() != null ? first : second));
        byMobile.values().forEach(recipient -> notifications.send(recipient, trackingNumber, subject, body));
    }

    /**
     * Invites the estate's linked owners to read the proposal and give their opinion before {@code closes} (as
     * shown); the notice links to the proposal's page in the portal ({@link ProposalNoticePages}).
     */
    void opinionsInvited(String trackingNumber, List<Recipient> owners, String closes) {
        String body = ("办件 %s：物业费调价方案（调价内容、三张清单、审计评估）已向业主公示。请在 %s 之前登录居民服务平台阅读方案并提出意见，" + "每位业主可提交一条意见。")
                .formatted(trackingNumber, closes);
        Map<String, Recipient> byMobile = new LinkedHashMap<>();
        owners.forEach(owner -> byMobile.putIfAbsent(owner.mobile(), owner));
        byMobile.values().forEach(owner -> notifications.send(owner, trackingNumber, "物业费调价方案征求业主意见", body));
    }

    static String voteOutcomeText(VoteOutcome outcome) {
        return switch (outcome) {
            case QUORUM_NOT_MET -> "参与表决人数或面积未达三分之二";
            case REJECTED -> "未获过半数同意";
            case PASSED -> "通过";
        };
    }

    /** The notice of a failed vote: its outcome, and for how long the estate takes no new proposal. */
    static String voteFailedText(VoteOutcome outcome, FailedVoteBar bar) {
        return "业主大会表决结果为%s，调价程序终止；%s内不得就同一小区再次提出调价方案。".formatted(voteOutcomeText(outcome), bar.inChinese());
    }

    static String stepText(FeeStep step) {
        return "自 %s 起物业费为：住宅 %s 元/㎡·月，商业 %s 元/㎡·月，车位 %s 元/㎡·月。"
                .formatted(
                        step.takesEffect(),
                        text(step.residentialFee()),
                        text(step.commercialFee()),
                        text(step.parkingFee()));
    }

    private static String text(BigDecimal amount) {
        return amount == null ? "不变" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
