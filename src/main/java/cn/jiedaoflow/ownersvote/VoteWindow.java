package cn.jiedaoflow.ownersvote;

import cn.jiedaoflow.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The notice rule of a vote (物业管理条例: the owners are told at least 15 days before the owners' general meeting).
 * The notice is a calendar-day period (procedures.md, "Working-day calendar"; Civil Code art. 201–203): the day of
 * the call does not count, the period ends at 24:00 of its last day, and a last day that is a rest day moves to the
 * next working day. The window may open when the notice has ended, or later, and must close after it opens. A call
 * on 2026-04-01 09:00 allows a window opening at 2026-04-17 00:00 or later. The paper notice posted in the estate
 * keeps the same rule from the day it is posted, so it is due on the last day that still gives the notice. Plain Java
 * on the {@link WorkingCalendar}, tested without a framework.
 */
final class VoteWindow {

    private final WorkingCalendar calendar;
    private final int noticeDays;

    VoteWindow(WorkingCalendar calendar, int noticeDays) {
        if (noticeDays < 1) {
            throw new IllegalArgumentException("a vote's notice is at least one day: " + noticeDays);
        }
        this.calendar = calendar;
        this.noticeDays = noticeDays;
    }

    /** When a notice given at {@code noticeGiven} ends: the earliest instant the window may open. */
    Instant earliestOpening(Instant noticeGiven) {
        return calendar.daysFrom(noticeGiven, noticeDays).at().toInstant();
    }

    /** Throws {@link NoticeTooShort} unless a vote called at {@code calledAt} may have this window. */
    void check(Instant calledAt, Instant opens, Instant closes) {
        if (!closes.isAfter(opens)) {
            throw new NoticeTooShort(
                    "表决截止时间须晚于开始时间（%s 至 %s）。".formatted(shown(opens), shown(closes)),
                    "The voting window must close after it opens (%s to %s).".formatted(shown(opens), shown(closes)));
        }
        Instant earliest = earliestOpening(calledAt);
        if (opens.isBefore(earliest)) {
            throw new NoticeTooShort(
                    ("表决开始前须至少公告 %d 日（召集当日不计入，最后一日为休息日的顺延至其后第一个工作日）：%s 召集的表决最早于 %s" + " 开始，不能于 %s 开始。")
                            .formatted(noticeDays, shown(calledAt), shown(earliest), shown(opens)),
                    ("Owners are told at least %d days before a vote opens (the day of the call does not count; a"
                                    + " last day on a rest day moves to the next working day): a vote called at %s"
                                    + " may open at %s at the earliest, not at %s.")
                            .formatted(noticeDays, shown(calledAt), shown(earliest), shown(opens)));
        }
    }

    /**
     * The last day on which a notice posted that day still ends by the time the window opens: for a window opening
     * Monday 2026-04-20 09:00, posting on Friday 04-03 would end the notice with Monday 04-20 (its fifteenth day,
     * Saturday 04-18, moves to the next working day), too late; posting on Thursday 04-02 ends it with Friday 04-17.
     */
    LocalDate lastNoticeDay(Instant opens) {
        // without a rest day at its end, a notice posted on this day ends at 00:00 of the window's day
        LocalDate day = calendar.local(opens).toLocalDate().minusDays(noticeDays + 1L);
        while (earliestOpening(day.atStartOfDay(calendar.zone()).toInstant()).isAfter(opens)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** When staff must have posted the paper notice: the end of office hours of {@link #lastNoticeDay}. */
    Instant paperNoticeDue(Instant opens) {
        return calendar.endOfOfficeHours(lastNoticeDay(opens));
    }

    private String shown(Instant instant) {
        return calendar.shown(instant);
    }

    /**
     * The window breaks the notice rule; the delegate turns this into the BPMN error for the caller. Its message is
     * {@code 中文 / English}.
     */
    static final class NoticeTooShort extends RuntimeException {

        NoticeTooShort(String chinese, String english) {
            super(chinese + " / " + english);
        }
    }
}
