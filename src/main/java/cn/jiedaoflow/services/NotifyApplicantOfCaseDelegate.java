package cn.jiedaoflow.services;

import cn.jiedaoflow.delegates.ReusableDelegate;
import cn.jiedaoflow.notification.Notifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the applicant of a case filed through the generic door ({@code SV-}) a message to their portal inbox: the
 * subject and text the model gives (expressions allowed, e.g. {@code ${answer}}), under the case's tracking
 * number. The element template {@code cn.jiedaoflow.notify-applicant} (docs/element-templates.md). A case whose
 * applicant left no mobile number gets no message; a case not filed through the generic door is a model's mistake
 * and fails the step, so that it becomes an incident.
 */
@ReusableDelegate(
        template = NotifyApplicantOfCaseDelegate.TEMPLATE,
        inputs = {NotifyApplicantOfCaseDelegate.SUBJECT, NotifyApplicantOfCaseDelegate.TEXT})
@Component
class NotifyApplicantOfCaseDelegate implements JavaDelegate {

    static final String TEMPLATE = "cn.jiedaoflow.notify-applicant";
    static final String SUBJECT = "noticeSubject";
    static final String TEXT = "noticeText";

    private static final Logger LOG = LoggerFactory.getLogger(NotifyApplicantOfCaseDelegate.class);

    private final ServiceApplicationRepository applications;
    private final Notifications notifications;

    NotifyApplicantOfCaseDelegate(ServiceApplicationRepository applications, Notifications notifications) {
        this.applications = applications;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String subject = text(execution, SUBJECT);
        String text = text(execution, TEXT);
        String trackingNumber = execution.getProcessBusinessKey();
        ServiceApplication application = applications
                .findByTrackingNumber(trackingNumber == null ? "" : trackingNumber)
                .orElseThrow(() -> new IllegalStateException("case " + trackingNumber
                        + " was not filed through the generic door: template " + TEMPLATE + " cannot reach its"
                        + " applicant"));
        String mobile = application.header().getApplicantMobile();
        if (mobile == null || mobile.isBlank()) {
            LOG.info("case {}: no mobile number to send \"{}\" to", trackingNumber, subject);
            return;
        }
        notifications.send(
                new Notifications.Recipient(mobile, application.header().getApplicantAccountId()),
                trackingNumber,
                subject,
                text);
    }

    private static String text(DelegateExecution execution, String input) {
        Object value = execution.getVariable(input);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("the step has no input " + input + " (template " + TEMPLATE + ")");
        }
        return value.toString();
    }
}
