package cn.jiedaoflow.labordispute;

import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_APPLICANT_ACCOUNT_ID;
import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_APPLICANT_ID_NUMBER;
import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_APPLICANT_MOBILE;
import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_APPLICANT_NAME;
import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_CHANNEL;
import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_DISPUTE_TYPE;
import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_EMPLOYER;
import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_REGISTERED_BY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RegisterApplication}: records the case, gives it a tracking number (the business key) when
 * it was started from Tasklist without one, and sets the deadlines that run from receipt. An application
 * without a channel was entered by staff in Tasklist: a window application by the current user.
 */
@Component
class RegisterMediationApplicationDelegate implements JavaDelegate {

    private final MediationApplications applications;

    RegisterMediationApplicationDelegate(MediationApplications applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String businessKey = execution.getProcessBusinessKey();
        Object channel = execution.getVariable(VAR_CHANNEL);
        Object accountId = execution.getVariable(VAR_APPLICANT_ACCOUNT_ID);
        MediationApplication application = new MediationApplication(
                businessKey,
                (String) execution.getVariable(VAR_APPLICANT_NAME),
                (String) execution.getVariable(VAR_APPLICANT_MOBILE),
                (String) execution.getVariable(VAR_APPLICANT_ID_NUMBER),
                accountId == null ? null : ((Number) accountId).longValue(),
                (String) execution.getVariable(VAR_EMPLOYER),
                DisputeType.valueOf((String) execution.getVariable(VAR_DISPUTE_TYPE)),
                channel == null ? Channel.WINDOW : Channel.valueOf((String) channel),
                registeredBy(execution));

        MediationRegistration registration = applications.register(application, execution.getProcessInstanceId());

        if (businessKey == null) {
            execution.setProcessBusinessKey(registration.trackingNumber());
        }
        execution.setVariables(registration.asVariables());
        execution.setVariable(VAR_CHANNEL, application.channel().name());
    }

    private static String registeredBy(DelegateExecution execution) {
        String registeredBy = (String) execution.getVariable(VAR_REGISTERED_BY);
        if (registeredBy != null) {
            return registeredBy;
        }
        Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }
}
