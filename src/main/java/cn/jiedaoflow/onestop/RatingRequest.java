package cn.jiedaoflow.onestop;

/** A rating as sent: the score is checked by {@link Rating#of}, so that 2.5 or "5" are refused, not rounded. */
public record RatingRequest(Object score, String comment) {
}
