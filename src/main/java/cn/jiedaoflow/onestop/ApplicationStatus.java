package cn.jiedaoflow.onestop;

import java.util.Set;

/** Where a one-stop application stands, as the applicant sees it. */
public enum ApplicationStatus {
    SUBMITTED,
    SUPPLEMENT_REQUESTED,
    ACCEPTED,
    NOT_ACCEPTED,
    IN_REVIEW,
    COMPLETED,
    PARTIALLY_COMPLETED,
    WITHDRAWN,
    CLOSED_NOT_SUPPLEMENTED;

    private static final Set<ApplicationStatus> BEFORE_DECISION =
            Set.of(SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED, IN_REVIEW);

    /** The applicant may withdraw any time before the decision (决定作出前). */
    public boolean isBeforeDecision() {
        return BEFORE_DECISION.contains(this);
    }

    public boolean isDecided() {
        return this == COMPLETED || this == PARTIALLY_COMPLETED;
    }
}
