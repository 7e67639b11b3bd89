package cn.jiedaoflow.calendar;

import java.time.Instant;
import java.util.Date;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The default time limits of user tasks as models use them, {@code camunda:dueDate="${taskDeadlines.audit()}"}: each
 * the end of office hours of the N-th working day after the task's start (or after the event it follows), N from
 * {@link TaskDeadlineSettings}. One method per default, so that a model names the limit and never its number.
 */
@Component("taskDeadlines")
@EnableConfigurationProperties(TaskDeadlineSettings.class)
public class TaskDeadlines {

    private final WorkingCalendar calendar;
    private final TaskDeadlineSettings settings;

    TaskDeadlines(WorkingCalendar calendar, TaskDeadlineSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    public Date audit() {
        return fromNow(settings.audit());
    }

    public Date preReview() {
        return fromNow(settings.preReview());
    }

    public Date revision() {
        return fromNow(settings.revision());
    }

    /** Counted from the end of the owners' opinion window, whenever the engine gets to the hearing. */
    public Date hearing(Date opinionWindowEnds) {
        return from(opinionWindowEnds.toInstant(), settings.hearing());
    }

    public Date voteCall() {
        return fromNow(settings.voteCall());
    }

    /** Counted from the tally, which the publication task follows in the same transaction. */
    public Date resultPublication() {
        return fromNow(settings.resultPublication());
    }

    public Date referral() {
        return fromNow(settings.referral());
    }

    public Date headApproval() {
        return fromNow(settings.headApproval());
    }

    private Date fromNow(int workingDays) {
        return from(calendar.now(), workingDays);
    }

    private Date from(Instant start, int workingDays) {
        return calendar.workingDaysFrom(start, workingDays).asDate();
    }
}
