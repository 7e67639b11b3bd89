package cn.jiedaoflow.onestop;

import java.util.Optional;

/** A department's decision on its part: approved (准予办理) or not (不予办理). */
enum ReviewDecision {
    APPROVED,
    NOT_APPROVED;

    public static Optional<ReviewDecision> parse(Object value) {
        for (ReviewDecision decision : values()) {
            if (decision.name().equals(value)) {
                return Optional.of(decision);
            }
        }
        return Optional.empty();
    }
}
