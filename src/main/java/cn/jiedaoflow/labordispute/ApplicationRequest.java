package cn.jiedaoflow.labordispute;

import cn.jiedaoflow.people.IdNumbers;

/**
 * {@code POST /api/labor-dispute-mediation/applications}. The applicant fields are for window entry by
 * staff; a resident applies in their own name, which comes from their account.
 */
record ApplicationRequest(
        String employer,
        String disputeType,
        String claim,
        String facts,
        String applicantName,
        String applicantMobile,
        String applicantIdNumber) {

    /**
     * The request with the resident's own ID number {@code own} (their account's) where it gives none or gives it as
     * the portal shows it, masked; any other number stays, for the intake rules to check.
     */
    ApplicationRequest withOwnIdNumber(String own) {
        String given = applicantIdNumber == null ? "" : applicantIdNumber.strip();
        if (own == null || !given.isEmpty() && !given.equals(IdNumbers.mask(own))) {
            return this;
        }
        return new ApplicationRequest(employer, disputeType, claim, facts, applicantName, applicantMobile, own);
    }
}
