package cn.jiedaoflow.calendar;

import java.time.OffsetDateTime;
import java.util.Date;

/**
 * An instant computed by the working-day calendar, at offset +08:00. {@code provisional} is true when
 * a year the period touches has no holiday data (Monday–Friday was assumed).
 */
public record Deadline(OffsetDateTime at, boolean provisional) {

    /** The same instant as a {@link Date}, the type BPMN timers and task due dates read. */
    public Date asDate() {
        return Date.from(at.toInstant());
    }
}
