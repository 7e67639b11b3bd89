package cn.jiedaoflow.labordispute;

/** Where a mediation stands, as the applicant sees it. */
enum MediationStatus {
    SUBMITTED,
    ACCEPTED,
    NOT_ACCEPTED,
    AGREEMENT,
    FAILED,
    STATUTORY_LIMIT_REACHED;

    /**
     * The status from what the process has recorded so far.
     *
     * @param accepted              the acceptance decision; {@code null} while undecided
     * @param sessionOutcome        the outcome of the latest session; {@code null} before the first
     * @param statutoryLimitReached whether the 15-day limit ended the mediation
     */
    static MediationStatus of(Boolean accepted, String sessionOutcome, boolean statutoryLimitReached) {
        if (statutoryLimitReached) {
            return STATUTORY_LIMIT_REACHED;
        }
        if (accepted == null) {
            return SUBMITTED;
        }
        if (!accepted) {
            return NOT_ACCEPTED;
        }
        if (SessionOutcome.AGREEMENT.name().equals(sessionOutcome)) {
            return AGREEMENT;
        }
        if (SessionOutcome.FAILED.name().equals(sessionOutcome)) {
            return FAILED;
        }
        return ACCEPTED;
    }
}
