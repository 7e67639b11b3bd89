package cn.jiedaoflow.onestop;

import static cn.jiedaoflow.onestop.OneStopApplicationProcess.*;

import cn.jiedaoflow.calendar.Deadline;
import cn.jiedaoflow.catalog.Matter;
import cn.jiedaoflow.delegates.ProcedureDelegate;
import cn.jiedaoflow.people.StaffGroup;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens one department's part: its group, its committed deadline and 80% warning time (computed once at
 * acceptance), the leaders' supervision deadline, all local to this part so parallel parts never mix.
 */
@ProcedureDelegate("one-stop-application")
@Component
class PrepareOneStopMemberReviewDelegate implements JavaDelegate {

    private final OneStopCases cases;

    PrepareOneStopMemberReviewDelegate(OneStopCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String memberCode = (String) execution.getVariable(VAR_MEMBER_CODE);
        MemberReview part = cases.memberReview((String) execution.getVariable(VAR_TRACKING_NUMBER), memberCode);
        Matter member = cases.matter(memberCode);
        execution.setVariableLocal(VAR_MEMBER_NAME, member.nameZh());
        execution.setVariableLocal(VAR_MEMBER_GROUP, part.getResponsibleGroup());
        execution.setVariableLocal(
                VAR_MEMBER_GROUP_NAME,
                StaffGroup.byId(part.getResponsibleGroup())
                        .map(StaffGroup::nameZh)
                        .orElse(part.getResponsibleGroup()));
        execution.setVariableLocal(VAR_REVIEW_DUE, Date.from(part.getReviewDue()));
        execution.setVariableLocal(VAR_REVIEW_DUE_PROVISIONAL, part.isReviewDueProvisional());
        execution.setVariableLocal(VAR_SLA_WARNING_AT, Date.from(part.getWarningAt()));
        Deadline supervisionDue = cases.supervisionDue(part.getReviewDue());
        execution.setVariableLocal(VAR_SUPERVISION_DUE, supervisionDue.asDate());
        execution.setVariableLocal(VAR_SUPERVISION_DUE_PROVISIONAL, supervisionDue.provisional());
        execution.setVariableLocal(VAR_REVIEW_DECISION, null);
        execution.setVariableLocal(VAR_REVIEW_OPINION, null);
    }
}
