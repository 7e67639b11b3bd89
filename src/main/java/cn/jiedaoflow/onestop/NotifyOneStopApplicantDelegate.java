package cn.jiedaoflow.onestop;

import static cn.jiedaoflow.onestop.OneStopApplicationProcess.VAR_NOTICE_TYPE;
import static cn.jiedaoflow.onestop.OneStopApplicationProcess.VAR_TRACKING_NUMBER;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The notification tasks: sends the notice named by the task's {@code noticeType} input. The tasks are
 * asynchronous with a retry cycle, so a failure here becomes an incident, not a lost notice.
 */
@ProcedureDelegate("one-stop-application")
@Component
class NotifyOneStopApplicantDelegate implements JavaDelegate {

    private final OneStopNotices notices;

    NotifyOneStopApplicantDelegate(OneStopNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.notifyApplicant((String) execution.getVariable(VAR_TRACKING_NUMBER), OneStopNotice.valueOf((String)
                execution.getVariable(VAR_NOTICE_TYPE)));
    }
}
