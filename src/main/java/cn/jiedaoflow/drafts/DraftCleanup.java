package cn.jiedaoflow.drafts;

import cn.jiedaoflow.calendar.WorkingCalendar;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes the drafts left untouched for 30 days, with their files, every hour by the engine's clock
 * ({@code jiedao.drafts.cleanup-cron}; {@code -} turns it off, as the tests do, which call it themselves).
 */
@Configuration
@EnableScheduling
class DraftCleanup {

    private final Drafts drafts;
    private final WorkingCalendar calendar;

    DraftCleanup(Drafts drafts, WorkingCalendar calendar) {
        this.drafts = drafts;
        this.calendar = calendar;
    }

    @Scheduled(cron = "${jiedao.drafts.cleanup-cron:0 7 * * * *}")
    void deleteUntouched() {
        drafts.deleteUntouched(calendar.now());
    }
}
