package cn.jiedaoflow.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.jiedaoflow.delegates.InputsRead;
import cn.jiedaoflow.fakes.WeekdayCalendar;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;

/** The template {@code cn.jiedaoflow.set-deadline}: a deadline in working or calendar days into a named variable. */
class SetDeadlineDelegateTests {

    private final SetDeadlineDelegate delegate = new SetDeadlineDelegate(new OfficeCalendar(new WeekdayCalendar()));
    private final DelegateExecution execution = mock(DelegateExecution.class);

    @BeforeEach
    void aFridayMorning() {
        ClockUtil.setCurrentTime(date("2026-03-06T10:00:00+08:00"));
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void setsAWorkingDayDeadlineToTheEndOfOfficeHours() {
        given("replyDue", 5, "WORKING");

        delegate.execute(execution);

        verify(execution).setVariable("replyDue", date("2026-03-13T17:00:00+08:00"));
        InputsRead.assertReadExactlyItsInputs(SetDeadlineDelegate.class, execution);
    }

    @Test
    void setsACalendarDayDeadlineToMidnightAfterTheLastDay() {
        given("ratingDue", "15", "CALENDAR");

        delegate.execute(execution);

        verify(execution).setVariable("ratingDue", date("2026-03-24T00:00:00+08:00")); // Sat 21st moved to Mon 23rd
    }

    @Test
    void refusesAnInputItCannotRead() {
        given("replyDue", "five", "WORKING");
        assertThatThrownBy(() -> delegate.execute(execution)).hasMessageContaining("deadlineDays");

        given("reply due", 5, "WORKING");
        assertThatThrownBy(() -> delegate.execute(execution)).hasMessageContaining("deadlineVariable");

        given("replyDue", 5, "HOURS");
        assertThatThrownBy(() -> delegate.execute(execution)).hasMessageContaining("WORKING or CALENDAR");

        given("replyDue", 0, "WORKING");
        assertThatThrownBy(() -> delegate.execute(execution)).hasMessageContaining("1 to 366");

        verify(execution, never()).setVariable(ArgumentMatchers.anyString(), ArgumentMatchers.any());
    }

    private void given(String variable, Object days, String dayKind) {
        when(execution.getVariable(SetDeadlineDelegate.VARIABLE)).thenReturn(variable);
        when(execution.getVariable(SetDeadlineDelegate.DAYS)).thenReturn(days);
        when(execution.getVariable(SetDeadlineDelegate.DAY_KIND)).thenReturn(dayKind);
    }

    private static Date date(String text) {
        return Date.from(OffsetDateTime.parse(text).toInstant());
    }
}
