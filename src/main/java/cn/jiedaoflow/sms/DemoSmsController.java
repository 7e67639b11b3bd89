package cn.jiedaoflow.sms;

import cn.jiedaoflow.config.OfficeTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/demo/sms}, demo profile only, administrators only: the texts the outbox gateway kept, newest first
 * (the latest {@value #SHOWN}) — the demo's phone, where a verification code is read.
 */
@RestController
@Profile("demo")
@PreAuthorize("hasAuthority('GROUP_administrators')")
class DemoSmsController {

    static final int SHOWN = 100;

    private final SmsOutboxRepository outbox;
    private final OfficeTime office;

    DemoSmsController(SmsOutboxRepository outbox, OfficeTime office) {
        this.outbox = outbox;
        this.office = office;
    }

    @GetMapping("/api/demo/sms")
    List<OutboxEntry> newestFirst() {
        return outbox.findTop100ByOrderBySentAtDescIdDesc().stream()
                .map(m -> new OutboxEntry(m.getMobile(), m.getMessage(), office.local(m.getSentAt())))
                .toList();
    }

    /** A text as kept: to whom, what, when (the office's time). */
    record OutboxEntry(String mobile, String text, OffsetDateTime sentAt) {}
}
