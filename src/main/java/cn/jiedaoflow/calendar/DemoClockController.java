package cn.jiedaoflow.calendar;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.refusal.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/demo/clock}, demo profile only, administrators only: read the engine's clock and move it
 * forward by whole days and hours (at most {@value #MAX_DAYS} days in all a call). Every move is audited.
 */
@RestController
@Profile("demo")
@RequestMapping("/api/demo/clock")
@PreAuthorize("hasAuthority('GROUP_administrators')")
class DemoClockController {

    static final int MAX_DAYS = 400;
    private static final Logger LOG = LoggerFactory.getLogger(DemoClockController.class);

    private final DemoClock clock;
    private final AuditLog audit;
    private final OfficeTime office;

    DemoClockController(DemoClock clock, AuditLog audit, OfficeTime office) {
        this.office = office;
        this.clock = clock;
        this.audit = audit;
    }

    @GetMapping
    ClockView read() {
        return view();
    }

    @PostMapping
    @Transactional
    ClockView advance(@RequestBody(required = false) Advance request, Authentication authentication) {
        int days = request == null || request.days() == null ? 0 : request.days();
        int hours = request == null || request.hours() == null ? 0 : request.hours();
        if (days < 0
                || hours < 0
                || days + hours == 0
                || Duration.ofDays(days).plusHours(hours).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            throw Refusal.badInput("calendar.demoClock.invalid", String.valueOf(MAX_DAYS));
        }
        Duration by = Duration.ofDays(days).plusHours(hours);
        Instant now = clock.advance(by);
        String actor = CalendarYearController.nameOf(authentication);
        audit.record(actor, "calendar.demoClock.advance", "engine-clock", "by " + by + ", now " + now);
        LOG.warn("demo clock moved forward by {} by {}: engine time is now {}", by, actor, now);
        return view();
    }

    private ClockView view() {
        return new ClockView(office.local(clock.now()), clock.offset().toString());
    }

    /** How far to move: whole days and hours, both optional, together more than zero. */
    record Advance(Integer days, Integer hours) {}

    /** The engine's time and how far ahead of the machine's clock it runs (ISO 8601 duration). */
    record ClockView(OffsetDateTime now, String offset) {}
}
