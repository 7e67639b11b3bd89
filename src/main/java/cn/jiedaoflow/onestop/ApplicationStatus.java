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
    /** A single matter its department did not approve (不予批准). */
    NOT_APPROVED,
    WITHDRAWN,
    CLOSED_NOT_SUPPLEMENTED;

    private static final Set<ApplicationStatus> BEFORE_DECISION =
            Set.of(SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED, IN_REVIEW);

    /** The applicant may withdraw any time before the decision (决定作出前). */
    public boolean isBeforeDecision() {
        return BEFORE_DECISION.contains(this);
    }

    /** Decided (决定作出): completed, partially completed or not approved; the rating period runs. */
    public boolean isDecided() {
        return this == COMPLETED || this == PARTIALLY_COMPLETED || this == NOT_APPROVED;
    }
}
