package cn.jiedaoflow.ownersvote;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationContext;

/**
 * Owners' votes for tests of other packages, called through {@link VoteCalls} as the process calls them: the vote and
 * its frozen register, no process. The engine's clock goes back 30 days for the call, so the notice rule holds, and
 * is reset after it.
 */
public final class TestVotes {

    private TestVotes() {}

    /** An ordinary vote of the estate whose window opened an hour ago and closes in a week; returns its id. */
    public static long openNow(ApplicationContext context, long estateId, String trackingNumber) {
        Instant now = Instant.now();
        Instant opens = now.minus(Duration.ofHours(1));
        ClockUtil.setCurrentTime(Date.from(opens.minus(Duration.ofDays(30))));
        try {
            return context.getBean(VoteCalls.class)
                    .call(new VoteCall(
                            estateId,
                            MatterType.ORDINARY,
                            "页面矩阵表决",
                            opens,
                            now.plus(Duration.ofDays(7)),
                            trackingNumber,
                            "it-owners-committee"))
                    .voteId();
        } finally {
            ClockUtil.reset();
        }
    }
}
