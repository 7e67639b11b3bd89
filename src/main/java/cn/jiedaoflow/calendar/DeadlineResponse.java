package cn.jiedaoflow.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.format.DateTimeFormatter;

/**
 * The answer of {@code GET /api/calendar/deadline}: the deadline with seconds and offset
 * ({@code 2026-10-09T17:00:00+08:00}), and {@code "provisional": true} only when it is.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DeadlineResponse(String deadline, Boolean provisional) {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    static DeadlineResponse of(Deadline deadline) {
        return new DeadlineResponse(FORMAT.format(deadline.at()), deadline.provisional() ? Boolean.TRUE : null);
    }
}
