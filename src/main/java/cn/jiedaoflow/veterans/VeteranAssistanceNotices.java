package cn.jiedaoflow.veterans;

import org.springframework.stereotype.Service;

import cn.jiedaoflow.notification.Notifications;

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

    private final AssistanceCases cases;
    private final Notifications notifications;

    VeteranAssistanceNotices(AssistanceCases cases, Notifications notifications) {
        this.cases = cases;
        this.notifications = notifications;
    }

    void notifyApplicant(String trackingNumber, Notice notice, String detail) {
        notifications.send(cases.applicant(trackingNumber), trackingNumber, "【退役军人帮扶】" + notice.subject,
                "办件编号 " + trackingNumber + "：" + detail);
    }
}
