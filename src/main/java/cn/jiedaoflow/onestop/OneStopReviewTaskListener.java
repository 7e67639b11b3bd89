package cn.jiedaoflow.onestop;

import static cn.jiedaoflow.onestop.OneStopApplicationProcess.*;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import cn.jiedaoflow.engine.CandidateGroups;
import cn.jiedaoflow.engine.EngineRefusal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The department review task, offered to the part's department (the catalog names it). On create the
 * department is checked against the groups the model allows; on assignment the application is in review;
 * on complete the decision is checked (a reason for not approving).
 */
@ProcedureDelegate("one-stop-application")
@Component("oneStopReviewTaskListener")
class OneStopReviewTaskListener implements TaskListener {

    static final int MAX_OPINION = 2000;

    private final OneStopCases cases;

    OneStopReviewTaskListener(OneStopCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> checkTheDepartment(task);
            case EVENTNAME_ASSIGNMENT -> {
                if (task.getAssignee() != null) {
                    cases.reviewStarted((String) task.getVariable(VAR_TRACKING_NUMBER));
                }
            }
            case EVENTNAME_COMPLETE -> checkDecision(task);
            default -> {}
        }
    }

    /** The department comes from the catalog; the model must list it among the task's group choices. */
    private static void checkTheDepartment(DelegateTask task) {
        String group = (String) task.getVariable(VAR_MEMBER_GROUP);
        List<String> choices = CandidateGroups.of(task.getBpmnModelElementInstance());
        if (!choices.contains(group)) {
            throw new IllegalStateException("department " + group + " is not among the review task's group choices "
                    + choices + ": add it to " + CandidateGroups.CHOICES_PROPERTY + " of " + USER_TASK_MEMBER_REVIEW);
        }
    }

    private static void checkDecision(DelegateTask task) {
        ReviewDecision decision = ReviewDecision.parse(task.getVariable(VAR_REVIEW_DECISION))
                .orElseThrow(() -> EngineRefusal.of("请选择审核决定：准予办理或不予办理", "choose APPROVED or NOT_APPROVED"));
        Object opinion = task.getVariable(VAR_REVIEW_OPINION);
        boolean given = opinion instanceof String text && !text.isBlank();
        if (decision == ReviewDecision.NOT_APPROVED && !given) {
            throw EngineRefusal.of("不予办理须写明理由", "give the reason for not approving");
        }
        if (given && ((String) opinion).strip().length() > MAX_OPINION) {
            throw EngineRefusal.of("审核意见不能超过 " + MAX_OPINION + " 个字符", "at most " + MAX_OPINION + " characters");
        }
    }
}
