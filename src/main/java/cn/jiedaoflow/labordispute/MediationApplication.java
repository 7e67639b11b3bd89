package cn.jiedaoflow.labordispute;

import cn.jiedaoflow.cases.Applicant;
import cn.jiedaoflow.cases.Channel;

/**
 * An application for mediation as the intake rules accepted it ({@link MediationIntake}), online or at the
 * window.
 *
 * @param trackingNumber     the case's tracking number when the caller chose it already; {@code null} to
 *                           have one generated (a start from Tasklist)
 * @param applicantIdNumber  the full ID number: kept in the case record only, never a process variable
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
        String claim,
        String facts,
        Channel channel,
        String registeredBy) {

    Applicant applicant() {
        return new Applicant(applicantAccountId, applicantName, applicantMobile, applicantIdNumber);
    }

    MediationApplication withTrackingNumber(String chosen) {
        return new MediationApplication(
                chosen,
                applicantName,
                applicantMobile,
                applicantIdNumber,
                applicantAccountId,
                employer,
                disputeType,
                claim,
                facts,
                channel,
                registeredBy);
    }
}
