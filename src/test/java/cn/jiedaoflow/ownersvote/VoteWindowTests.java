package cn.jiedaoflow.ownersvote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedaoflow.fakes.WeekdayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The notice of a vote is a calendar-day period (procedures.md, "Working-day calendar"), not 15 × 24 hours. */
class VoteWindowTests {

    private static final Instant CALLED = at("2026-04-01T09:00:00+08:00");
    private static final Instant CLOSES = at("2026-04-30T17:00:00+08:00");

    private final VoteWindow window = new VoteWindow(new WeekdayCalendar(), 15);

    @Test
    void aCallOnTheFirstAllowsAWindowOpeningAt0000AfterTheFifteenthDay() {
        assertThat(window.earliestOpening(CALLED)).isEqualTo(at("2026-04-17T00:00:00+08:00"));
        assertThatCode(() -> window.check(CALLED, at("2026-04-17T00:00:00+08:00"), CLOSES))
                .doesNotThrowAnyException();
    }

    @Test
    void theCallsOwnDayDoesNotCountSoAWindowOpeningOnTheFifteenthDayIsTooShort() {
        // 15 × 24 hours after the call would allow 2026-04-16 09:00; the fifteenth day still belongs to the notice
        assertThatThrownBy(() -> window.check(CALLED, at("2026-04-16T23:59:59+08:00"), CLOSES))
                .isInstanceOf(VoteWindow.NoticeTooShort.class)
                .hasMessage("表决开始前须至少公告 15 日（召集当日不计入，最后一日为休息日的顺延至其后第一个工作日）：2026-04-01 09:00 召集的表决最早于"
                        + " 2026-04-17 00:00 开始，不能于 2026-04-16 23:59 开始。 / Owners are told at least 15 days before"
                        + " a vote opens (the day of the call does not count; a last day on a rest day moves to the"
                        + " next working day): a vote called at 2026-04-01 09:00 may open at 2026-04-17 00:00 at"
                        + " the earliest, not at 2026-04-16 23:59.");
    }

    @Test
    void aNoticeWhoseLastDayIsARestDayRunsToTheEndOfTheNextWorkingDay() {
        // called on Friday 3 April: the fifteenth day is Saturday 18 April, so the notice runs to the end of Monday 20
        Instant calledOnFriday = at("2026-04-03T10:00:00+08:00");

        assertThat(window.earliestOpening(calledOnFriday)).isEqualTo(at("2026-04-21T00:00:00+08:00"));
        assertThatThrownBy(() -> window.check(calledOnFriday, at("2026-04-20T09:00:00+08:00"), CLOSES))
                .isInstanceOf(VoteWindow.NoticeTooShort.class);
        assertThatCode(() -> window.check(calledOnFriday, at("2026-04-21T00:00:00+08:00"), CLOSES))
                .doesNotThrowAnyException();
    }

    @Test
    void thePaperNoticeIsDueAt1700OfTheLastDayOnWhichPostingStillGivesTheNotice() {
        // Monday 20 April 09:00: posting on Friday 3 April would end the notice with Monday 20 (Saturday 18 moves),
        // at 24:00, after the window opens; posting on Thursday 2 April ends it with Friday 17
        Instant monday = at("2026-04-20T09:00:00+08:00");

        assertThat(window.lastNoticeDay(monday)).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(window.paperNoticeDue(monday)).isEqualTo(at("2026-04-02T17:00:00+08:00"));
        assertThat(window.earliestOpening(at("2026-04-03T00:00:00+08:00"))).isAfter(monday);
        assertThat(window.earliestOpening(at("2026-04-02T23:59:59+08:00"))).isBefore(monday);
    }

    @Test
    void aWindowOpeningAtMidnightMayBePostedUntilTheSixteenthDayBefore() {
        // opening Friday 17 April 00:00: a notice posted on 1 April ends exactly then, one posted on 2 April a day
        // later
        assertThat(window.lastNoticeDay(at("2026-04-17T00:00:00+08:00"))).isEqualTo(LocalDate.of(2026, 4, 1));
        // opening the same Friday at 09:00 changes nothing: the notice ends at 24:00 of a day
        assertThat(window.lastNoticeDay(at("2026-04-17T09:00:00+08:00"))).isEqualTo(LocalDate.of(2026, 4, 1));
        // opening Saturday 18 April: posting on 2 April ends with Friday 17, in time
        assertThat(window.lastNoticeDay(at("2026-04-18T00:00:00+08:00"))).isEqualTo(LocalDate.of(2026, 4, 2));
    }

    @Test
    void theNoticeDaysAreConfigurable() {
        VoteWindow tenDays = new VoteWindow(new WeekdayCalendar(), 10);

        // ten days from 1 April: Saturday 11 April, moved to Monday 13 April
        assertThat(tenDays.earliestOpening(CALLED)).isEqualTo(at("2026-04-14T00:00:00+08:00"));
        assertThatCode(() -> tenDays.check(CALLED, at("2026-04-14T00:00:00+08:00"), CLOSES))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> window.check(CALLED, at("2026-04-14T00:00:00+08:00"), CLOSES))
                .isInstanceOf(VoteWindow.NoticeTooShort.class);
        assertThatThrownBy(() -> new VoteWindow(new WeekdayCalendar(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWindowThatDoesNotCloseAfterItOpensIsRefused() {
        Instant opens = at("2026-04-17T00:00:00+08:00");

        assertThatThrownBy(() -> window.check(CALLED, opens, opens))
                .isInstanceOf(VoteWindow.NoticeTooShort.class)
                .hasMessageStartingWith("表决截止时间须晚于开始时间（2026-04-17 00:00 至 2026-04-17 00:00）。");
        assertThatThrownBy(() -> window.check(CALLED, opens, opens.minusSeconds(60)))
                .isInstanceOf(VoteWindow.NoticeTooShort.class);
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
