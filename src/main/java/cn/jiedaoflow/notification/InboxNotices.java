package cn.jiedaoflow.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The notices as their recipient's inbox reads them: an account's own, and those to its mobile number that name no
 * account ({@code mobile} {@code null}: none of those).
 */
interface InboxNotices extends Repository<Notification, Long> {

    String MINE = "(n.recipientAccountId = :accountId"
            + " or (n.recipientAccountId is null and n.recipientMobile = :mobile))";

    /** Unread first, newest first within. */
    @Query("select n from Notification n where " + MINE
            + " order by case when n.readAt is null then 0 else 1 end, n.createdAt desc, n.id desc")
    List<Notification> inbox(@Param("accountId") Long accountId, @Param("mobile") String mobile, Pageable page);

    @Query("select count(n) from Notification n where " + MINE + " and n.readAt is null")
    long unread(@Param("accountId") Long accountId, @Param("mobile") String mobile);

    @Query("select n from Notification n where n.id = :id and " + MINE)
    Optional<Notification> mine(
            @Param("id") long id, @Param("accountId") Long accountId, @Param("mobile") String mobile);
}
