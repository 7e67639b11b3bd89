package cn.jiedaoflow.labordispute;

import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_AGREEMENT_NUMBER;
import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_NOTICE_TYPE;
import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_NOT_ACCEPTED_REASON;
import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_TRACKING_NUMBER;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The notification tasks: sends the notice named by the task's {@code noticeType} input to the applicant.
 * The tasks are asynchronous with a retry cycle, so a failure here becomes an incident, not a lost notice.
 */
@ProcedureDelegate("labor-dispute-mediation")
@Component
class NotifyApplicantDelegate implements JavaDelegate {

    private final MediationNotices notices;

    NotifyApplicantDelegate(MediationNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MediationNotice notice = MediationNotice.valueOf((String) execution.getVariable(VAR_NOTICE_TYPE));
        String detail = switch (notice) {
            case NOT_ACCEPTED -> (String) execution.getVariable(VAR_NOT_ACCEPTED_REASON);
            case AGREEMENT_REACHED -> (String) execution.getVariable(VAR_AGREEMENT_NUMBER);
            case MEDIATION_FAILED, STATUTORY_LIMIT_REACHED -> null;
        };
        notices.notifyApplicant((String) execution.getVariable(VAR_TRACKING_NUMBER), notice, detail);
    }
}
