package cn.jiedaoflow.audit;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who did what to which record. Joins the caller's transaction, so that an action that is
 * rolled back leaves no audit line claiming it happened.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;

    AuditLog(AuditEventRepository events) {
        this.events = events;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String action, String subject, String detail) {
        events.save(new AuditEvent(Instant.now(), actor, action, subject, truncate(detail)));
    }

    private static String truncate(String detail) {
        if (detail == null || detail.length() <= 2000) {
            return detail;
        }
        return detail.substring(0, 1997) + "...";
    }
}
