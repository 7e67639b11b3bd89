package cn.jiedaoflow.labordispute;

import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.refusal.Refusal;

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
     * the portal shows it, masked. A resident applies in their own name: another valid number is refused as the name
     * or the mobile of another person is; a number that is not one at all stays, for the intake rules to name it.
     */
    ApplicationRequest withOwnIdNumber(String own) {
        if (own == null) {
            return this;
        }
        if (!IdNumbers.standsForOwn(applicantIdNumber, own)) {
            if (IdNumbers.normalized(applicantIdNumber.strip()).isEmpty()) {
                return this;
            }
            throw Refusal.forbidden("labordispute.application.applicant.notOwn");
        }
        return new ApplicationRequest(employer, disputeType, claim, facts, applicantName, applicantMobile, own);
    }
}
