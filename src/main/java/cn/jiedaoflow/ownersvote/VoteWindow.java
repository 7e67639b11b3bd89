package cn.jiedaoflow.ownersvote;

import java.time.Duration;
import java.time.Instant;

/**
 * The notice rule of a vote (物业管理条例: owners are told at least 15 days before): the window opens at least
 * {@code noticeDays} days after the call and closes after it opens. Plain Java, tested without a framework.
 */
final class VoteWindow {

    private VoteWindow() {}

    /** Throws {@link NoticeTooShort} unless the window keeps the rule. */
    static void check(Instant calledAt, Instant opens, Instant closes, int noticeDays) {
        if (opens.isBefore(calledAt.plus(Duration.ofDays(noticeDays))) || !closes.isAfter(opens)) {
            throw new NoticeTooShort("a vote's window must open at least " + noticeDays
                    + " days after it is called and close after it opens; called " + calledAt + ", window "
                    + opens + " – " + closes);
        }
    }

    /** The window breaks the notice rule; the delegate turns this into the BPMN error for the caller. */
    static final class NoticeTooShort extends RuntimeException {

        NoticeTooShort(String message) {
            super(message);
        }
    }
}
