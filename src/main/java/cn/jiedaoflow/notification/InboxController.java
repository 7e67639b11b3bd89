package cn.jiedaoflow.notification;

import cn.jiedaoflow.people.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/inbox} and {@code POST /api/inbox/{id}/read}: a resident's or an enterprise's notices
 * (docs/portal.md).
 * Staff have no inbox (403); another's notice answers as an unknown one (404).
 */
@RestController
@PreAuthorize("hasAnyRole('RESIDENT', 'ENTERPRISE')")
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/inbox")
    Inbox.InboxView mine(@AuthenticationPrincipal Caller caller) {
        return inbox.of(caller);
    }

    @PostMapping("/api/inbox/{id}/read")
    Inbox.Notice read(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return inbox.markRead(caller, id);
    }
}
