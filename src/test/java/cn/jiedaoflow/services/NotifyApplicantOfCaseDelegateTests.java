package cn.jiedaoflow.services;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.jiedaoflow.cases.CaseHeader;
import cn.jiedaoflow.delegates.InputsRead;
import cn.jiedaoflow.notification.Notifications;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The template {@code cn.jiedaoflow.notify-applicant}: a message to the inbox of a generic-door case's applicant. */
class NotifyApplicantOfCaseDelegateTests {

    private static final String CASE = "SV-20260306-0001";

    private final ServiceApplicationRepository applications = mock(ServiceApplicationRepository.class);
    private final Notifications notifications = mock(Notifications.class);
    private final NotifyApplicantOfCaseDelegate delegate =
            new NotifyApplicantOfCaseDelegate(applications, notifications);
    private final DelegateExecution execution = mock(DelegateExecution.class);
    private final CaseHeader header = mock(CaseHeader.class);

    @BeforeEach
    void aCaseFiledThroughTheGenericDoor() {
        ServiceApplication application = mock(ServiceApplication.class);
        when(application.header()).thenReturn(header);
        when(header.getApplicantMobile()).thenReturn("13800000009");
        when(header.getApplicantAccountId()).thenReturn(42L);
        when(applications.findByTrackingNumber(CASE)).thenReturn(Optional.of(application));
        when(execution.getProcessBusinessKey()).thenReturn(CASE);
        when(execution.getVariable(NotifyApplicantOfCaseDelegate.SUBJECT)).thenReturn("诉求已分派");
        when(execution.getVariable(NotifyApplicantOfCaseDelegate.TEXT)).thenReturn("由就业服务科办理。");
    }

    @Test
    void sendsTheSubjectAndTextToTheApplicantsInbox() {
        delegate.execute(execution);

        verify(notifications).send(new Notifications.Recipient("13800000009", 42L), CASE, "诉求已分派", "由就业服务科办理。");
        InputsRead.assertReadExactlyItsInputs(NotifyApplicantOfCaseDelegate.class, execution);
    }

    @Test
    void sendsNothingWhenTheApplicantLeftNoMobileNumber() {
        when(header.getApplicantMobile()).thenReturn("");

        delegate.execute(execution);

        verify(notifications, never()).send(any(), any(), any(), any());
    }

    @Test
    void failsTheStepForACaseNotFiledThroughTheGenericDoor() {
        when(execution.getProcessBusinessKey()).thenReturn("LD-20260306-0001");

        assertThatThrownBy(() -> delegate.execute(execution))
                .hasMessageContaining("LD-20260306-0001 was not filed through the generic door");
        verify(notifications, never()).send(any(), any(), any(), any());
    }

    @Test
    void failsTheStepWithoutASubject() {
        when(execution.getVariable(NotifyApplicantOfCaseDelegate.SUBJECT)).thenReturn(" ");

        assertThatThrownBy(() -> delegate.execute(execution)).hasMessageContaining("no input noticeSubject");
    }
}
