package cn.jiedaoflow.labordispute;

/**
 * An application for mediation as it arrives, online or at the window.
 *
 * @param trackingNumber     the case's tracking number when the caller chose it already; {@code null} to
 *                           have one generated (a start from Tasklist)
 * @param applicantAccountId the resident's account; {@code null} for window applicants without one
 * @param registeredBy       the staff member who entered a window application; {@code null} online
 */
record MediationApplication(
        String trackingNumber,
        String applicantName,
        String applicantMobile,
        String applicantIdNumber,
        Long applicantAccountId,
        String employer,
        DisputeType disputeType,
        Channel channel,
        String registeredBy) {
}
