package cn.jiedaoflow.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The user who completes a task keeps the right to read its case's history, also when they completed it as a member
 * of its candidate group without claiming it first (an assignee already has it from {@link
 * CaseHistoryAuthorizations}). When a task ends (completed or deleted), the right of its groups and assignee to read
 * the running case goes with it, unless another open task of the case is theirs. Added to every user task of every
 * model when it is parsed, so designers add nothing.
 */
class CaseWorkerHistoryListener extends AbstractBpmnParseListener implements TaskListener {

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior())
                .getTaskDefinition()
                .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this);
        ((UserTaskActivityBehavior) activity.getActivityBehavior())
                .getTaskDefinition()
                .addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, CaseWorkerHistoryListener::taskEnded);
    }

    /** A task deleted (its case withdrawn, a boundary event, the case's end): its running-case grants go. */
    private static void taskEnded(DelegateTask task) {
        CaseHistoryAuthorizations.endCaseGrants((TaskEntity) task);
    }

    @Override
    public void notify(DelegateTask task) {
        CaseHistoryAuthorizations.endCaseGrants((TaskEntity) task);
        Authentication current =
                task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (current == null
                || current.getUserId() == null
                || current.getUserId().equals(task.getAssignee())) {
            return;
        }
        CaseHistoryAuthorizations.grantCompleter((TaskEntity) task, current.getUserId());
    }
}
