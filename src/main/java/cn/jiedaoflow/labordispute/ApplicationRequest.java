package cn.jiedaoflow.labordispute;

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
        String applicantIdNumber) {}
