package cn.jiedaoflow.notification;

import cn.jiedaoflow.calendar.WorkingCalendar;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends a message to a resident: it lands in the portal inbox of the mobile number (and of the account,
 * when the resident has one). Stamped by the engine's clock, like every other date of a case.
 */
@Service
public class Notifications {

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    private final NotificationRepository repository;
    private final WorkingCalendar calendar;

    public Notifications(NotificationRepository repository, WorkingCalendar calendar) {
        this.repository = repository;
        this.calendar = calendar;
    }

    public Notification send(Recipient recipient, String trackingNumber, String subject, String body) {
        Objects.requireNonNull(recipient, "recipient");
        Notification notification = repository.save(new Notification(
                recipient.mobile(), recipient.accountId(), trackingNumber, subject, body, calendar.now()));
        LOG.info("notification {} sent for case {}", notification.getId(), trackingNumber);
        return notification;
    }

    /**
     * Who receives a message: a mobile number always (window applicants may have no account yet) and the
     * account, when there is one.
     */
    public record Recipient(String mobile, Long accountId) {

        public Recipient {
            if (mobile == null || mobile.isBlank()) {
                throw new IllegalArgumentException("a notification needs the recipient's mobile number");
            }
        }
    }
}
