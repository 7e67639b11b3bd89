package cn.jiedaoflow.notification;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.cases.MyCases;
import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.Refusal;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's or an enterprise's inbox: the notices the procedures sent them ({@link Notifications}), unread first
 * and newest first within, and the count of the unread. A resident's inbox holds the notices to their account and
 * those to their mobile number (their login name) that name no account — a window applicant's, sent before they
 * signed up; an enterprise's holds those to its account. A notice of someone else's is answered as one that does not
 * exist. Staff have no inbox.
 */
@Service
public class Inbox {

    /** The newest notices shown; older ones stay in the table. */
    static final int SHOWN = 200;

    private final InboxNotices notices;
    private final WorkingCalendar calendar;
    private final OfficeTime office;
    private final MyCases cases;
    private final List<NoticePages> pages;

    Inbox(InboxNotices notices, WorkingCalendar calendar, OfficeTime office, MyCases cases, List<NoticePages> pages) {
        this.cases = cases;
        this.pages = pages;
        this.notices = notices;
        this.calendar = calendar;
        this.office = office;
    }

    @Transactional(readOnly = true)
    public InboxView of(Caller caller) {
        Owner owner = Owner.of(caller);
        List<Notice> shown = notices.inbox(owner.accountId(), owner.mobile(), PageRequest.of(0, SHOWN)).stream()
                .map(this::view)
                .toList();
        return new InboxView(notices.unread(owner.accountId(), owner.mobile()), shown);
    }

    /** How many of the caller's notices are unread; 0 for staff, who have no inbox. */
    @Transactional(readOnly = true)
    public long unread(Caller caller) {
        if (caller == null || caller.isStaff()) {
            return 0;
        }
        Owner owner = Owner.of(caller);
        return notices.unread(owner.accountId(), owner.mobile());
    }

    /** Marks the caller's notice read (again: no change); another's, or none, is {@code inbox.notice.notFound}. */
    @Transactional
    public Notice markRead(Caller caller, long id) {
        Owner owner = Owner.of(caller);
        Notification notice = notices.mine(id, owner.accountId(), owner.mobile())
                .orElseThrow(() -> Refusal.notFound("inbox.notice.notFound", String.valueOf(id)));
        notice.markRead(calendar.now());
        return view(notice);
    }

    private Notice view(Notification n) {
        return new Notice(
                n.getId(),
                n.getSubject(),
                n.getBody(),
                n.getTrackingNumber(),
                pageOf(n.getTrackingNumber()),
                office.local(n.getCreatedAt()),
                n.isRead(),
                office.local(n.getReadAt()));
    }

    /** The case's page in my cases, or another page a procedure gives its notices ({@link NoticePages}). */
    private String pageOf(String trackingNumber) {
        return cases.pageOf(trackingNumber)
                .or(() -> pages.stream()
                        .flatMap(page -> page.pageOf(trackingNumber).stream())
                        .findFirst())
                .orElse(null);
    }

    /** Whose notices: the account, and for a resident the mobile number they sign in with. */
    private record Owner(Long accountId, String mobile) {

        static Owner of(Caller caller) {
            if (caller == null || caller.isStaff() || caller.accountId() == null) {
                throw new IllegalArgumentException("only residents and enterprises have an inbox");
            }
            return new Owner(caller.accountId(), caller.kind() == Caller.Kind.RESIDENT ? caller.username() : null);
        }
    }

    /** The inbox: how many notices are unread, and the notices (the newest {@value #SHOWN}). */
    public record InboxView(long unread, List<Notice> notices) {}

    /**
     * One notice as its recipient reads it.
     *
     * @param caseUrl where the case it concerns is read ({@link MyCases#pageOf}, else a {@link NoticePages});
     *                {@code null} when it names none or no page shows it
     * @param sentAt  when it was sent, on the office's clock
     * @param readAt  when it was marked read; {@code null} while unread
     */
    public record Notice(
            long id,
            String subject,
            String body,
            String trackingNumber,
            String caseUrl,
            OffsetDateTime sentAt,
            boolean read,
            OffsetDateTime readAt) {}
}
