package cn.jiedaoflow.ownersvote;

/**
 * A vote whose window has not closed, as the console's paper-ballot pages list it.
 *
 * @param estateName   the estate's name
 * @param subject      the matter voted on
 * @param matterType   {@code ORDINARY} or {@code SPECIAL}, which the page names
 * @param windowOpens  when ballots are taken from, on the office's clock: {@code 2026-12-10 09:00}
 * @param windowCloses when ballots are taken until (exclusive): {@code 2026-12-17 17:00}
 * @param ballotsNow   whether a ballot recorded now falls inside the window
 */
public record VoteUnderWay(
        long voteId,
        String estateName,
        String subject,
        String matterType,
        String windowOpens,
        String windowCloses,
        boolean ballotsNow) {}
