package cn.jiedaoflow.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message to a resident, kept so that the portal inbox shows it ({@link Inbox}); SMS delivery reads the same row.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_mobile", nullable = false, length = 20)
    private String recipientMobile;

    @Column(name = "recipient_account_id")
    private Long recipientAccountId;

    @Column(name = "tracking_number", length = 40)
    private String trackingNumber;

    @Column(name = "subject", nullable = false, length = 200)
    private String subject;

    @Column(name = "body", nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the recipient marked it read in the inbox; {@code null} while unread. */
    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    Notification(
            String recipientMobile,
            Long recipientAccountId,
            String trackingNumber,
            String subject,
            String body,
            Instant createdAt) {
        this.recipientMobile = recipientMobile;
        this.recipientAccountId = recipientAccountId;
        this.trackingNumber = trackingNumber;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getRecipientMobile() {
        return recipientMobile;
    }

    public Long getRecipientAccountId() {
        return recipientAccountId;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    /** Marked read at {@code now}; a notice already read keeps the time it was first read. */
    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }
}
