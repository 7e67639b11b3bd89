package cn.jiedaoflow.labordispute;

import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_TRACKING_NUMBER;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ScheduleDeadlines}: the two deadlines that run from receipt (the intake listener has recorded the
 * case), into the variables the acceptance task, the session task and the boundary timer read.
 */
@ProcedureDelegate("labor-dispute-mediation")
@Component
class ScheduleMediationDeadlinesDelegate implements JavaDelegate {

    private final MediationApplications applications;

    ScheduleMediationDeadlinesDelegate(MediationApplications applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(applications
                .deadlines((String) execution.getVariable(VAR_TRACKING_NUMBER))
                .asVariables());
    }
}
