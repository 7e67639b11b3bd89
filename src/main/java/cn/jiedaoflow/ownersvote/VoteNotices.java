package cn.jiedaoflow.ownersvote;

import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.notification.Notification;
import cn.jiedaoflow.notification.Notifications;
import cn.jiedaoflow.owners.EstateOwnerContacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the owners with a linked account that a vote is called. INBOX lands in the portal inbox. SMS is
 * recorded as a notification marked SMS in {@code vote_notice}: no SMS gateway is connected, so nothing
 * leaves the system yet. Sending again skips the accounts already told on that channel (the task retries).
 */
@Service
class VoteNotices {

    private static final Logger LOG = LoggerFactory.getLogger(VoteNotices.class);

    private final Votes votes;
    private final EstateOwnerContacts owners;
    private final VoteNoticeRepository notices;
    private final Notifications notifications;
    private final OfficeTime office;

    VoteNotices(
            Votes votes,
            EstateOwnerContacts owners,
            VoteNoticeRepository notices,
            Notifications notifications,
            OfficeTime office) {
        this.votes = votes;
        this.owners = owners;
        this.notices = notices;
        this.notifications = notifications;
        this.office = office;
    }

    @Transactional
    int notifyOwners(long voteId, VoteNotice.Channel channel) {
        Vote vote = votes.get(voteId);
        String subject = (channel == VoteNotice.Channel.SMS ? "【短信】" : "") + "业主大会表决通知";
        String body = "小区业主大会就“" + vote.getSubject() + "”进行表决（"
                + (vote.getMatterType() == MatterType.SPECIAL ? "重大事项" : "一般事项") + "），表决时间："
                + office.shown(vote.getWindowOpens()) + " 至 "
                + office.shown(vote.getWindowCloses())
                + "。请登录居民服务平台投票，或向居委会领取纸质表决票。";
        int sent = 0;
        for (Notifications.Recipient owner : owners.linkedOwners(vote.getEstateId())) {
            if (notices.existsByVoteIdAndAccountIdAndChannel(voteId, owner.accountId(), channel)) {
                continue;
            }
            Notification notification = notifications.send(owner, vote.getTrackingNumber(), subject, body);
            notices.save(new VoteNotice(voteId, owner.accountId(), channel, notification.getId()));
            sent++;
        }
        LOG.info("vote {}: {} notices by {}", voteId, sent, channel);
        return sent;
    }
}
