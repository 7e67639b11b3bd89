package cn.jiedaoflow.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A text the outbox gateway kept instead of sending it (the demo and the tests). */
@Entity
@Table(name = "app_sms_outbox")
class SmsOutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String mobile;

    @Column(nullable = false, length = 1000)
    private String message;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected SmsOutboxMessage() {}

    SmsOutboxMessage(String mobile, String message, Instant sentAt) {
        this.mobile = mobile;
        this.message = message;
        this.sentAt = sentAt;
    }

    Long getId() {
        return id;
    }

    String getMobile() {
        return mobile;
    }

    String getMessage() {
        return message;
    }

    Instant getSentAt() {
        return sentAt;
    }
}
