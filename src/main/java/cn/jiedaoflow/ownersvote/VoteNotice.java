package cn.jiedaoflow.ownersvote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A notice of a vote to one linked account, by channel. The message is a {@code notification} row; for
 * {@code SMS} that row is what an SMS gateway would send — none is connected yet, so the SMS is recorded,
 * not delivered.
 */
@Entity
@Table(name = "vote_notice")
class VoteNotice {

    enum Channel {
        INBOX,
        SMS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "vote_id", nullable = false)
    private Long voteId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Column(name = "notification_id", nullable = false)
    private Long notificationId;

    protected VoteNotice() {}

    VoteNotice(Long voteId, Long accountId, Channel channel, Long notificationId) {
        this.voteId = voteId;
        this.accountId = accountId;
        this.channel = channel;
        this.notificationId = notificationId;
    }

    Long getAccountId() {
        return accountId;
    }

    Channel getChannel() {
        return channel;
    }

    Long getNotificationId() {
        return notificationId;
    }
}
