package cn.jiedaoflow.onestop;

import java.time.Duration;
import java.time.Instant;

/**
 * The committed-time-limit rules (承诺时限): the deadline is counted in working days from acceptance; the
 * yellow warning comes when 80% of the wall-clock time from acceptance to the deadline has passed.
 */
final class Sla {

    /** The share of the time to the deadline after which the yellow warning comes, as a fraction 4/5. */
    public static final int WARNING_NUMERATOR = 4;

    public static final int WARNING_DENOMINATOR = 5;

    private Sla() {}

    /** The instant at which 80% of the time from {@code acceptedAt} to {@code due} has passed (to the millisecond). */
    public static Instant warningAt(Instant acceptedAt, Instant due) {
        if (!due.isAfter(acceptedAt)) {
            throw new IllegalArgumentException("the deadline " + due + " is not after acceptance " + acceptedAt);
        }
        long millis = Duration.between(acceptedAt, due).toMillis();
        return acceptedAt.plusMillis(Math.multiplyExact(millis, WARNING_NUMERATOR) / WARNING_DENOMINATOR);
    }

    /**
     * The traffic light of a department's open part: {@code RED} at or past its deadline, {@code YELLOW} from the
     * warning time, else {@code GREEN}; none once the part is decided or the application is no longer before its
     * decision.
     */
    static String light(MemberReview part, ApplicationStatus status, Instant now) {
        if (part.getApproved() != null || !status.isBeforeDecision()) {
            return null;
        }
        if (!now.isBefore(part.getReviewDue())) {
            return "RED";
        }
        return now.isBefore(part.getWarningAt()) ? "GREEN" : "YELLOW";
    }
}
