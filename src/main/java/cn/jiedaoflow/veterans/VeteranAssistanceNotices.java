package cn.jiedaoflow.veterans;

import cn.jiedaoflow.notification.Notifications;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** What the applicant is told, through the one notification service (the portal inbox, SMS reads it). */
@Service
class VeteranAssistanceNotices {

    /** The notices of the procedure. */
    enum Notice {
        INELIGIBLE("不符合帮扶资格"),
        RELIEF_DECIDED("临时救助决定"),
        NO_ASSISTANCE("帮扶评估结果"),
        REJECTED("帮扶审批结果"),
        DISBURSED("帮扶金已发放");

        private final String subject;

        Notice(String subject) {
            this.subject = subject;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(VeteranAssistanceNotices.class);

    private final AssistanceCases cases;
    private final Notifications notifications;

    VeteranAssistanceNotices(AssistanceCases cases, Notifications notifications) {
        this.cases = cases;
        this.notifications = notifications;
    }

    void notifyApplicant(String trackingNumber, Notice notice, String detail) {
        notifications.send(
                cases.applicant(trackingNumber),
                trackingNumber,
                "【退役军人帮扶】" + notice.subject,
                "办件编号 " + trackingNumber + "：" + detail);
    }

    /**
     * Tells the veteran, in the inbox of every account that holds the veteran's ID number; none holds it, no notice
     * (the station's view of the case shows the reason). An applicant who is not the veteran is told nothing here:
     * whether someone is on the roster or has an open case is not theirs to learn.
     */
    void notifyVeteran(String trackingNumber, Notice notice, String detail) {
        List<Notifications.Recipient> veteran = cases.veteran(trackingNumber);
        if (veteran.isEmpty()) {
            LOG.info(
                    "veteran assistance {}: no account holds the veteran's ID number, the station's view tells the"
                            + " reason",
                    trackingNumber);
        }
        for (Notifications.Recipient recipient : veteran) {
            notifications.send(
                    recipient,
                    trackingNumber,
                    "【退役军人帮扶】" + notice.subject,
                    "办件编号 " + trackingNumber + "：以您为对象的帮扶申请" + detail);
        }
    }
}
