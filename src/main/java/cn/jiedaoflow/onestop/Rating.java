package cn.jiedaoflow.onestop;

import cn.jiedaoflow.refusal.Refusal;
import java.time.Instant;

/**
 * A resident's evaluation (好差评): a score of 1 to 5 and a comment, given within the evaluation period; a
 * score of 1 or 2 is a poor rating that opens a rectification task.
 */
record Rating(int score, String comment) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    /** The highest score that still counts as a poor rating (差评). */
    public static final int HIGHEST_POOR = 2;

    public static final int MAX_COMMENT_LENGTH = 1000;

    /** Checks what the resident sent: a whole score from 1 to 5, a comment of at most 1,000 characters. */
    public static Rating of(Object score, String comment) {
        if (!(score instanceof Integer whole) || whole < LOWEST || whole > HIGHEST) {
            throw Refusal.badInput("onestop.rating.score.invalid", String.valueOf(score));
        }
        String text = comment == null ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT_LENGTH) {
            throw Refusal.badInput("onestop.rating.comment.tooLong", MAX_COMMENT_LENGTH);
        }
        return new Rating(whole, text == null || text.isEmpty() ? null : text);
    }

    public boolean needsRectification() {
        return score <= HIGHEST_POOR;
    }

    /** Whether a rating given at {@code at} is within the period that ends at {@code evaluationEnds}. */
    public static boolean isOpen(Instant at, Instant evaluationEnds) {
        return evaluationEnds != null && at.isBefore(evaluationEnds);
    }
}
