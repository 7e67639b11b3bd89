package cn.jiedaoflow.notification;

import java.util.List;
import org.springframework.data.repository.Repository;

/** The residents' inbox. */
public interface NotificationRepository extends Repository<Notification, Long> {

    Notification save(Notification notification);

    List<Notification> findByRecipientMobileOrderByCreatedAtDesc(String recipientMobile);

    List<Notification> findByRecipientAccountIdOrderByCreatedAtDesc(Long recipientAccountId);

    List<Notification> findByTrackingNumberOrderByCreatedAtAsc(String trackingNumber);
}
