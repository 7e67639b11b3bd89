package cn.jiedaoflow.fakes;

import cn.jiedaoflow.notification.Notification;
import cn.jiedaoflow.notification.NotificationRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The residents' inbox of the process tests, in memory; it can be told to fail, as a mail server would. */
public class InMemoryNotifications implements NotificationRepository {

    private static final Comparator<Notification> NEWEST_FIRST =
            Comparator.comparing(Notification::getCreatedAt).reversed();

    private final List<Notification> sent = new ArrayList<>();
    private boolean unavailable;

    public void unavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    public List<Notification> sent() {
        return List.copyOf(sent);
    }

    @Override
    public Notification save(Notification notification) {
        if (unavailable) {
            throw new IllegalStateException("inbox unavailable");
        }
        sent.add(notification);
        return notification;
    }

    @Override
    public List<Notification> findByRecipientMobileOrderByCreatedAtDesc(String recipientMobile) {
        return sent.stream()
                .filter(n -> n.getRecipientMobile().equals(recipientMobile))
                .sorted(NEWEST_FIRST)
                .toList();
    }

    @Override
    public List<Notification> findByRecipientAccountIdOrderByCreatedAtDesc(Long recipientAccountId) {
        return sent.stream()
                .filter(n -> Objects.equals(n.getRecipientAccountId(), recipientAccountId))
                .sorted(NEWEST_FIRST)
                .toList();
    }

    @Override
    public List<Notification> findByTrackingNumberOrderByCreatedAtAsc(String trackingNumber) {
        return sent.stream()
                .filter(n -> Objects.equals(n.getTrackingNumber(), trackingNumber))
                .toList();
    }
}
