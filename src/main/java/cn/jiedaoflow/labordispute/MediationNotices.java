package cn.jiedaoflow.labordispute;

import cn.jiedaoflow.notification.Notifications;
import cn.jiedaoflow.notification.Notifications.Recipient;
import org.springframework.stereotype.Service;

/** Tells the applicant how the mediation went, through the residents' inbox. */
@Service
class MediationNotices {

    private final LaborDisputeCaseRepository cases;
    private final Notifications notifications;

    MediationNotices(LaborDisputeCaseRepository cases, Notifications notifications) {
        this.cases = cases;
        this.notifications = notifications;
    }

    /**
     * Sends {@code notice} to the applicant of case {@code trackingNumber}.
     *
     * @param detail the reason for not accepting, or the agreement number; {@code null} otherwise
     */
    void notifyApplicant(String trackingNumber, MediationNotice notice, String detail) {
        LaborDisputeCase mediation = cases.findByTrackingNumber(trackingNumber)
                .orElseThrow(() -> new IllegalStateException("no labour dispute case " + trackingNumber));
        notifications.send(
                new Recipient(mediation.getApplicantMobile(), mediation.getApplicantAccountId()),
                trackingNumber,
                notice.subject(),
                notice.body(trackingNumber, mediation.getApplicantName(), detail));
    }
}
