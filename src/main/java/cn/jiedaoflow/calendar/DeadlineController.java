package cn.jiedaoflow.calendar;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public: anyone may ask when a period ends ({@code GET /api/calendar/deadline}). */
@RestController
@RequestMapping("/api/calendar")
class DeadlineController {

    private final WorkingCalendar calendar;

    DeadlineController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/deadline")
    DeadlineResponse deadline(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String workingDays,
            @RequestParam(required = false) String days) {
        DeadlineQuery query = DeadlineQuery.parse(from, workingDays, days);
        Deadline deadline = query.workingDays()
                ? calendar.workingDaysFrom(query.from(), query.count())
                : calendar.daysFrom(query.from(), query.count());
        return DeadlineResponse.of(deadline);
    }
}
